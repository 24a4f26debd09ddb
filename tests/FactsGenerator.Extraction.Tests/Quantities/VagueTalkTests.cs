using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Tests.Quantities;

public class VagueTalkTests
{
    [Theory]
    [InlineData("There are several theories about how the lake formed.")]
    [InlineData("We tested the idea in a number of ways.")]
    [InlineData("It depends on a few things, really.")]
    [InlineData("The model allows multiple scenarios for the outcome.")]
    [InlineData("She gave several reasons for leaving the band.")]
    [InlineData("The divers encountered numerous challenges in the Velmar river.")]
    [InlineData("The council launched a number of schemes for young farmers.")]
    public void DropsAVagueCountOfIdeasOrManners(string sentence)
    {
        Assert.Empty(QuantityTestText.Extract(sentence));
    }

    [Theory]
    [InlineData("The charter offers two ways to amend it.", 2)]
    [InlineData("The panel weighed three theories of the fire.", 3)]
    public void KeepsAnExactCountOfThem(string sentence, double value)
    {
        Assert.Equal((decimal)value, QuantityTestText.Single(sentence).Value);
    }

    [Fact]
    public void KeepsAVagueCountOfThingsInTheWorld()
    {
        var fact = QuantityTestText.Single("Several bridges were closed after the flood.");
        Assert.Null(fact.Value);
        Assert.Equal(Qualifier.Vague, fact.Qualifier);
    }
}
