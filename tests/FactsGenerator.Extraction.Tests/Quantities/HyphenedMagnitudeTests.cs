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

    [Fact]
    public void DoesNotLendMagnitudeToAFigureAboveTen()
    {
        var facts = QuantityTestText.Extract("The toll from the magnitude 5.8 tremor climbed to 31, medics said.");
        Assert.DoesNotContain(facts, f => f.Value == 31m && f.Unit == "magnitude");
    }
}
