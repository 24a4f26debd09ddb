using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Tests.Quantities;

/// <summary>
/// Race times of minutes and seconds with hundredths ("8:04.79") are one length in seconds, and the abbreviations of
/// results tables and briefs ("23.71sec", "12 mins") are units of time.
/// </summary>
public class MinuteRaceTimeAndTimeAbbreviationTests
{
    [Theory]
    [InlineData("She won the final in 8:04.79, a championship record.", 484.79)]
    [InlineData("The old mark of 3:29.41 had stood since the last Games.", 209.41)]
    [InlineData("He touched the wall in 1:52.3 to take silver.", 112.3)]
    public void ReadsMinutesAndSecondsAsOneTime(string sentence, double seconds)
    {
        Assert.Contains(QuantityTestText.Extract(sentence), f => f.Unit == "seconds" && f.Value == (decimal)seconds && f.Category == QuantityCategory.Duration);
    }

    [Theory]
    [InlineData("The meeting opens at 10:30 on Monday.")]
    [InlineData("Polls close at 7:45.30 local time.")]
    public void ReadsNoTimeInAClockReading(string sentence)
    {
        Assert.DoesNotContain(QuantityTestText.Extract(sentence), f => f.Unit == "seconds");
    }

    [Theory]
    [InlineData("The sprinter crossed the line first in 10.41sec.", 10.41, "seconds")]
    [InlineData("The detour added 12 mins to the trip.", 12, "minutes")]
    [InlineData("Rescuers searched the cliffs for 40 secs before the wave hit.", 40, "seconds")]
    public void ReadsAbbreviatedUnitsOfTime(string sentence, double value, string unit)
    {
        Assert.Contains(QuantityTestText.Extract(sentence), f => f.Unit == unit && f.Value == (decimal)value);
    }

    [Fact]
    public void TheRegulatorInCapitalsIsNoUnitOfTime()
    {
        var facts = QuantityTestText.Extract("The company made 10 SEC filings in the past year.");
        Assert.DoesNotContain(facts, f => f.Unit == "seconds");
        Assert.Contains(facts, f => f.Value == 10m);
    }
}
