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

    [Theory]
    // A crowd count's noun comes after "of": the word read past its verb is an adverb or the verb's object.
    [InlineData("Hundreds gathered outside the Orrin court on Monday.")]
    [InlineData("Hundreds of thousands lost power in Velmar overnight.")]
    [InlineData("Thousands lost homes when the Orrin dam failed.")]
    // A singular word read as the noun of a vague count is not what it counts.
    [InlineData("Rising bread prices hit hundreds of millions of poor Velmarans hardest.")]
    public void DoesNotTakeAWordPastTheCountAsItsNoun(string sentence)
    {
        var fact = QuantityTestText.Extract(sentence).First(f => f.Value is null);
        Assert.DoesNotContain(fact.Unit, new[] { "outsides", "powers", "homes", "hardests" });
    }

    [Fact]
    public void KeepsTheNounAfterACrowdCountAndMore()
    {
        var fact = QuantityTestText.Extract("The storm damaged thousands more homes in Orrin.").Single(f => f.Value is null);
        Assert.Equal("homes", fact.Unit);
    }

    [Theory]
    // A plural of a "-man" compound counts people, whether or not the people list knows it (not "linemens").
    [InlineData("Hundreds of linemen worked through the night in Velmar.")]
    [InlineData("Five linemen arrived in Orrin on Sunday.")]
    [InlineData("Dozens of firemen were called to the Orrin depot.")]
    public void CountsPluralsOfManAsPeople(string sentence)
    {
        Assert.Equal("people", QuantityTestText.Extract(sentence).First().Unit);
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
