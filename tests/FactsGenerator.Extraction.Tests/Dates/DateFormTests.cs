using System.Linq;
using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Dates;

public class DateFormTests
{
    private static DateFact Date(DocumentFacts facts, string text) => Assert.Single(facts.Dates, d => d.Text == text);

    [Theory]
    [InlineData("The plant ran from 1971–1978.", "1971–1978", "1971/1978")]
    [InlineData("The plant ran from 2003 to 2011.", "2003 to 2011", "2003/2011")]
    [InlineData("The plant grew between 2006 and 2009.", "2006 and 2009", "2006/2009")]
    [InlineData("The 1995–96 season was cut short.", "1995–96", "1995/1996")]
    [InlineData("The survey ran 1998-2003 in three towns.", "1998-2003", "1998/2003")]
    [InlineData("The plant ran from 2006 through 2014.", "2006 through 2014", "2006/2014")]
    [InlineData("The plant ran from 2006 until 2014.", "2006 until 2014", "2006/2014")]
    public void ASpanOfYearsIsOneDate(string sentence, string text, string resolved)
    {
        var facts = Extract.From(sentence, "2024-08-20");
        Assert.Equal(resolved, Date(facts, text).Resolved);
        Assert.Single(facts.Dates);
    }

    [Theory]
    [InlineData("The count rose from 2012 to 2019 votes.", "2012")]
    [InlineData("It happened in 2014 and 2016.", "2014|2016")]
    public void TwoYearsThatAreNoSpanStaySeparate(string sentence, string texts)
    {
        Assert.Equal(texts.Split('|'), Extract.From(sentence).Dates.Select(d => d.Text));
    }

    [Fact]
    public void AYearAfterALaterYearIsNoSpan()
    {
        var facts = Extract.From("Rules from 2019 to 2015 levels were compared.");
        Assert.Equal(new[] { "2019", "2015" }, facts.Dates.Select(d => d.Resolved));
    }

    [Theory]
    [InlineData("The shop was busy in the '90s.", "'90s")]
    [InlineData("The shop was busy in the early 80s.", "early 80s")]
    [InlineData("The shop was busy in the 50s.", "50s")]
    public void TwoDigitDecades(string sentence, string text)
    {
        Assert.Null(Date(Extract.From(sentence), text).Resolved);
    }

    [Theory]
    [InlineData("She is in her 80s.")]
    [InlineData("Both men are in their late 70s.")]
    public void TwoDigitDecadesNeedTheOrAnApostrophe(string sentence)
    {
        Assert.Empty(Extract.From(sentence).Dates);
    }

    [Theory]
    [InlineData("The city was founded in 712 BCE.", "712 BCE", null)]
    [InlineData("The city was founded in 712 BC by traders.", "712 BC", null)]
    [InlineData("The temple was rebuilt in 310 CE.", "310 CE", "0310")]
    [InlineData("The town was buried in AD 79.", "AD 79", "0079")]
    [InlineData("Pottery of this kind was made from about 812 b.c.e. onwards.", "812 b.c.e.", null)]
    [InlineData("The coins date from 310 c.e. or so.", "310 c.e.", "0310")]
    public void YearsWithTheirEra(string sentence, string text, string? resolved)
    {
        Assert.Equal(resolved, Date(Extract.From(sentence), text).Resolved);
    }

    [Fact]
    public void ANumberWithoutAnEraIsNoYear()
    {
        Assert.Empty(Extract.From("The hall seats 712 guests.").Dates);
        Assert.Empty(Extract.From("They ran 250 ad spots.").Dates);
    }

    [Theory]
    [InlineData("The vote is on Saturday, May 18.", "Saturday, May 18", "2024-05-18")]
    [InlineData("The vote was on Tuesday June 11.", "Tuesday June 11", "2024-06-11")]
    public void AWeekdayBeforeADateIsOneDate(string sentence, string text, string resolved)
    {
        var facts = Extract.From(sentence, "2024-08-20");
        Assert.Equal(resolved, Date(facts, text).Resolved);
        Assert.Single(facts.Dates);
    }

    [Fact]
    public void AWeekdayBeforeACountStaysAWeekday()
    {
        var facts = Extract.From("On Monday, 12 people were hurt.", "2024-03-14");
        Assert.Equal("Monday", Assert.Single(facts.Dates).Text);
    }

    [Theory]
    [InlineData("The show starts Friday 7:30 p.m. sharp.", "Friday 7:30 p.m.")]
    [InlineData("The show starts Friday 10 am at the hall.", "Friday 10 am")]
    [InlineData("The show starts Sunday 9:30 at the hall.", "Sunday 9:30")]
    public void AClockTimeAfterAWeekdayBelongsToIt(string sentence, string text)
    {
        Assert.Single(Extract.From(sentence, "2024-03-14").Dates, d => d.Text == text);
    }

    [Theory]
    [InlineData("Shops close on Christmas Eve.", "Christmas Eve", "2023-12-24")]
    [InlineData("The parade was held on New Year's Day.", "New Year's Day", "2024-01-01")]
    [InlineData("The vote falls on Valentine's Day.", "Valentine's Day", "2024-02-14")]
    [InlineData("The parade is held on St. Patrick's Day.", "St. Patrick's Day", "2024-03-17")]
    [InlineData("Fireworks lit the sky on the fourth of July.", "fourth of July", "2024-07-04")]
    [InlineData("The law was signed on the first of May 2019.", "first of May 2019", "2019-05-01")]
    public void NamedDaysWithAFixedDateResolve(string sentence, string text, string resolved)
    {
        Assert.Equal(resolved, Date(Extract.From(sentence, "2024-08-20"), text).Resolved);
    }

    [Theory]
    [InlineData("Shops closed on Christmas Day 2019.", "Christmas Day 2019", "2019-12-25")]
    [InlineData("The flood came at Christmas of 2019.", "Christmas of 2019", "2019-12-25")]
    [InlineData("The bridge opened on New Year's Eve last year.", "New Year's Eve last year", "2023-12-31")]
    public void AYearAfterANamedDayIsItsYear(string sentence, string text, string resolved)
    {
        var facts = Extract.From(sentence, "2024-08-20");
        Assert.Equal(resolved, Date(facts, text).Resolved);
        Assert.Single(facts.Dates);
    }

    [Theory]
    [InlineData("The law passed on the twenty-first of May 2019.", "twenty-first of May 2019", "2019-05-21")]
    [InlineData("The law passed on the thirty-first of May 2019.", "thirty-first of May 2019", "2019-05-31")]
    [InlineData("The law passed on the thirtieth of May 2019.", "thirtieth of May 2019", "2019-05-30")]
    public void DaysOfTheMonthInWords(string sentence, string text, string resolved)
    {
        var facts = Extract.From(sentence, "2024-08-20");
        Assert.Equal(resolved, Date(facts, text).Resolved);
        Assert.Single(facts.Dates);
    }

    [Fact]
    public void ACenturyInWordsKeepsItsTens()
    {
        Assert.Equal("twenty-first century", Assert.Single(Extract.From("Cities of the twenty-first century grew.").Dates).Text);
    }

    [Theory]
    [InlineData("The strike began on Labor Day.", "Labor Day")]
    [InlineData("The ferry stops at Easter.", "Easter")]
    [InlineData("Crowds gathered on Independence Day.", "Independence Day")]
    [InlineData("The fast ends at Eid al-Fitr.", "Eid al-Fitr")]
    public void NamedDaysThatMoveHaveNoCalendarValue(string sentence, string text)
    {
        Assert.Null(Date(Extract.From(sentence, "2024-08-20"), text).Resolved);
    }

    [Theory]
    [InlineData("The ship sailed to Christmas Island.")]
    [InlineData("Statues stand on Easter Island.")]
    public void PlacesNamedAfterDaysAreNotDates(string sentence)
    {
        Assert.DoesNotContain(Extract.From(sentence).Dates, d => d.Text is "Christmas" or "Easter");
    }
}
