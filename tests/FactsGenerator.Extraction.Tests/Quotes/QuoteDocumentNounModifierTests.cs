using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Quotes;

/// <summary>
/// ""...," a press statement from the Body said": a document noun modifying another ("press statement", "press
/// release") is still the body's document, which speaks for the body.
/// </summary>
public class QuoteDocumentNounModifierTests
{
    private static QuoteFact Quote(DocumentFacts facts, string startsWith) => Assert.Single(facts.Quotes, q => q.Text.StartsWith(startsWith, System.StringComparison.Ordinal));

    [Theory]
    [InlineData("a press statement from the Velm Red Cross stated.")]
    [InlineData("a press release issued by the Velm Red Cross said.")]
    public void APressDocumentOfABodySpeaksForTheBody(string attribution)
    {
        var facts = Extract.From("\u201CShould the rains go on, more families will leave the valley in the weeks ahead,\u201D " + attribution);
        Assert.Equal("Velm Red Cross", Quote(facts, "Should the rains").Speaker);
    }

    [Fact]
    public void APressRepresentativeOfNoBodyGivesNoSpeaker()
    {
        var facts = Extract.From("The Velm Red Cross opened a camp. \u201CShould the rains go on, more families will leave the valley in the weeks ahead,\u201D a press spokesman said.");
        Assert.DoesNotContain(facts.Quotes, q => q.Speaker == "Velm Red Cross" && q.Text.StartsWith("Should the rains", System.StringComparison.Ordinal));
    }
}
