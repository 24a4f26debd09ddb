using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Quotes;

/// <summary>
/// A speaker whose name ends with an abbreviated legal ending or generational suffix ("Orvane Corp.", "Ana Ruiz Jr.")
/// keeps its stop: the period ends neither the name nor the sentence in the speaker's slot.
/// </summary>
public class QuoteNameStopSpeakerTests
{
    private static QuoteFact Quote(DocumentFacts facts, string startsWith) => Assert.Single(facts.Quotes, q => q.Text.StartsWith(startsWith, System.StringComparison.Ordinal));

    [Theory]
    [InlineData("Corp.")]
    [InlineData("Inc.")]
    [InlineData("Ltd.")]
    [InlineData("Co.")]
    public void ACompanyWithAnAbbreviatedEndingSpeaksAfterTheQuotation(string ending)
    {
        var facts = Extract.From("\"We regret having to close the smelter,\" Orvane Metals " + ending + " said on Monday.");
        Assert.Equal("Orvane Metals " + ending, Quote(facts, "We regret").Speaker);
    }

    [Fact]
    public void ACompanyWithAnAbbreviatedEndingSpeaksBeforeTheQuotation()
    {
        var facts = Extract.From("Tessaly Freight Ltd. said the rail yard was \"no longer worth keeping open.\"");
        Assert.Equal("Tessaly Freight Ltd.", Quote(facts, "no longer").Speaker);
    }

    [Fact]
    public void APersonWithAGenerationalSuffixSpeaks()
    {
        var facts = Extract.From("\"We have the votes we need,\" Darnell Okoro Jr. told reporters.");
        Assert.Equal("Darnell Okoro Jr.", Quote(facts, "We have the votes").Speaker);
    }

    [Fact]
    public void AStopThatEndsTheSentenceGivesTheNextSentenceNoSpeaker()
    {
        var facts = Extract.From("Shares fell after the report by Orvane Metals Corp. \"Nobody saw this coming, not even the analysts,\" a trader said.");
        Assert.Null(Quote(facts, "Nobody saw").Speaker);
    }
}
