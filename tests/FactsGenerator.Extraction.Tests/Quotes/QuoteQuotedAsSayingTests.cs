using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Quotes;

/// <summary>After the quotation, an outlet that "quoted" or "cited" someone "as saying" only reports: the one quoted speaks.</summary>
public class QuoteQuotedAsSayingTests
{
    private static QuoteFact Quote(DocumentFacts facts, string startsWith) => Assert.Single(facts.Quotes, q => q.Text.StartsWith(startsWith, System.StringComparison.Ordinal));

    [Fact]
    public void TheWireServiceQuotesAPersonWithAnAside()
    {
        var facts = Extract.From("\u201CThe whole ceiling came down and we ran for the stairs,\u201D the Velm News Agency quoted Ana Ruiz, a shopkeeper on the square, as saying.");
        Assert.Equal("Ana Ruiz", Quote(facts, "The whole ceiling").Speaker);
    }

    [Fact]
    public void StateTelevisionCitesAPersonWithARoleBeforeTheName()
    {
        var facts = Extract.From("\"Our party will never sign such a deal,\" state television cited party leader Tomas Brandt as saying on Sunday.");
        Assert.Equal("Tomas Brandt", Quote(facts, "Our party will").Speaker);
    }

    [Fact]
    public void APronounQuotedStandsForThePersonNamedBefore()
    {
        var facts = Extract.From("Striker Lena Park scored twice in the derby. \"I just kept running and the chances came,\" the club's website quoted her as saying.");
        Assert.Equal("Lena Park", Quote(facts, "I just kept").Speaker);
    }

    [Fact]
    public void AnUnnamedPersonQuotedGivesNoSpeaker()
    {
        var facts = Extract.From("\"The talks are going nowhere this week,\" the newspaper quoted an unnamed official as saying.");
        Assert.Null(Quote(facts, "The talks are").Speaker);
    }
}
