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
    public void AKnownTownNamedWithTownStaysAPlace()
    {
        var facts = Extract.From("The summit opened in Cape Town on Monday.");
        Assert.Contains(facts.Places, place => place.Name == "Cape Town");
    }
}
