using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Quotes;

/// <summary>A name inside an opening subordinate clause is not the subject the quotation falls back to.</summary>
public class QuoteOpeningClauseTests
{
    private static QuoteFact Quote(DocumentFacts facts, string startsWith) => Assert.Single(facts.Quotes, q => q.Text.StartsWith(startsWith, System.StringComparison.Ordinal));

    [Fact]
    public void ANameInAnOpeningAfterClauseBehindAnAdverbIsNotTheSpeaker()
    {
        var facts = Extract.From("First, after reporter Tom Ruddock asked whether the mayor's trip to the clinic was the result of an illness, "
            + "Ann Redfern alleged the press was falsely claiming she had suffered from \"mini-strokes.\"");
        Assert.Equal("Ann Redfern", Quote(facts, "mini-strokes").Speaker);
    }

    [Fact]
    public void ANameInAnOpeningWhenClauseIsNotTheSpeaker()
    {
        var facts = Extract.From("When reporter Tom Ruddock asked about the budget, Ann Redfern insisted the press was wrongly calling the cuts \"a betrayal.\"");
        Assert.Equal("Ann Redfern", Quote(facts, "a betrayal").Speaker);
    }
}
