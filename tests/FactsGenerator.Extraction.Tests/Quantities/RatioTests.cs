using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Tests.Quantities;

/// <summary>A ratio ("ten times faster", "2.4 times the mass of the Sun") measures something, in times.</summary>
public class RatioTests
{
    [Theory]
    [InlineData("The new engine is ten times faster.", 10, Qualifier.Exact)]
    [InlineData("The moon is 1.7 times the width of its neighbour.", 1.7, Qualifier.Exact)]
    [InlineData("The comet is about 3.5 times the mass of the probe.", 3.5, Qualifier.About)]
    [InlineData("Its radius stays below 1.7 times the radius of the core.", 1.7, Qualifier.FewerThan)]
    [InlineData("The new hall is three times as large.", 3, Qualifier.Exact)]
    public void ReadsARatioInTimes(string sentence, double value, Qualifier qualifier)
    {
        var fact = QuantityTestText.First(sentence);
        Assert.Equal((decimal)value, fact.Value);
        Assert.Equal("times", fact.Unit);
        Assert.Equal(qualifier, fact.Qualifier);
    }

    [Fact]
    public void ReadsSeveralTimesLargerAsAVagueRatio()
    {
        var fact = QuantityTestText.First("The bill is several times larger than last year's.");
        Assert.Null(fact.Value);
        Assert.Equal("times", fact.Unit);
    }

    [Theory]
    [InlineData("The new pump cuts water use by a factor of three.", 3)]
    [InlineData("Speed rose by a factor of 1,024 with the new chips.", 1024)]
    public void ReadsAFactorOfAsARatio(string sentence, double value)
    {
        var fact = QuantityTestText.First(sentence);
        Assert.Equal((decimal)value, fact.Value);
        Assert.Equal("times", fact.Unit);
    }
}

public class VagueRepetitionTests
{
    [Theory]
    [InlineData("I have mentioned it several times now.")]
    [InlineData("They met a couple times last spring.")]
    [InlineData("She won the cup a few times as a junior.")]
    public void LeavesAVagueHowOftenAlone(string sentence)
    {
        Assert.DoesNotContain(QuantityTestText.Extract(sentence), f => f.Unit == "times");
    }

    [Fact]
    public void KeepsAnExactHowOften()
    {
        Assert.Contains(QuantityTestText.Extract("He was arrested three times."), f => f.Value == 3m && f.Unit == "times");
    }
}
