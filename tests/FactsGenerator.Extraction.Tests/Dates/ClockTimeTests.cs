using System.Linq;
using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Dates;

/// <summary>A clock time with "a.m." or "p.m." is a date of the timeline; one after or before a weekday joins it.</summary>
public class ClockTimeTests
{
    [Theory]
    [InlineData("The council will meet at 4 p.m. to decide.", "4 p.m.")]
    [InlineData("Shots were heard at around 11:45 pm near the depot.", "11:45 pm")]
    [InlineData("The ferry left the harbour at 6 AM sharp.", "6 AM")]
    [InlineData("Crews were called at 7.20am to the quarry.", "7.20am")]
    [InlineData("The polls close at 9pm in the capital.", "9pm")]
    public void AClockTimeWithItsHalfOfTheDayIsADate(string sentence, string text)
    {
        var date = Assert.Single(Extract.From(sentence, "2024-03-14").Dates);
        Assert.Equal(text, date.Text);
        Assert.Null(date.Resolved);
    }

    [Theory]
    [InlineData("The dam gave way at 9:15 a.m. Tuesday, officials said.", "9:15 a.m. Tuesday", "2024-03-12")]
    [InlineData("The dam gave way at 9 p.m. on Monday, officials said.", "9 p.m. on Monday", "2024-03-11")]
    [InlineData("The dam gave way Tuesday at 9 p.m., officials said.", "Tuesday at 9 p.m.", "2024-03-12")]
    [InlineData("The dam gave way at 9 p.m. local time on Monday, officials said.", "9 p.m. local time on Monday", "2024-03-11")]
    [InlineData("The dam gave way at 9:40 a.m. EDT Tuesday, officials said.", "9:40 a.m. EDT Tuesday", "2024-03-12")]
    [InlineData("The dam gave way at 9 p.m. on March 2, officials said.", "9 p.m. on March 2", "2024-03-02")]
    [InlineData("The bishop died 5:10 AM, March 2, 2019, at the hospital.", "5:10 AM, March 2, 2019", "2019-03-02")]
    // The day keeps every part of its phrase: its year relative to publication (before publication, "last year" is
    // what moves it back a year) and the end of its range.
    [InlineData("The dam gave way at 9 p.m. on March 2 last year, officials said.", "9 p.m. on March 2 last year", "2023-03-02")]
    [InlineData("The dam gave way at 9 p.m. on May 2 last year, officials said.", "9 p.m. on May 2 last year", "2023-05-02")]
    [InlineData("The fair ran from 9 a.m. on March 2 to March 5, officials said.", "9 a.m. on March 2 to March 5", "2024-03-02/2024-03-05")]
    public void AClockTimeAndItsWeekdayAreOneDate(string sentence, string text, string resolved)
    {
        var date = Assert.Single(Extract.From(sentence, "2024-03-14").Dates);
        Assert.Equal(text, date.Text);
        Assert.Equal(resolved, date.Resolved);
    }

    [Theory]
    [InlineData("The home side won 3:1 in the final.")]
    [InlineData("She ran the course in 2:45 and retired.")]
    [InlineData("Of the 12 am I the oldest, or is she?")]
    [InlineData("Ask the 3 am I right, and they will say yes.")]
    [InlineData("The mixture is 4:30 by weight.")]
    public void NumbersWithoutAHalfOfTheDayAreNoTimes(string sentence)
    {
        Assert.Empty(Extract.From(sentence, "2024-03-14").Dates);
    }

    [Fact]
    public void AClockTimeBeforeAMonthAloneStaysAlone()
    {
        var facts = Extract.From("The dam gave way at 9 p.m. in March, officials said.", "2024-03-14");
        Assert.Equal(new[] { "9 p.m.", "March" }, facts.Dates.Select(d => d.Text));
    }

    [Fact]
    public void AWeekdayWithoutAClockTimeBeforeAnAtStaysAlone()
    {
        var facts = Extract.From("The dam gave way Tuesday at the quarry.", "2024-03-14");
        Assert.Equal(new[] { "Tuesday" }, facts.Dates.Select(d => d.Text));
    }
}
