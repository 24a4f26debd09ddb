using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Quotes;

/// <summary>
/// "The statement reads", "the letter reads", "the ruling states": the document speaks for whoever issued a document
/// of its kind; a document of another kind made nearby ("issued a statement" before "the ruling") does not decide it.
/// </summary>
public class QuoteDocumentKindIssuerTests
{
    private static QuoteFact Quote(DocumentFacts facts, string startsWith) => Assert.Single(facts.Quotes, q => q.Text.StartsWith(startsWith, System.StringComparison.Ordinal));

    [Fact]
    public void TheStatementReadsGivesTheBodyThatIssuedIt()
    {
        var facts = Extract.From("The Dunmere Water Board released a statement on Monday. \"Every supply in the district is safe to drink,\" the statement reads.");
        Assert.Equal("Dunmere Water Board", Quote(facts, "Every supply").Speaker);
    }

    [Fact]
    public void TheLetterReadsGivesItsWriter()
    {
        var facts = Extract.From("Mayor Corin Haldane sent a letter to the council. The letter reads: \"I will not step down before the vote.\"");
        Assert.Equal("Corin Haldane", Quote(facts, "I will not").Speaker);
    }

    [Fact]
    public void TheRulingIsNotTheStatementMadeBeforeIt()
    {
        var facts = Extract.From("The Dunmere Port Authority issued a statement on Wednesday. The Dunmere High Court ruled on Friday. "
            + "The ruling states: \"The closure order has no basis in law.\"");
        Assert.Equal("Dunmere High Court", Quote(facts, "The closure").Speaker);
    }

    [Fact]
    public void TheRulingComesFromTheOneJudgeNamedBefore()
    {
        var facts = Extract.From("Judge Halvard Stenmo blocked the new levy on Tuesday. The ruling states that the levy \"breaks the law in three places.\"");
        Assert.Equal("Halvard Stenmo", Quote(facts, "breaks the law").Speaker);
    }

    [Fact]
    public void AStatementMadeBeforeGivesNoRuling()
    {
        var facts = Extract.From("The Dunmere Port Authority issued a statement on Wednesday. "
            + "\"The closure order has no basis in law whatsoever,\" the ruling states.");
        Assert.Null(Quote(facts, "The closure").Speaker);
    }

    [Fact]
    public void TwoJudgesLeaveTheRulingUnattributed()
    {
        var facts = Extract.From("Judge Halvard Stenmo and Judge Mirela Vasko heard the case on Tuesday. "
            + "The ruling states that the levy \"breaks the law in three places.\"");
        Assert.Null(Quote(facts, "breaks the law").Speaker);
    }
}
