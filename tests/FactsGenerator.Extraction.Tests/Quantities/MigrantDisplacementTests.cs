using System.Linq;
using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Tests.Quantities;

/// <summary>Migrants and asylum-seekers are counted like refugees; a toll told of them stays a toll.</summary>
public class MigrantDisplacementTests
{
    [Theory]
    [InlineData("Border agents stopped 4,200 migrants near the river crossing in March.", 4200)]
    [InlineData("Officials said 1,500 asylum-seekers reached the islands over the weekend.", 1500)]
    public void MigrantsAreDisplacement(string sentence, int count)
    {
        var fact = QuantityTestText.Extract(sentence).Single(f => f.Value == count);
        Assert.Equal(QuantityCategory.Displacement, fact.Category);
    }

    [Fact]
    public void MigrantsATollIsToldOfAreNoDisplacement()
    {
        var fact = QuantityTestText.Extract("At least 14 migrants hoping to reach the coast drowned off the cape on Friday.").Single(f => f.Value == 14);
        Assert.NotEqual(QuantityCategory.Displacement, fact.Category);
    }

    [Fact]
    public void ATollWithinEightWordsCountsNoPunctuation()
    {
        // "drowned" is the eighth word after the number, the eleventh token.
        var fact = QuantityTestText.Extract("At least 14 migrants, mostly young men, from the north, drowned off the cape.").Single(f => f.Value == 14);
        Assert.NotEqual(QuantityCategory.Displacement, fact.Category);
    }

    [Fact]
    public void MigrantWorkersAreNoDisplacement()
    {
        var fact = QuantityTestText.Extract("The farm hired 300 migrant workers for the harvest.").Single(f => f.Value == 300);
        Assert.NotEqual(QuantityCategory.Displacement, fact.Category);
    }
}
