using System.Linq;

namespace FactsGenerator.Extraction.Tests.Quantities;

/// <summary>A vague count of things ("several buildings") is in items; a vague measure keeps its unit.</summary>
public class VagueCountOfThingsTests
{
    [Theory]
    [InlineData("Vandals damaged several state buildings in Velmar.")]
    [InlineData("The rebels carried out several violent attacks near Orrin.")]
    [InlineData("Police objected to bail on several grounds.")]
    public void CountsVagueThingsInItems(string sentence)
    {
        var fact = QuantityTestText.Extract(sentence).Single(f => f.Value is null);
        Assert.Equal("items", fact.Unit);
    }

    [Fact]
    public void KeepsTheUnitOfAVagueMeasure()
    {
        var fact = QuantityTestText.Extract("The terns of Velmar fly thousands of miles each year.").Single(f => f.Value is null);
        Assert.Equal("miles", fact.Unit);
    }

    [Fact]
    public void KeepsTheNounOfAnExactCount()
    {
        Assert.Equal("buildings", QuantityTestText.Single("Vandals damaged three buildings in Velmar.").Unit);
    }
}
