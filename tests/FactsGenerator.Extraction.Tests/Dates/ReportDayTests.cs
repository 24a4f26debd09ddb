using System.Linq;
using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Dates;

/// <summary>
/// Words that date an event by the day or season of the report ("this morning", "last night", "over the weekend",
/// "the end of the year", "this spring") are dates of the timeline; the ones tied to a day resolve against publication.
/// </summary>
public class ReportDayTests
{
    [Theory]
    [InlineData("The bridge collapsed this morning, the mayor said.", "this morning", "2024-03-14")]
    [InlineData("Talks dragged on this afternoon without a deal.", "this afternoon", "2024-03-14")]
    [InlineData("Two shops were looted last night in the old town.", "last night", "2024-03-13")]
    [InlineData("The council met last evening to count the votes.", "last evening", "2024-03-13")]
    [InlineData("The results will be announced tonight.", "tonight", "2024-03-14")]
    public void PartsOfTheReportDayResolveAgainstPublication(string sentence, string text, string resolved)
    {
        var date = Assert.Single(Extract.From(sentence, "2024-03-14").Dates);
        Assert.Equal(text, date.Text);
        Assert.Equal(resolved, date.Resolved);
    }

    [Theory]
    [InlineData("The strike spread over the weekend to three ports.", "the weekend")]
    [InlineData("Crews will work through the weekend to clear the road.", "the weekend")]
    [InlineData("The plant is due to reopen this spring.", "this spring")]
    [InlineData("The union plans more walkouts next autumn.", "next autumn")]
    public void WeekendsAndSeasonsAreDatesWithoutACalendarValue(string sentence, string text)
    {
        var date = Assert.Single(Extract.From(sentence, "2024-03-14").Dates);
        Assert.Equal(text, date.Text);
        Assert.Null(date.Resolved);
    }

    [Theory]
    [InlineData("The line should open by the end of the year.", "end of the year", "2024")]
    [InlineData("Fares are frozen for the rest of the month.", "rest of the month", "2024-03")]
    public void APartOfTheCurrentYearOrMonthIsThatYearOrMonth(string sentence, string text, string resolved)
    {
        var date = Assert.Single(Extract.From(sentence, "2024-03-14").Dates);
        Assert.Equal(text, date.Text);
        Assert.Equal(resolved, date.Resolved);
    }

    [Fact]
    public void AYearNamedBeforeIsTheYearWhoseEndIsMeant()
    {
        var facts = Extract.From("Sales fell in 2019, and by the end of the year the plant had closed.", "2024-03-14");
        Assert.DoesNotContain(facts.Dates, d => d.Resolved == "2024");
    }

    [Fact]
    public void TheWeekendOfADateIsPartOfThatDate()
    {
        var date = Assert.Single(Extract.From("The fair opens over the weekend of June 8 in the park.", "2024-03-14").Dates);
        Assert.Equal("weekend of June 8", date.Text);
    }

    [Theory]
    [InlineData("It was the coldest night of the year for the homeless.")]
    [InlineData("The weekend edition sold out.")]
    [InlineData("She said the weekend was quiet.")]
    [InlineData("The company expects a late spring in its sales.")]
    [InlineData("The morning shift found the leak.")]
    [InlineData("He was named player of the month.")]
    [InlineData("It was the hottest day of the year in the valley.")]
    [InlineData("The union said this fall in wages could not go on.")]
    [InlineData("He has not raced since his last fall at the track.")]
    public void TheSameWordsWithoutAReportAnchorAreNoDates(string sentence)
    {
        Assert.Empty(Extract.From(sentence, "2024-03-14").Dates);
    }

    [Theory]
    [InlineData("The boat capsized at 10:21 am (1421 GMT) off the coast.", "10:21 am (1421 GMT)")]
    [InlineData("The rocket lifted off at 4:27 a.m. (2027 GMT) from the base.", "4:27 a.m. (2027 GMT)")]
    public void ATimeWithItsEquivalentInAnotherZoneIsOneDate(string sentence, string text)
    {
        Assert.Equal(text, Assert.Single(Extract.From(sentence, "2024-03-14").Dates).Text);
    }

    [Theory]
    [InlineData("The polls closed at 8 p.m. EST in the east.", "8 p.m. EST")]
    [InlineData("The race was called at 11:25am US east coast time.", "11:25am")]
    public void AZoneAfterATimeBelongsToItButACountryDoesNot(string sentence, string text)
    {
        Assert.Equal(text, Assert.Single(Extract.From(sentence, "2024-03-14").Dates).Text);
    }

    [Fact]
    public void ABracketAfterATimeThatIsNoTimeStaysOutside()
    {
        var date = Assert.Single(Extract.From("The vote closed at 9 p.m. (after a delay) in the capital.", "2024-03-14").Dates);
        Assert.Equal("9 p.m.", date.Text);
    }
}
