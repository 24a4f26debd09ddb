using System.Linq;
using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Quotes;

/// <summary>The agent named with "by" after the words of a passive verb of saying or labelling said them.</summary>
public class QuotePassiveAgentTests
{
    private static string? SpeakerOf(DocumentFacts facts, string text) => facts.Quotes.FirstOrDefault(q => q.Text == text)?.Speaker;

    [Fact]
    public void TheAgentOfADeclarationAfterTheWordsSaidThem()
    {
        var facts = Extract.From("The fever was declared an \"emergency\" by the Lowland Health Board on Monday.");
        Assert.Equal("Lowland Health Board", SpeakerOf(facts, "emergency"));
    }

    [Fact]
    public void AnAdverbAndAnInfinitiveMayStandBetween()
    {
        var facts = Extract.From("The fever was previously announced to be an \"epidemic\" by the Lowland Health Board.");
        Assert.Equal("Lowland Health Board", SpeakerOf(facts, "epidemic"));
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
        var facts = Extract.From("The bridge was painted in \"harbour blue\" by the Lowland Works Company.");
        Assert.Null(SpeakerOf(facts, "harbour blue"));
    }
}
