using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Quotes;

/// <summary>
/// ""...," the statement read" after "X said in a statement": the statement is the words of whoever a recent sentence
/// says spoke in it; two different bodies speaking in statements leave it unknown.
/// </summary>
public class QuoteStatementIssuerTests
{
    private static QuoteFact Quote(DocumentFacts facts, string startsWith) => Assert.Single(facts.Quotes, q => q.Text.StartsWith(startsWith, System.StringComparison.Ordinal));

    [Theory]
    [InlineData("read")]
    [InlineData("added")]
    public void TheStatementIsTheWordsOfWhoeverSpokeInIt(string verb)
    {
        var facts = Extract.From("Two boats sank off the coast on Sunday, the Velm Coast Guard said in a statement.\n\n"
            + "\u201CAll nine fishermen were pulled from the water alive,\u201D the statement " + verb + ".");
        Assert.Equal("Velm Coast Guard", Quote(facts, "All nine fishermen").Speaker);
    }

    [Fact]
    public void TwoBodiesSpeakingInStatementsLeaveItUnknown()
    {
        var facts = Extract.From("The Velm Coast Guard said in a statement that two boats sank, and the Norland Fishing Union said in a statement that nine men were saved.\n\n"
            + "\u201CAll nine fishermen were pulled from the water alive,\u201D the statement read.");
        Assert.Null(Quote(facts, "All nine fishermen").Speaker);
    }
}
