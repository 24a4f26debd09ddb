using System.Linq;
using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Dates;

/// <summary>Two calendar dates that bound one period are one date; a change of date or a list stays two.</summary>
public class DateRangeTests
{
    private static DateFact Date(DocumentFacts facts, string text) => Assert.Single(facts.Dates, d => d.Text == text);

    [Theory]
    [InlineData("The choir will tour Norway from December 12 to January 5.", "December 12 to January 5", "2024-12-12/2025-01-05")]
    [InlineData("Elections will be held between January and April 2025.", "January and April 2025", "2025-01/2025-04")]
    [InlineData("The envoy stayed abroad during the strikes in late March and April.", "late March and April", null)]
    [InlineData("The festival ran from 3 March to 9 April 2023.", "3 March to 9 April 2023", "2023-03-03/2023-04-09")]
    [InlineData("Roadworks run from November 2024 through February 2025.", "November 2024 through February 2025", "2024-11/2025-02")]
    public void TwoDatesBoundingAPeriodAreOneDate(string sentence, string text, string? resolved)
    {
        var facts = Extract.From(sentence, "2024-11-20");
        var date = Date(facts, text);
        if (resolved is not null)
        {
            Assert.Equal(resolved, date.Resolved);
        }

        Assert.Single(facts.Dates);
    }

    [Theory]
    [InlineData("The vote was postponed from May 5 to June 2.", "May 5|June 2")]
    [InlineData("Floods hit the valley in January and April 2019.", "January|April 2019")]
    [InlineData("The match moved from 12 March to 19 March.", "12 March|19 March")]
    public void DatesOfAChangeOrAListStaySeparate(string sentence, string texts)
    {
        Assert.Equal(texts.Split('|'), Extract.From(sentence).Dates.Select(d => d.Text));
    }

    [Theory]
    [InlineData("The budget for FY2018-19 was passed.", "FY2018-19", "2018/2019")]
    [InlineData("Revenue in FY2023 rose sharply.", "FY2023", "2023")]
    public void AFiscalYearIsItsYear(string sentence, string text, string resolved)
    {
        Assert.Equal(resolved, Date(Extract.From(sentence), text).Resolved);
    }
}
