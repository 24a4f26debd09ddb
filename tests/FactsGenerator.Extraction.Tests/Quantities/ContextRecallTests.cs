using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Tests.Quantities;

public class ContextRecallTests
{
    [Fact]
    public void ReadsAnAdverbBeforeTheCasualtyParticiple()
    {
        var fact = QuantityTestText.Single("The bus overturned, with four critically injured.");
        Assert.Equal(4m, fact.Value);
        Assert.Equal(QuantityCategory.Casualties, fact.Category);
    }

    [Theory]
    [InlineData("The singer played to a crowd of 40,000 in the park.", 40000)]
    [InlineData("He spoke before an audience of two hundred.", 200)]
    public void CountsAGatheringAsPeople(string sentence, double value)
    {
        var fact = QuantityTestText.Single(sentence);
        Assert.Equal((decimal)value, fact.Value);
        Assert.Equal("people", fact.Unit);
    }

    [Theory]
    [InlineData("Forecasters placed Marisol 240 miles south of the cape.", 240, "miles")]
    [InlineData("She was picked as an All-Star nine times.", 9, "times")]
    public void ReadsAMeasureAfterANameAsAMeasure(string sentence, double value, string unit)
    {
        var fact = QuantityTestText.Single(sentence);
        Assert.Equal((decimal)value, fact.Value);
        Assert.Equal(unit, fact.Unit);
    }

    [Fact]
    public void StillReadsAModelNumberAsALabel()
    {
        Assert.Empty(QuantityTestText.Extract("The airline flies the Boeing 737 on that route."));
    }

    [Fact]
    public void ReadsADefiniteTwoUnitMeasureAsADuration()
    {
        // "days before" is a vague offset of its own.
        var fact = Assert.Single(QuantityTestText.Extract("The court acted days before the two-year deadline."), f => f.Value is not null);
        Assert.Equal(2m, fact.Value);
        Assert.Equal("years", fact.Unit);
    }
}

public class VagueSumAndCrowdTests
{
    [Fact]
    public void ReadsMillionsInAKindOfMoneyAsAVagueSum()
    {
        var fact = QuantityTestText.Single("The app brought in millions in revenue.");
        Assert.Null(fact.Value);
        Assert.Equal(QuantityCategory.Money, fact.Category);
    }

    [Fact]
    public void ReadsACrowdWithMoreAsPeople()
    {
        Assert.Equal("people", QuantityTestText.Single("Thousands more were stranded at the airport.").Unit);
    }
}

public class ChildhoodAgeTests
{
    [Theory]
    [InlineData("His parents split up when he was one.", 1)]
    [InlineData("I learned to swim when I was seven.", 7)]
    public void ReadsWhenSomeoneWasNAsAnAge(string sentence, double value)
    {
        var fact = QuantityTestText.Single(sentence);
        Assert.Equal((decimal)value, fact.Value);
        Assert.Equal("years", fact.Unit);
    }

    [Fact]
    public void LeavesOneOfAGroupAlone()
    {
        Assert.Empty(QuantityTestText.Extract("When she was one of the judges, she spoke often."));
    }
}

/// <summary>"the magnitude of the earthquake was 6.6": the figure measures the property before "of".</summary>
public class PropertyBeforeOfTests
{
    [Fact]
    public void ReadsTheMagnitudeOfAQuakeAsItsMagnitude()
    {
        var fact = QuantityTestText.First("Officials said the magnitude of the tremor was 5.9 on Tuesday.");
        Assert.Equal(5.9m, fact.Value);
        Assert.Equal("magnitude", fact.Unit);
    }

    [Fact]
    public void ReadsThePopulationOfATownAsAPopulation()
    {
        var fact = QuantityTestText.First("The population of the village was 4,200.");
        Assert.Equal(Model.QuantityCategory.Population, fact.Category);
    }
}
