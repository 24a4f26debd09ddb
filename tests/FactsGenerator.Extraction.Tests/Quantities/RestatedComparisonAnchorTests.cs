using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Tests.Quantities;

/// <summary>
/// The earlier period of a comparison is no duration also after a figure with its dollar letters ("US$90 million a year
/// ago") and after a figure restated with ", or" ("$2.1 billion, or 38 cents, a year earlier").
/// </summary>
public class RestatedComparisonAnchorTests
{
    [Theory]
    [InlineData("Sales reached US$120 million, down from US$90 million a year ago.")]
    [InlineData("The miner earned $4.2 billion, or 81 cents a share, up from $2.1 billion, or 38 cents, a year earlier.")]
    [InlineData("Profit rose to C$75 million from C$60 million, or 12 percent, two years earlier.")]
    public void DropsTheEarlierPeriod(string sentence)
    {
        Assert.DoesNotContain(QuantityTestText.Extract(sentence), f => f.Category == QuantityCategory.Duration);
    }

    [Theory]
    [InlineData("The singer moved from Lisbon, or Porto, a year ago.")]
    [InlineData("She was released from prison, or so her lawyer says, a month ago.")]
    public void KeepsASpanWithNoFigureBeforeIt(string sentence)
    {
        Assert.Contains(QuantityTestText.Extract(sentence), f => f.Category == QuantityCategory.Duration);
    }
}
