using System.Linq;
using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Tests.Quantities;

public class JoinedModifierTests
{
    [Theory]
    [InlineData("Roughly 120 000 Zambian copper and zinc miners will strike.", "people")]
    [InlineData("About 300 rail and bus workers walked out on Friday.", "people")]
    [InlineData("She won ten gold and silver medals in her career.", "medals")]
    [InlineData("Thousands of comic and cosplay fans packed the arena.", "people")]
    public void ReadsTwoModifiersJoinedByAndBeforeTheirPlural(string sentence, string unit)
    {
        Assert.Equal(unit, QuantityTestText.Single(sentence).Unit);
    }

    [Fact]
    public void KeepsAPluralBeforeAndAsItsOwnCount()
    {
        Assert.Equal("apples", QuantityTestText.Single("The farm sold 40 apples and pear trees.").Unit);
    }
}
