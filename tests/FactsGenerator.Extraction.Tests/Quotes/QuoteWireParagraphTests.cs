using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Quotes;

/// <summary>Wire copy gives every sentence its own paragraph: "it" and "she" after a quotation reach back across the break.</summary>
public class QuoteWireParagraphTests
{
    private static QuoteFact Quote(DocumentFacts facts, string startsWith) => Assert.Single(facts.Quotes, q => q.Text.StartsWith(startsWith, System.StringComparison.Ordinal));

    [Fact]
    public void ItAfterAQuotationSpeaksForTheBodyOpeningThePreviousParagraph()
    {
        var facts = Extract.From("Tolland Water Board cut supplies to four villages on Sunday.\n\n\"Repairs to the main pipe should take two more days,\" it said in a statement.");
        Assert.Equal("Tolland Water Board", Quote(facts, "Repairs to").Speaker);
    }

    [Fact]
    public void ItAfterAQuotationIsNotABodyWhenAPersonOpensThePreviousParagraph()
    {
        var facts = Extract.From("Tolland Water Board cut supplies on Sunday.\n\nEngineer Rafael Ostrow said the pipe had burst.\n\n\"Repairs should take two more days,\" it said.");
        Assert.NotEqual("Tolland Water Board", Quote(facts, "Repairs should").Speaker);
    }

    [Fact]
    public void SheAfterASpokeswomanForABodySpeaksForTheBody()
    {
        var facts = Extract.From("Local teacher Ingrid Solberg said the road was closed.\n\n\"Nobody could get through,\" she said.\n\nA spokeswoman for the Tolland Highways Agency said crews were on site.\n\n\"The road will reopen by Friday evening,\" she said.");
        Assert.Equal("Tolland Highways Agency", Quote(facts, "The road will").Speaker);
        Assert.Equal("Ingrid Solberg", Quote(facts, "Nobody could").Speaker);
    }

    [Fact]
    public void HeAfterABodysSpokesmanSpeaksForTheBody()
    {
        var facts = Extract.From("Pilot Marek Hollis said the runway was icy.\n\nA Tolland Airport Authority spokesman said flights had resumed.\n\n\"Passengers should expect some delays today,\" he said.");
        Assert.Equal("Tolland Airport Authority", Quote(facts, "Passengers should").Speaker);
    }
}
