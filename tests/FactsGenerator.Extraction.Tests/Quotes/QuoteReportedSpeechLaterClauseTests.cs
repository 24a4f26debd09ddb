using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Quotes;

/// <summary>
/// A paragraph that is only a quotation, after a sentence of reported speech whose person does not open it: after an
/// opening phrase ("Overall, the Governor said ..."), in a reporting clause inside the sentence ("..., she said, and she
/// warned that ..."), in a clause after ", and" ("..., and Ana Ruiz says ..."), or after a title set off by commas
/// ("Transport Minister, Ana Ruiz, said ..."): the quotation is that person's.
/// </summary>
public class QuoteReportedSpeechLaterClauseTests
{
    private static QuoteFact Quote(DocumentFacts facts, string startsWith) => Assert.Single(facts.Quotes, q => q.Text.StartsWith(startsWith, System.StringComparison.Ordinal));

    [Fact]
    public void DescriptionAfterAnOpeningPhraseReportsTheQuotationAfter()
    {
        var facts = Extract.From("Velm Harbour Governor Ana Ruiz spoke to the traders on Monday.\n\nOverall, the Governor said the season on the quays had been calm.\n\n\"We had fewer storms than in any year I remember on this coast.\"");
        Assert.Equal("Ana Ruiz", Quote(facts, "We had fewer").Speaker);
    }

    [Fact]
    public void PronounReportingClauseInsideTheSentenceReportsTheQuotationAfter()
    {
        var facts = Extract.From("Velm Harbour Governor Ana Ruiz spoke to the traders on Monday.\n\nThe fares on the ferries rose by a tenth, she said, and she warned that more rises could follow.\n\n\"Fuel and wages have been the main drivers of the cost.\"");
        Assert.Equal("Ana Ruiz", Quote(facts, "Fuel and wages").Speaker);
    }

    [Fact]
    public void PersonAfterAndReportsTheQuotationAfter()
    {
        var facts = Extract.From("Millions were spent on the sea wall, and harbour master Ana Ruiz says she wants to know why it failed.\n\n\"This should never have happened to a wall that new.\"");
        Assert.Equal("Ana Ruiz", Quote(facts, "This should never").Speaker);
    }

    [Fact]
    public void TitleSetOffByCommasBeforeTheNameReportsTheQuotationAfter()
    {
        var facts = Extract.From("Transport Minister, Ana Ruiz, said the ministry is still working on the timetable.\n\n\"That is one of the hardest problems we have as a government.\"");
        Assert.Equal("Ana Ruiz", Quote(facts, "That is one").Speaker);
    }

    [Fact]
    public void SubordinateClauseReportsNobody()
    {
        var facts = Extract.From("After Ana Ruiz said the fares would rise, the ferry shares fell sharply.\n\n\"Nobody on the quays expected a rise this year.\"");
        Assert.NotEqual("Ana Ruiz", Quote(facts, "Nobody on the quays").Speaker);
    }

    [Fact]
    public void AnotherPersonNamedBeforeTheClauseReportsNobody()
    {
        var facts = Extract.From("Police arrested Jo Kim at the quay on Monday, and Ana Ruiz said the arrest was lawful.\n\n\"Nobody is above the harbour rules in this town.\"");
        Assert.NotEqual("Ana Ruiz", Quote(facts, "Nobody is above").Speaker);
    }

    [Theory]
    [InlineData("Once Ana Ruiz said the fares would rise, the ferry shares fell sharply.")]
    [InlineData("The ferry shares fell sharply as Ana Ruiz said the fares would rise.")]
    [InlineData("It is unclear why Ana Ruiz said the fares would rise this year.")]
    [InlineData("Nobody on the quays knows how Ana Ruiz said the fares would rise.")]
    [InlineData("The ferry shares fell sharply on what Ana Ruiz said about the fares.")]
    public void DependentClauseOpeningBeforeTheVerbReportsNobody(string sentence)
    {
        var facts = Extract.From(sentence + "\n\n\"Nobody on the quays expected a rise this year.\"");
        Assert.NotEqual("Ana Ruiz", Quote(facts, "Nobody on the quays").Speaker);
    }

    [Fact]
    public void AccordingToAnotherPersonReportsNobodyInTheLaterClause()
    {
        // (The sentence is Jo Kim's account of what the Governor said: the Governor is not shown speaking.)
        var facts = Extract.From("Velm Harbour Governor Ana Ruiz met the traders on Monday.\n\nOverall, the Governor said the season had been calm, according to Jo Kim.\n\n\"Nobody on the quays expected a rise this year.\"");
        Assert.NotEqual("Ana Ruiz", Quote(facts, "Nobody on the quays").Speaker);
    }
}
