using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.People;

/// <summary>"the cleric, Fazlan,", "a fan called Nadia": one name apposed to a noun of a person is that person, the noun
/// the role.</summary>
public class ApposedSingleNameTests
{
    [Theory]
    [InlineData("Troops raided the house of the cleric, Fazlan, and found rifles.", "Fazlan", "cleric")]
    [InlineData("\"Stay strong,\" wrote another fan, Nadira, from her home in Lisbon.", "Nadira", "fan")]
    [InlineData("\"Get well soon,\" tweeted a young fan called Nadira.", "Nadira", "fan")]
    public void TheNameIsAPersonWithTheNounAsRole(string text, string name, string role)
    {
        Assert.Equal(role, Extract.Person(Extract.From(text), name).Role);
    }

    [Fact]
    public void APlainWordForAPersonGivesNoRole()
    {
        Assert.Null(Extract.Person(Extract.From("The man, Orrvik, was held overnight."), "Orrvik").Role);
    }

    [Theory]
    [InlineData("They reached a village called Brennholt on Monday.", "Brennholt")]
    [InlineData("The company, Velmco, said it would pay.", "Velmco")]
    public void NoPersonWithoutANounOfAPerson(string text, string name)
    {
        Assert.DoesNotContain(name, Extract.PeopleNames(Extract.From(text)));
    }

    [Theory]
    [InlineData("The new owner, Velmco, plans cuts at the plant.", "Velmco")]
    [InlineData("The buyer, Zorvex, agreed to pay more.", "Zorvex")]
    [InlineData("The winner, Velmora, will face Brazil next week.", "Velmora")]
    public void ANounABodyFillsMakesNoPerson(string text, string name)
    {
        var facts = Extract.From(text);
        Assert.DoesNotContain(name, Extract.PeopleNames(facts));
        Assert.Empty(facts.People);
    }

    [Fact]
    public void TheWinnersTeamIsNoPersonButTheRivalCountryIsAPlace()
    {
        var facts = Extract.From("The winner, Velmora, will face Brazil next week.");
        Assert.Empty(facts.People);
        Assert.Equal(new[] { "Brazil" }, Extract.PlaceNames(facts));
    }
}
