using System.Linq;
using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Quotes;

/// <summary>A labelling verb joined by "and" to a reported clause shares that clause's subject, not the reporter's.</summary>
public class QuoteCoordinatedClauseTests
{
    private static string? SpeakerOf(DocumentFacts facts, string text) => facts.Quotes.FirstOrDefault(q => q.Text == text)?.Speaker;

    [Fact]
    public void TheSubjectOfTheReportedDeedLabels()
    {
        var facts = Extract.From("The Valley Courier claimed that Oskar Lind skipped the harbour opening and described the crowd there as \"tourists\" and \"idlers.\"");
        Assert.Equal("Oskar Lind", SpeakerOf(facts, "tourists"));
        Assert.Equal("Oskar Lind", SpeakerOf(facts, "idlers."));
    }

    [Fact]
    public void TheReporterStillLabelsWhenTheReportedClauseHasNoDeed()
    {
        var facts = Extract.From("Mira Osei said Oskar Lind was mistaken and called the scheme a \"farce\".");
        Assert.Equal("Mira Osei", SpeakerOf(facts, "farce"));
    }

    [Fact]
    public void ASubjectWithoutAReportStillLabels()
    {
        var facts = Extract.From("Mira Osei toured the harbour and described the new quay as \"a triumph\".");
        Assert.Equal("Mira Osei", SpeakerOf(facts, "a triumph"));
    }

    [Fact]
    public void TheSubjectOfAClauseInsideTheFirstOneDoesNotLabel()
    {
        var facts = Extract.From("Mira Osei toured the yard where Oskar Lind worked and described the place as \"a marvel\".");
        Assert.Equal("Mira Osei", SpeakerOf(facts, "a marvel"));
    }
}
