using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Tests.Quantities;

public class ComparisonAnchorTests
{
    [Theory]
    [InlineData("Bookings climbed 9% from a year earlier.")]
    [InlineData("The bakery sold 4,200 loaves, up from 3,900 a month before.")]
    [InlineData("Rents are higher than two years ago.")]
    [InlineData("Exports grew 6 percent compared with the same quarter a year ago.")]
    [InlineData("Orders fell 3 percent compared to a year earlier.")]
    [InlineData("Its profit reached 9 billion rand, compared with 6 billion rand a year earlier.")]
    public void DropsTheSpanThatNamesTheEarlierPeriodOfAComparison(string sentence)
    {
        Assert.DoesNotContain(QuantityTestText.Extract(sentence), f => f.Category == QuantityCategory.Duration);
    }

    [Theory]
    [InlineData("The ferry left port less than a week ago.")]
    [InlineData("She came home from hospital a month ago.")]
    [InlineData("From three weeks ago, nobody expected this final.")]
    [InlineData("The board had met a day earlier.")]
    public void KeepsASpanThatPlacesAnEvent(string sentence)
    {
        Assert.Contains(QuantityTestText.Extract(sentence), f => f.Category == QuantityCategory.Duration);
    }
}
