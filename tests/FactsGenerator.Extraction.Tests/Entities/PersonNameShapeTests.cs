namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>Shapes of a person's name the word lists alone would reject: "Christian" before a middle initial, "Sheikh"
/// between a given name and a family name.</summary>
public class PersonNameShapeTests
{
    [Fact]
    public void TheFaithWordBeforeAMiddleInitialIsAGivenName()
    {
        var facts = Extract.From("The appeal was filed by Fr. Christian B. Orlaveto, co-chairperson of the task force.");
        Assert.Equal("co-chairperson", Extract.Person(facts, "Christian B. Orlaveto").Role);
    }

    [Fact]
    public void AFaithWordBeforeABodysWordsIsStillNoName()
    {
        var facts = Extract.From("The Christian Democratic Union won the vote.");
        Assert.Empty(facts.People);
    }

    [Fact]
    public void SheikhAfterAGivenNameIsAMiddleName()
    {
        var facts = Extract.From("Weeks after the newly elected president, Hassan Sheikh Odowaa, pledged war on the group, the army moved.");
        Assert.Contains("Hassan Sheikh Odowaa", Extract.PeopleNames(facts));
        Assert.DoesNotContain("Hassan", Extract.PlaceNames(facts));
    }

    [Fact]
    public void SheikhBeforeAFullNameStaysInTheName()
    {
        var facts = Extract.From("Sheikh Ahmed Odowaa led the prayers.");
        Assert.Contains("Ahmed Odowaa", Extract.Person(facts, "Sheikh Ahmed Odowaa").Aliases);
    }
}
