namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>"Town" is never part of a person's name: a club named after its town ("Velmby Town") is no person.</summary>
public class TownClubTests
{
    [Fact]
    public void ATownsClubIsNoPerson()
    {
        var facts = Extract.From("Velmby Town beat Harlow Rovers 2-1 on Saturday.");
        Assert.DoesNotContain(facts.People, person => person.Name == "Velmby Town");
    }

    [Fact]
    public void AClubWhoseTownIsAlsoAGivenNameIsNoPersonEvenBeforeWho()
    {
        var facts = Extract.From("Carlton Town, who lost 3-1 at home on Tuesday, dropped to fifth in the table.");
        Assert.DoesNotContain(facts.People, person => person.Name == "Carlton Town");
    }

    [Fact]
    public void AKnownTownNamedWithTownStaysAPlace()
    {
        var facts = Extract.From("The summit opened in Cape Town on Monday.");
        Assert.Contains(facts.Places, place => place.Name == "Cape Town");
    }

    // The family name "Town" still ends a person's name where the text cues a person beside it.
    [Theory]
    [InlineData("Carpenter David Town received the award on Friday.", "David Town", "carpenter")]
    [InlineData("The prize went to Ellen Town, a nurse from Velm, on Friday.", "Ellen Town", "nurse")]
    [InlineData("\"We were lucky,\" said Ellen Town after the storm.", "Ellen Town", null)]
    public void TheFamilyNameTownWithAPersonCueIsAPerson(string sentence, string name, string? role)
    {
        Assert.Equal(role, Extract.Person(Extract.From(sentence), name).Role);
    }
}
