using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Tests.Quantities;

/// <summary>Four digits before "hours" on the 24-hour clock ("at 2340 hours") read a time of day, not a length.</summary>
public class ClockHoursTests
{
    [Theory]
    [InlineData("At 2215 hours on Monday, the harbour patrol received a distress call.")]
    [InlineData("A fisherman raised the alarm at 0310 hours near the pier.")]
    [InlineData("Troops were ordered back to base by 0600 hrs.")]
    [InlineData("The curfew lasts until 1900 hours in the old town.")]
    public void ReadsNoLengthInAClockReading(string sentence)
    {
        Assert.DoesNotContain(QuantityTestText.Extract(sentence), f => f.Unit == "hours");
    }

    [Theory]
    [InlineData("Volunteers logged 2200 hours of work on the trail.", 2200)]
    [InlineData("The crew flew after 2250 hours of training.", 2250)]
    [InlineData("The pilot has 2340 hours in the cockpit.", 2340)]
    public void KeepsALengthInHours(string sentence, int hours)
    {
        Assert.Contains(QuantityTestText.Extract(sentence), f => f.Unit == "hours" && f.Value == hours);
    }

    [Theory]
    [InlineData("The captain has flown about 1500 hours on the new jet.", 1500)]
    [InlineData("Crews spent around 2000 hours clearing the line.", 2000)]
    public void AHedgeAlonePlacesNothingInTime(string sentence, int hours)
    {
        Assert.Contains(QuantityTestText.Extract(sentence), f => f.Unit == "hours" && f.Value == hours);
    }

    [Fact]
    public void AHedgeAfterATimeWordStillReadsTheClock()
    {
        Assert.DoesNotContain(QuantityTestText.Extract("The alarm sounded at around 2340 hours in the depot."), f => f.Unit == "hours");
    }
}
