using System.Linq;
using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Dates;

public class DateTests
{
    private static DateFact Date(DocumentFacts facts, string text) => Assert.Single(facts.Dates, d => d.Text == text);

    [Theory]
    [InlineData("The ferry sank on Monday.", "Monday", "2024-03-11")]
    [InlineData("The ferry sank on Thursday.", "Thursday", "2024-03-14")]
    [InlineData("The ministers will meet on Monday.", "Monday", "2024-03-18")]
    [InlineData("Voting opens next Tuesday.", "next Tuesday", "2024-03-19")]
    [InlineData("The ferry sank yesterday.", "yesterday", "2024-03-13")]
    public void WeekdaysResolveAgainstThePublicationDate(string sentence, string text, string resolved)
    {
        // 2024-03-14 is a Thursday.
        Assert.Equal(resolved, Date(Extract.From(sentence, "2024-03-14"), text).Resolved);
    }

    [Theory]
    [InlineData("The mill closed in June of this year.", "June of this year", "2024-06")]
    [InlineData("The mill closed in March of last year.", "March of last year", "2023-03")]
    [InlineData("The mill will reopen in May of next year.", "May of next year", "2025-05")]
    public void AMonthOfARelativeYearResolvesAgainstPublication(string sentence, string text, string resolved)
    {
        // Published in August: "June of this year" is June of the publication year, never the year before.
        Assert.Equal(resolved, Date(Extract.From(sentence, "2024-08-20"), text).Resolved);
    }

    [Theory]
    [InlineData("The band was famous in the seventies.", "seventies")]
    [InlineData("Rents rose in the late eighties.", "late eighties")]
    [InlineData("The chapel dates from the 13th century.", "13th century")]
    [InlineData("The tower was added in the nineteenth century.", "nineteenth century")]
    [InlineData("It is a 21st-century problem.", "21st-century")]
    public void DecadesInWordsAndCenturiesAreDatesWithoutACalendarValue(string sentence, string text)
    {
        Assert.Null(Date(Extract.From(sentence, "2024-08-20"), text).Resolved);
    }

    [Theory]
    [InlineData("She is in her seventies.")]
    [InlineData("The first time the bridge closed, nobody complained.")]
    public void AgesInWordsAndOrdinalsAreNotDates(string sentence)
    {
        Assert.Empty(Extract.From(sentence, "2024-08-20").Dates);
    }

    [Fact]
    public void WeekdaysWithoutAPublicationDateStayUnresolved()
    {
        Assert.Null(Date(Extract.From("The ferry sank on Monday."), "Monday").Resolved);
    }

    [Theory]
    [InlineData("The dam opened on 21 September 2023.", "21 September 2023", "2023-09-21")]
    [InlineData("The dam opened on September 21, 2023.", "September 21, 2023", "2023-09-21")]
    [InlineData("The assault in August 2018 was deadlier.", "August 2018", "2018-08")]
    [InlineData("The war ended in 1994.", "1994", "1994")]
    [InlineData("The injuries were found on May 25 after a search.", "May 25", "2024-05-25")]
    [InlineData("The group started in the 1970s.", "1970s", null)]
    [InlineData("He plans to leave by the end of January.", "end of January", "2025-01")]
    public void CalendarDatesYearsAndDecades(string sentence, string text, string? resolved)
    {
        Assert.Equal(resolved, Date(Extract.From(sentence, "2024-12-16"), text).Resolved);
    }

    [Theory]
    [InlineData("Exports fell last year.", "last year", "2023")]
    [InlineData("Prices rose this month.", "this month", "2024-03")]
    [InlineData("Talks resume next week.", "next week", null)]
    [InlineData("The deadline is Oct. 31, 2024.", "Oct. 31, 2024", "2024-10-31")]
    public void RelativePeriodsAndAbbreviatedMonths(string sentence, string text, string? resolved)
    {
        Assert.Equal(resolved, Date(Extract.From(sentence, "2024-03-14"), text).Resolved);
    }

    [Fact]
    public void AboutDoesNotGlueWordsAcrossSkippedSymbols()
    {
        var facts = Extract.From("On Monday the minister said he had 'no regrets' about the deal.");
        Assert.Equal("the minister said he had no regrets about the deal", Date(facts, "Monday").About);
    }

    [Fact]
    public void APartOfTheDayStaysWithTheWeekday()
    {
        var facts = Extract.From("Protesters had gathered on Wednesday evening outside parliament.", "2024-03-14");
        Assert.Equal("2024-03-13", Date(facts, "Wednesday evening").Resolved);
    }

    [Fact]
    public void ThePossessiveWeekdayIsADate()
    {
        var facts = Extract.From("Thursday's talks ended without a statement.");
        Assert.Contains("talks ended", Date(facts, "Thursday").About);
    }

    [Theory]
    [InlineData("Over 1,500 people were evacuated.")]
    [InlineData("Smoke arrived at 1800 UTC.")]
    [InlineData("The repair cost $2000 in total.")]
    [InlineData("Officials counted 1200 ballots by hand.")]
    public void QuantitiesAreNotDates(string sentence)
    {
        Assert.Empty(Extract.From(sentence).Dates);
    }

    [Theory]
    [InlineData("Members of Teamsters Local 1187 voted to strike, said Ana Ruiz, the branch's president.")]
    [InlineData("Passengers on Flight 1932 were delayed for hours.")]
    [InlineData("Pickets gathered outside Gate 1406 of the plant.")]
    [InlineData("The crash closed Expressway 1960 near Velsko for six hours.")]
    public void ANumberEndingANameIsNoYear(string sentence)
    {
        Assert.DoesNotContain(Extract.From(sentence).Dates, d => d.Text.Length == 4 && char.IsDigit(d.Text[0]));
    }

    [Fact]
    public void AYearAfterALowerCaseWordStaysAYear()
    {
        Assert.Contains(Extract.From("The plant's local 1998 agreement expired.").Dates, d => d.Text == "1998");
    }

    [Fact]
    public void MayAsAVerbIsNotAMonth()
    {
        Assert.Empty(Extract.From("\"May God protect them,\" the priest said.").Dates);
        Assert.Single(Extract.From("The vote was held in May.").Dates);
    }

    [Fact]
    public void AShortMonthBeforeANameIsAGivenName()
    {
        Assert.Empty(Extract.From("Goalkeeper Jan Olde saved a penalty in the second half.").Dates);
        Assert.Empty(Extract.From("The winner was Dec Harlow, a jockey from Velsko.").Dates);
        Assert.Single(Extract.From("The talks have stalled since Jan.").Dates);
        Assert.Single(Extract.From("The talks resume on Jan 12 in Velsko.").Dates);
    }

    [Fact]
    public void AboutSaysWhatHappened()
    {
        var facts = Extract.From("The separatist war ended in 1994, but fighting resumed later.");
        Assert.Equal("The separatist war ended", Date(facts, "1994").About);
    }

    [Fact]
    public void ADatelineGivesThePublicationDate()
    {
        var facts = FactExtractor.Extract("Bridge reopens\n\nOSLO, March 4, 2024 - The bridge reopened on Monday after repairs.");
        Assert.Equal("2024-03-04", facts.Published);
        Assert.Equal("2024-03-04", Date(facts, "Monday").Resolved);
        Assert.Equal("The bridge reopened after repairs", Date(facts, "Monday").About);
        var reported = Date(facts, "March 4, 2024");
        Assert.Equal(("2024-03-04", "date of the report"), (reported.Resolved, reported.About));
    }

    [Fact]
    public void AWeekdayDatelineIsOneTimelineEntry()
    {
        var facts = FactExtractor.Extract("Bridge reopens\n\nTuesday, March 5, 2024\n\nThe bridge reopened on Monday after repairs.");

        Assert.Equal("2024-03-05", Date(facts, "Tuesday, March 5, 2024").Resolved);
        Assert.DoesNotContain(facts.Dates, d => d.Text == "Tuesday");
        Assert.Equal("2024-03-04", Date(facts, "Monday").Resolved);
    }

    [Fact]
    public void TheHeadlineIsPartOfTheTimeline()
    {
        var facts = FactExtractor.Extract("Party wins majority in 2019 election\n\nThe count ended on Friday.");
        Assert.Contains(facts.Dates, d => d.Text == "2019");
    }

    [Fact]
    public void DatesKeepDocumentOrderAndEvidence()
    {
        var facts = Extract.From("The siege began in 2015. It ended on 3 May 2017.");
        Assert.Equal(new[] { "2015", "3 May 2017" }, facts.Dates.Select(d => d.Text).ToArray());
        Assert.Equal("It ended on 3 May 2017.", facts.Dates[1].Evidence.Sentence);
    }
}
