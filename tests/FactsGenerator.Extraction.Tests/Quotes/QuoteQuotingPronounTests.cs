using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Quotes;

/// <summary>
/// ""...," he quoted X as saying" then ""...," he added": the pronoun stands for the one who quoted, named before,
/// not for the person quoted; an outlet quoting someone leaves a later pronoun to that person.
/// </summary>
public class QuoteQuotingPronounTests
{
    private static QuoteFact Quote(DocumentFacts facts, string startsWith) => Assert.Single(facts.Quotes, q => q.Text.StartsWith(startsWith, System.StringComparison.Ordinal));

    [Fact]
    public void ThePronounThatQuotedGoesOnAfterThePersonQuoted()
    {
        var facts = Extract.From("Press secretary Tomas Edvik described the meeting in a statement on Sunday.\n\n"
            + "\u201CWe are very glad to work together on the harbour,\u201D he quoted Ilse Varga as saying.\n\n"
            + "\u201CBoth mayors agreed to meet again in the spring,\u201D he added.");
        Assert.Equal("Ilse Varga", Quote(facts, "We are very glad").Speaker);
        Assert.Equal("Tomas Edvik", Quote(facts, "Both mayors agreed").Speaker);
    }

    [Fact]
    public void AnOutletQuotingSomeoneLeavesThePronounToThem()
    {
        var facts = Extract.From("\u201CWe are very glad to work together on the harbour,\u201D the Velm Post quoted Tomas Edvik as saying.\n\n"
            + "\u201CBoth mayors agreed to meet again in the spring,\u201D he added.");
        Assert.Equal("Tomas Edvik", Quote(facts, "Both mayors agreed").Speaker);
    }
}
