using System.Linq;
using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Tests.Quantities;

/// <summary>
/// A figure without a counted noun after "home to" or after a settlement and "of" is how many people live there; a bare
/// figure in another frame, and "in the region of", are not.
/// </summary>
public class HeadlessPopulationTests
{
    [Theory]
    [InlineData("Troops moved towards Velmora, home to almost 2 million, on Sunday.", 2000000)]
    [InlineData("The island, home to about 85,000, lost power on Monday.", 85000)]
    [InlineData("The storm struck the port city of 420,000 before dawn.", 420000)]
    [InlineData("Mud buried part of a small hamlet of 35 in the hills.", 35)]
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

    [Fact]
    public void InTheRegionOfIsNoPlace()
    {
        var facts = QuantityTestText.Extract("Officials expect in the region of 4,000 at the rally.");
        Assert.DoesNotContain(facts, f => f.Category == QuantityCategory.Population);
    }
}
