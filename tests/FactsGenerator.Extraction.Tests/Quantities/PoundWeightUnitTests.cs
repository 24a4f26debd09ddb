using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Tests.Quantities;

/// <summary>A weight written as the word "pounds" keeps the word as its unit; the abbreviation "lb" stays `lb`.</summary>
public class PoundWeightUnitTests
{
    [Theory]
    [InlineData("The rescued calf weighed 95 pounds at birth.", 95, "pounds")]
    [InlineData("Agents seized 14 pounds of methamphetamine at the border.", 14, "pounds")]
    [InlineData("The drone can lift one pound of cargo.", 1, "pounds")]
    [InlineData("The suitcase weighed 23 lb at check-in.", 23, "lb")]
    [InlineData("The rescued dog now weighs 41 lbs.", 41, "lb")]
    public void KeepsTheWeightUnitAsWritten(string sentence, double value, string unit)
    {
        var fact = QuantityTestText.First(sentence);
        Assert.Equal((decimal)value, fact.Value);
        Assert.Equal(unit, fact.Unit);
    }

    [Fact]
    public void LeavesPoundsThatPayInSterling()
    {
        var fact = QuantityTestText.Single("The midfielder cost 30 million pounds in the summer.");
        Assert.Equal("gbp", fact.Unit);
        Assert.Equal(QuantityCategory.Money, fact.Category);
    }
}
