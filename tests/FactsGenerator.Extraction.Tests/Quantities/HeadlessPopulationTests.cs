using System.Linq;
using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Tests.Quantities;

/// <summary>
/// A figure without a counted noun after "home to" is how many people live in the place before it; a bare figure in
/// another frame is not.
/// </summary>
public class HeadlessPopulationTests
{
    [Theory]
    [InlineData("Troops moved towards Velmora, home to almost 2 million, on Sunday.", 2000000)]
    [InlineData("The island, home to about 85,000, lost power on Monday.", 85000)]
    public void AHeadlessFigureOfAPlaceIsItsPopulation(string sentence, int count)
    {
        var fact = QuantityTestText.Extract(sentence).Single(f => f.Value == count);
        Assert.Equal(QuantityCategory.Population, fact.Category);
        Assert.Equal("people", fact.Unit);
    }

    [Fact]
    public void AHeadlessFigureElsewhereIsNoPopulation()
    {
        var fact = QuantityTestText.Extract("Turnout at the city fair reached nearly 2 million this year.").Single(f => f.Value == 2000000);
        Assert.NotEqual(QuantityCategory.Population, fact.Category);
    }
}
