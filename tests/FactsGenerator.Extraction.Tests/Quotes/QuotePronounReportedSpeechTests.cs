using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Quotes;

/// <summary>
/// A paragraph that is only a quotation, after a paragraph of reported speech whose subject is "he" or "she" ("He said
/// his harvest was sold at a loss." or "..., inflation will stay low, she said."), goes on with the person the pronoun
/// stands for, as it does after reported speech of a named person; a second person named in the reported clause
/// leaves it with nobody.
/// </summary>
public class QuotePronounReportedSpeechTests
{
    private static QuoteFact Quote(DocumentFacts facts, string startsWith) => Assert.Single(facts.Quotes, q => q.Text.StartsWith(startsWith, System.StringComparison.Ordinal));

    [Fact]
    public void AQuotationParagraphAfterAPronounsReportedSpeechIsThatPersons()
    {
        var facts = Extract.From("Onion prices\n\nFarmer Tomas Velk from Harlow grows onions on four acres.\n\n"
            + "He said his harvest last year was sold at a loss because the markets were shut.\n\n"
            + "\"The price of every sack of seed has doubled since the spring.\"");
        Assert.Equal("Tomas Velk", Quote(facts, "The price of every sack").Speaker);
    }

    [Fact]
    public void APronounClosingTheReportedSpeechCountsToo()
    {
        var facts = Extract.From("Rates held\n\nGovernor Ana Ruiz spoke at the bank on Tuesday.\n\n"
            + "As the price shocks fade over the coming quarters, inflation will be close to the target, she said.\n\n"
            + "\"Looking through these movements, the decline in inflation has run its course.\"");
        Assert.Equal("Ana Ruiz", Quote(facts, "Looking through these movements").Speaker);
    }

    [Fact]
    public void ReportedSpeechAboutSomeoneElseGivesNobody()
    {
        var facts = Extract.From("Onion prices\n\nFarmer Tomas Velk from Harlow grows onions on four acres.\n\n"
            + "He said Ana Ruiz had sold her harvest at a loss.\n\n"
            + "\"The price of every sack of seed has doubled since the spring.\"");
        Assert.Null(Quote(facts, "The price of every sack").Speaker);
    }
}
