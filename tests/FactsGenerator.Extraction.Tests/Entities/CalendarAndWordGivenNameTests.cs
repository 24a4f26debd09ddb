namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>Given names that are also weekdays, month abbreviations or everyday words.</summary>
public class CalendarAndWordGivenNameTests
{
    [Theory]
    [InlineData("Senator Monday Okonjo said the vote was fair.", "Monday Okonjo")]
    [InlineData("The court declared Governor Friday Adeyemi of the Labour Party winner of the poll.", "Friday Adeyemi")]
    [InlineData("Chief Sunday Eze said the market would reopen.", "Sunday Eze")]
    public void AWeekdayAfterATitleOpensAName(string sentence, string person)
    {
        Assert.Contains(person, Extract.PeopleNames(Extract.From(sentence)));
    }

    [Fact]
    public void AWeekdayBeforeAnEverydayWordStaysADay()
    {
        var names = Extract.PeopleNames(Extract.From("President Monday Announced the plan after the vote."));
        Assert.DoesNotContain(names, n => n.StartsWith("Monday", System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Tan Jun Kai, 29, admitted two charges of forgery.", "Tan Jun Kai")]
    [InlineData("Jun Ishikawa, the coach, said the team was tired.", "Jun Ishikawa")]
    [InlineData("Goh Jun Wei, 41, was fined on Tuesday.", "Goh Jun Wei")]
    public void JunInsideANameIsAGivenName(string sentence, string person)
    {
        Assert.Contains(person, Extract.PeopleNames(Extract.From(sentence)));
    }

    [Fact]
    public void JunBeforeANumberIsNoName()
    {
        Assert.Empty(Extract.PeopleNames(Extract.From("The report was published on Jun 5, officials said.")));
    }

    [Theory]
    [InlineData("\"The river took everything,\" said Grace Wanjala.", "Grace Wanjala")]
    [InlineData("Hope Chepkoech won the steeplechase in Nairobi.", "Hope Chepkoech")]
    [InlineData("The pitch was slow, said Blessing Muzarabani.", "Blessing Muzarabani")]
    public void AWordLikeGivenNameOpensALongerName(string sentence, string person)
    {
        Assert.Contains(person, Extract.PeopleNames(Extract.From(sentence)));
    }

    [Fact]
    public void AWordLikeGivenNameBeforeABodysHeadIsNoPerson()
    {
        var facts = Extract.From("Grace Church was full on Sunday.");
        Assert.DoesNotContain("Grace Church", Extract.PeopleNames(facts));
    }
}
