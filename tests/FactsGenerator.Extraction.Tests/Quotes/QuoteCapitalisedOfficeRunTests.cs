using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Quotes;

/// <summary>
/// After the verb of saying, a person named after capitalised words of the body or place they serve and their office
/// ("said Tarrow County Sheriff's Capt. X", "said Velm Assembly Transport and Works Chairman X") is the speaker, also
/// where no body or place was read for those words or the body's name was cut at its "and".
/// </summary>
public class QuoteCapitalisedOfficeRunTests
{
    private static QuoteFact Quote(DocumentFacts facts, string startsWith) => Assert.Single(facts.Quotes, q => q.Text.StartsWith(startsWith, System.StringComparison.Ordinal));

    [Fact]
    public void UnreadPlaceThenPossessiveOfficeAndRankGivesTheHolder()
    {
        var facts = Extract.From("\"Every boat in the harbour was searched twice,\" said Tarrow County Sheriff's Capt. Dana Kettering, head of the task force.");
        Assert.Equal("Dana Kettering", Quote(facts, "Every boat").Speaker);
    }

    [Fact]
    public void BodyNameJoinedByAndThenOfficeGivesTheHolderNotTheBody()
    {
        var facts = Extract.From("\"The report confirms our fears about the ferries,\" said Velm Assembly Transport and Works Chairman Dana Kettering.");
        Assert.Equal("Dana Kettering", Quote(facts, "The report").Speaker);
    }

    [Fact]
    public void CapitalisedWordsWithoutAnOfficeNameNoHolder()
    {
        // (No office word stands in the run: the name after it is not described as the one speaking.)
        var facts = Extract.From("\"The levy will close half the shops on the front,\" said Tarrow Dock Workers and Pilots Dana Kettering.");
        Assert.NotEqual("Dana Kettering", Quote(facts, "The levy").Speaker);
    }

    [Fact]
    public void CommaEndsTheDescription()
    {
        var facts = Extract.From("\"The levy will close half the shops on the front,\" said Tarrow Harbour Board, which Dana Kettering chairs.");
        Assert.NotEqual("Dana Kettering", Quote(facts, "The levy").Speaker);
    }
}
