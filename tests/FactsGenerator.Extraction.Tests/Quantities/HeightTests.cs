using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Tests.Quantities;

/// <summary>A height in feet and inches is one figure in feet, not a figure in feet and another in inches.</summary>
public class HeightTests
{
    [Theory]
    [InlineData("The keeper, who stands six feet three inches tall, joined the club.", 6.25, "feet")]
    [InlineData("Police said the man is 5 ft 10 in.", 5.8333, "feet")]
    [InlineData("The club signed a 6-foot-9 centre from Lisbon.", 6.75, "feet")]
    [InlineData("The statue is seven feet and six inches high.", 7.5, "feet")]
    [InlineData("The 6ft 3in lock joined from a rival club.", 6.25, "feet")]
    public void ReadsFeetAndInchesAsOneHeightInFeet(string sentence, double value, string unit)
    {
        var fact = QuantityTestText.Single(sentence);
        Assert.Equal((decimal)value, fact.Value);
        Assert.Equal(unit, fact.Unit);
        Assert.Equal(Qualifier.Exact, fact.Qualifier);
    }

    [Fact]
    public void LeavesAFigureAfterAHyphenatedLengthAdjectiveAlone()
    {
        var facts = QuantityTestText.Extract("They built a 6-foot wall and 4 new gates.");
        Assert.Contains(facts, f => f.Value == 6m && f.Unit == "feet");
        Assert.Contains(facts, f => f.Value == 4m && f.Unit == "gates");
    }
}
