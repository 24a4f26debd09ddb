using System.Linq;

namespace FactsGenerator.Extraction.Tests.Quantities;

/// <summary>
/// A vague count of things keeps its noun as unit ("several buildings": buildings), as a vague measure keeps its unit;
/// a name or another vague count in the noun's place leaves it in items.
/// </summary>
public class VagueCountOfThingsTests
{
    [Theory]
    [InlineData("Vandals damaged several state buildings in Velmar.", "buildings")]
    [InlineData("The rebels carried out several violent attacks near Orrin.", "attacks")]
    [InlineData("Police objected to bail on several grounds.", "grounds")]
    [InlineData("The flood destroyed dozens of homes in Orrin.", "homes")]
    public void KeepsTheNounOfAVagueCountOfThings(string sentence, string unit)
    {
        var fact = QuantityTestText.Extract(sentence).Single(f => f.Value is null);
        Assert.Equal(unit, fact.Unit);
    }

    [Theory]
    [InlineData("The band played several Velmar and Orrin concerts.")]
    [InlineData("The stars lie several hundreds of light years away.")]
    public void LeavesANameOrAVagueCountInItems(string sentence)
    {
        var fact = QuantityTestText.Extract(sentence).First(f => f.Value is null);
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
