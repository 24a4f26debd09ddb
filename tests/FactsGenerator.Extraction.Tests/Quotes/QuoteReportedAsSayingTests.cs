using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Quotes;

/// <summary>
/// ""...," the outlet reported X as saying": the person quoted said the words, not the outlet; "the boy's lawyer" is
/// the lawyer named before, and someone quoted whom no name tells leaves the speaker unknown.
/// </summary>
public class QuoteReportedAsSayingTests
{
    private static QuoteFact Quote(DocumentFacts facts, string startsWith) => Assert.Single(facts.Quotes, q => q.Text.StartsWith(startsWith, System.StringComparison.Ordinal));

    [Fact]
    public void ThePossessorsOfficeHolderNamedBeforeIsTheSpeaker()
    {
        var facts = Extract.From("\u201CThe verdict came too quickly,\u201D said Tomas Edvik's lawyer Ilse Varga.\n\n"
            + "\u201CMy client will appeal the sentence in the high court next month,\u201D The Velm Post reported Edvik's lawyer as saying.");
        Assert.Equal("Ilse Varga", Quote(facts, "My client will appeal").Speaker);
    }

    [Fact]
    public void SomebodyUnnamedQuotedByAnOutletLeavesTheSpeakerUnknown()
    {
        var facts = Extract.From("The boat sank near Velm on Sunday. \u201CWe could not reach the shore in time,\u201D The Velm Post reported the captain's brother as saying.");
        Assert.Null(Quote(facts, "We could not reach").Speaker);
    }
}
