using System.Linq;
using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Quotes;

/// <summary>The agent named with "by" after the words of a passive verb of saying or labelling said them.</summary>
public class QuotePassiveAgentTests
{
    private static string? SpeakerOf(DocumentFacts facts, string text) => facts.Quotes.FirstOrDefault(q => q.Text == text)?.Speaker;

    [Fact]
    public void TheAgentOfALabelAfterTheWordsSaidThem()
    {
        var facts = Extract.From("The new harbour levy was branded a \"disgrace\" by the Velm Traders Union on Monday.");
        Assert.Equal("Velm Traders Union", SpeakerOf(facts, "disgrace"));
    }

    [Fact]
    public void AnAdverbAndAnInfinitiveMayStandBetween()
    {
        var facts = Extract.From("Closing the quay for the winter was formally announced to be \"unavoidable\" by the Lowland Harbour Board.");
        Assert.Equal("Lowland Harbour Board", SpeakerOf(facts, "unavoidable"));
    }

    [Fact]
    public void TheAgentOfADescriptionAfterTheWordsSaidThem()
    {
        var facts = Extract.From("The suspect was described as \"calm and polite\" by inspector Dara Quist.");
        Assert.Equal("Dara Quist", SpeakerOf(facts, "calm and polite"));
    }

    [Fact]
    public void AnAgentOfAnotherVerbIsNoSpeaker()
    {
        var facts = Extract.From("The bridge was painted \"a shade of blue nobody had asked for\" by the Lowland Works Company.");
        Assert.Null(Assert.Single(facts.Quotes, q => q.Text == "a shade of blue nobody had asked for").Speaker);
    }
}
