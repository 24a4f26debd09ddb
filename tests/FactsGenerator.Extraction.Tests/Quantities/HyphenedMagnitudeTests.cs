using System.Linq;

namespace FactsGenerator.Extraction.Tests.Quantities;

/// <summary>"a magnitude-5.4 tremor": the reading joined by a hyphen to "magnitude" is a magnitude, not a label.</summary>
public class HyphenedMagnitudeTests
{
    [Theory]
    [InlineData("A magnitude-5.4 tremor shook the valley overnight.", 5.4)]
    [InlineData("Residents fled after the magnitude-7.2 earthquake on Sunday.", 7.2)]
    public void ReadsAHyphenedMagnitude(string sentence, double value)
    {
        var fact = QuantityTestText.First(sentence);
        Assert.Equal((decimal)value, fact.Value);
        Assert.Equal("magnitude", fact.Unit);
    }

    [Theory]
    [InlineData("More than 60 aftershocks were recorded, the strongest measuring 4.6.", 4.6)]
    [InlineData("Several tremors rattled the coast overnight, the largest measuring 5.1.", 5.1)]
    public void ReadsTheReadingOfTheStrongestOfSeveralQuakesAsAMagnitude(string sentence, double value)
    {
        var fact = QuantityTestText.Extract(sentence).Single(f => f.Value == (decimal)value);
        Assert.Equal("magnitude", fact.Unit);
    }

    [Fact]
    public void DoesNotLendMagnitudeToALengthMeasuredNearAQuake()
    {
        var facts = QuantityTestText.Extract("After the aftershocks, engineers found a crack measuring 4.5 metres.");
        Assert.DoesNotContain(facts, f => f.Unit == "magnitude");
    }

    [Fact]
    public void DoesNotLendMagnitudeToAFigureAboveTen()
    {
        var facts = QuantityTestText.Extract("The toll from the magnitude 5.8 tremor climbed to 31, medics said.");
        Assert.DoesNotContain(facts, f => f.Value == 31m && f.Unit == "magnitude");
    }
}
