using System.Linq;
using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Quotes;

/// <summary>"According to its press release, the body ..." cites the body's own document: the body is the source.</summary>
public class QuoteOwnDocumentSourceTests
{
    private static string? SpeakerOf(DocumentFacts facts, string startsWith) =>
        Assert.Single(facts.Quotes, q => q.Text.StartsWith(startsWith, System.StringComparison.Ordinal)).Speaker;

    [Fact]
    public void ItsDocumentIsTheBodyTheClauseOpensWith()
    {
        var facts = Extract.From("According to its press release, the Northfield Rowing Union had \"no boat fit to race this spring.\"");
        Assert.Equal("Northfield Rowing Union", SpeakerOf(facts, "no boat fit to race"));
    }

    [Fact]
    public void TheirDocumentIsTheBodyTheSentenceBeforeOpensWith()
    {
        var facts = Extract.From("The Northfield Rowing Union met on Friday. According to their statement, all races were \"called off for the rest of the season.\"");
        Assert.Equal("Northfield Rowing Union", SpeakerOf(facts, "called off for the rest"));
    }

    [Fact]
    public void ItsDocumentWithNoBodyAroundHasNoSource()
    {
        var facts = Extract.From("Dana Holt met the rowers on Friday. According to its statement, all races were \"called off for the rest of the season.\"");
        Assert.Null(SpeakerOf(facts, "called off for the rest"));
    }
}
