using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Tests.Quantities;

public class RaceTimeTests
{
    [Fact]
    public void ReadsAFinishingTimeInSeconds()
    {
        var fact = QuantityTestText.Single("The cyclist crossed the line in 3:12:08 on Sunday.");
        Assert.Equal(11528m, fact.Value);
        Assert.Equal("seconds", fact.Unit);
        Assert.Equal(QuantityCategory.Duration, fact.Category);
    }

    [Fact]
    public void NamesATimeAfterTheNounBeforeOf()
    {
        Assert.Contains("record", QuantityTestText.Single("The old course record of 1:58:30 still stands.").About);
    }

    [Theory]
    [InlineData("The page was last edited at 4:15:22 on Monday.")]
    [InlineData("The server restarted, logging 4:15:22 UTC as the moment.")]
    public void LeavesAClockReadingOut(string sentence)
    {
        Assert.Empty(QuantityTestText.Extract(sentence));
    }
}
