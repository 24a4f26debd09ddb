using System.Linq;
using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Quotes;

/// <summary>A pull quote signed after a dash (""..." — Name, title") is the signer's.</summary>
public class QuotePullQuoteTests
{
    private static string? SpeakerOf(DocumentFacts facts, string startsWith) =>
        Assert.Single(facts.Quotes, q => q.Text.StartsWith(startsWith, System.StringComparison.Ordinal)).Speaker;

    [Fact]
    public void ANameAndTitleAfterTheDashSignTheQuotation()
    {
        var facts = Extract.From("Oren Taal runs the northern depot.\n\n\"We now train twice as many drivers as we did five years ago.\" \u2014 Oren Taal, Northern Depot Manager\n\nHe said the figures were rising.");
        Assert.Equal("Oren Taal", SpeakerOf(facts, "We now train twice"));
    }

    [Fact]
    public void ANameAloneAfterTheDashSignsTheQuotation()
    {
        var facts = Extract.From("\"We now train twice as many drivers as we did five years ago.\" \u2014 Oren Taal");
        Assert.Equal("Oren Taal", SpeakerOf(facts, "We now train twice"));
    }

    [Fact]
    public void AClauseAfterTheDashIsNoSignature()
    {
        var facts = Extract.From("Oren Taal runs the northern depot. \"We now train twice as many drivers as we did five years ago\" \u2014 Mira Osei, who trains them, said the figures were rising.");
        Assert.Null(SpeakerOf(facts, "We now train twice"));
    }

    [Fact]
    public void ADashAfterAQuotationInsideAClauseIsNoSignature()
    {
        var facts = Extract.From("Oren Taal said \"the depot trains twice as many drivers as before\" \u2014 Mira Osei, the trainer, disagreed.");
        Assert.Equal("Oren Taal", SpeakerOf(facts, "the depot trains"));
    }

    [Fact]
    public void ADashAfterAQuotationThenAClauseIsNoSignature()
    {
        var facts = Extract.From("\"We now train twice as many drivers as we did five years ago.\" \u2014 Mira Osei, the trainer, disagreed with that.");
        Assert.Null(SpeakerOf(facts, "We now train twice"));
    }
}
