using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Tests.Quantities;

/// <summary>Families and households are counted in their own unit, with the category of what happened to them.</summary>
public class HouseholdUnitTests
{
    [Theory]
    [InlineData("Over 70 families became homeless in Velmar in May.")]
    [InlineData("About 300 families lost their homes in the fire.")]
    public void CountsFamiliesAsFamilies(string sentence)
    {
        var fact = QuantityTestText.Single(sentence);
        Assert.Equal("families", fact.Unit);
        Assert.Equal(QuantityCategory.Displacement, fact.Category);
    }

    [Fact]
    public void CountsHouseholdsAsHouseholds()
    {
        Assert.Equal("households", QuantityTestText.Single("About 300 households in Orrin have no running water.").Unit);
    }
}
