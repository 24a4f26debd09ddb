using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Quotes;

/// <summary>
/// ""...," minister said": news copy that drops the article before an office names the person holding it named
/// before; an office nobody named holds, or a plural, gives no speaker.
/// </summary>
public class QuoteOfficeWithoutArticleTests
{
    private static QuoteFact Quote(DocumentFacts facts, string startsWith) => Assert.Single(facts.Quotes, q => q.Text.StartsWith(startsWith, System.StringComparison.Ordinal));

    [Fact]
    public void TheBareOfficeIsItsHolderNamedBefore()
    {
        var facts = Extract.From("Senior provincial minister Hana Rostova visited the flooded district on Monday. \u201CThe dams cannot hold another week of rain,\u201D minister said.");
        Assert.Equal("Hana Rostova", Quote(facts, "The dams cannot").Speaker);
    }

    [Fact]
    public void AnOfficeNobodyHoldsGivesNoSpeaker()
    {
        var facts = Extract.From("Hana Rostova visited the flooded district on Monday. \u201CThe dams cannot hold another week of rain,\u201D engineer said.");
        Assert.Null(Quote(facts, "The dams cannot").Speaker);
    }

    [Fact]
    public void APluralGivesNoSpeaker()
    {
        var facts = Extract.From("The Velm Water Board met on Monday. \u201CThe dams cannot hold another week of rain,\u201D officials said.");
        Assert.Null(Quote(facts, "The dams cannot").Speaker);
    }
}
