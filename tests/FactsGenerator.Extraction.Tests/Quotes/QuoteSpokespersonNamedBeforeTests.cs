using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Quotes;

/// <summary>
/// "The spokesman said: "..."" before the quotation stands for the person named before as the spokesperson, as
/// ""...," the spokesman said" after it does; with nobody named so, the body speaks as before.
/// </summary>
public class QuoteSpokespersonNamedBeforeTests
{
    private static QuoteFact Quote(DocumentFacts facts, string startsWith) => Assert.Single(facts.Quotes, q => q.Text.StartsWith(startsWith, System.StringComparison.Ordinal));

    [Fact]
    public void TheSpokespersonNamedBeforeSpeaks()
    {
        var facts = Extract.From("The spokesman for the regional police, Tarek Solberg, said the ferry left Velm Harbour late.\n\nThe spokesman said: \u201CThe crew was found safe on the island this morning.\u201D");
        Assert.Equal("Tarek Solberg", Quote(facts, "The crew was found").Speaker);
    }

    [Fact]
    public void WithNoSpokespersonNamedTheBodySpeaks()
    {
        var facts = Extract.From("The Velm Harbour Authority closed the port on Monday.\n\nThe spokesman said: \u201CThe crew was found safe on the island this morning.\u201D");
        Assert.Equal("Velm Harbour Authority", Quote(facts, "The crew was found").Speaker);
    }
}
