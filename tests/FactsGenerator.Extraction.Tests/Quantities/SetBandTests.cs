using System.Linq;
using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Tests.Quantities;

/// <summary>
/// The ends of a band a body sets ("a target range of 2 to 4 percent", "cut the rate to a range of 1.25 to 1.5 per
/// cent") are stated exactly; an uncertain range and the idiom "in the range of" keep their bounds.
/// </summary>
public class SetBandTests
{
    [Theory]
    [InlineData("The bank kept its inflation target range of 3 to 5 percent for next year.", 3, 5)]
    [InlineData("The board lowered the overnight rate to a range of 1.25 to 1.5 per cent.", 1.25, 1.5)]
    [InlineData("Prices stayed well above the ministry's target of 2.5-3 percent.", 2.5, 3)]
    [InlineData("The currency trades in a band between 6 and 7 percent of its old peg.", 6, 7)]
    public void StatesBothEndsOfASetBandExactly(string sentence, double lower, double upper)
    {
        var fact = QuantityTestText.Extract(sentence).Single(f => f.Value == (decimal)lower);
        Assert.Equal((decimal)upper, fact.UpperValue);
        Assert.Equal(Qualifier.Exact, fact.Qualifier);
    }

    [Theory]
    [InlineData("Analysts expect growth of 3 to 4 percent this year.", 3)]
    [InlineData("The painting was valued in the range of 8 to 9 million euros.", 8000000)]
    [InlineData("Turnout was between 40 and 45 percent in the north.", 40)]
    public void KeepsTheBoundsOfAnUncertainRange(string sentence, double lower)
    {
        var fact = QuantityTestText.Extract(sentence).Single(f => f.Value == (decimal)lower);
        Assert.Equal(Qualifier.AtLeast, fact.Qualifier);
    }
}
