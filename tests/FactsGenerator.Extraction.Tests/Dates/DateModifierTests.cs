using System.Linq;
using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Dates;

public class DateModifierTests
{
    private static DateFact Date(DocumentFacts facts, string text) => Assert.Single(facts.Dates, d => d.Text == text);

    [Theory]
    [InlineData("The mine reopened in early 2012.", "early 2012", "2012")]
    [InlineData("Output fell in late 2019 after the strike.", "late 2019", "2019")]
    [InlineData("The line should be finished by mid-2018.", "mid-2018", "2018")]
    [InlineData("The fund runs out at the end of 2017.", "end of 2017", "2017")]
    [InlineData("Sales slowed in the first half of 2016.", "first half of 2016", "2016")]
    [InlineData("The dig resumed in the summer of 2015.", "summer of 2015", "2015")]
    [InlineData("The dig resumed in summer 2015.", "summer 2015", "2015")]
    [InlineData("The ferry ran again in the first week of March.", "first week of March", "2024-03")]
    [InlineData("Snow fell in the final days of November.", "final days of November", "2023-11")]
    [InlineData("The ferry ran again in the last week of April.", "last week of April", "2024-04")]
    [InlineData("The fair was held on the last weekend of July.", "last weekend of July", "2024-07")]
    public void EdgesAndPartsBelongToTheDate(string sentence, string text, string resolved)
    {
        var facts = Extract.From(sentence, "2024-08-20");
        Assert.Equal(resolved, Date(facts, text).Resolved);
        Assert.Single(facts.Dates);
    }

    [Theory]
    [InlineData("The club folded last June.", "last June", "2024-06")]
    [InlineData("The club folded last September.", "last September", "2023-09")]
    [InlineData("The club folded this past February.", "this past February", "2024-02")]
    [InlineData("The club reopens this coming October.", "this coming October", "2024-10")]
    [InlineData("The club reopens this coming June.", "this coming June", "2025-06")]
    [InlineData("The club reopens next March.", "next March", "2025-03")]
    [InlineData("The club reopens next October.", "next October", "2024-10")]
    [InlineData("The club folded this June.", "this June", "2024-06")]
    [InlineData("The club folded in March last year.", "March last year", "2023-03")]
    [InlineData("The club folded in March this year.", "March this year", "2024-03")]
    [InlineData("The club folded late last May.", "late last May", "2024-05")]
    [InlineData("The club will reopen later in December.", "later in December", "2024-12")]
    public void AMonthAfterLastThisOrNextIsTheNearestSuchMonth(string sentence, string text, string resolved)
    {
        // Published in August 2024.
        Assert.Equal(resolved, Date(Extract.From(sentence, "2024-08-20"), text).Resolved);
    }

    [Theory]
    [InlineData("The storm hit late on Tuesday.", "late on Tuesday", "2024-03-12")]
    [InlineData("The storm hit early Tuesday.", "early Tuesday", "2024-03-12")]
    [InlineData("The match is this coming Saturday.", "this coming Saturday", "2024-03-16")]
    [InlineData("The match was this past Saturday.", "this past Saturday", "2024-03-09")]
    public void WordsBeforeAWeekdayBelongToIt(string sentence, string text, string resolved)
    {
        // 2024-03-14 is a Thursday.
        Assert.Equal(resolved, Date(Extract.From(sentence, "2024-03-14"), text).Resolved);
    }

    [Theory]
    [InlineData("Prices rose later this year.", "later this year")]
    [InlineData("The bridge had closed earlier this month.", "earlier this month")]
    public void LaterAndEarlierBelongToARelativePeriod(string sentence, string text)
    {
        Assert.Single(Extract.From(sentence, "2024-03-14").Dates, d => d.Text == text);
    }

    [Theory]
    [InlineData("The talks ran from March to the end of May 2019.", "March|end of May 2019")]
    [InlineData("The strike began on Labor Day of 2019.", "Labor Day|2019")]
    public void AModifierIsNeverTakenFromThePreviousDate(string sentence, string texts)
    {
        // ("Day of" would make a part of 2019, but "Day" is the named day's.)
        Assert.Equal(texts.Split('|'), Extract.From(sentence).Dates.Select(d => d.Text));
    }
}
