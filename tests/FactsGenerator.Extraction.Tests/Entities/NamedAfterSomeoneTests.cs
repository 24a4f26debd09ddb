namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>Names that are a person's in form but name something else: a vehicle's maker and model before a kind of
/// vehicle, a site that honours someone before its kind.</summary>
public class NamedAfterSomeoneTests
{
    [Fact]
    public void AMakerAndModelBeforeAVehicleIsNoOne()
    {
        var facts = Extract.From("A white Velmo Strada van made a U-turn outside the gates before driving off.");
        Assert.Empty(facts.People);
    }

    [Fact]
    public void ATitledNameBeforeAStationIsTheStations()
    {
        var facts = Extract.From("Passengers at the Chief Tunde Bakare station said the trains were on time.");
        Assert.Empty(facts.People);
    }

    [Fact]
    public void NamesListedBeforeAPluralSiteAreTheSites()
    {
        var facts = Extract.From("Staff checked tickets at the Professor Ajo Bede, Kolawo Adeyo and Femi Tokunbo Oladipo terminals in the port.");
        Assert.Empty(facts.People);
    }

    [Fact]
    public void ANameBeforeARailwayTerminalIsAPlace()
    {
        var facts = Extract.From("Passengers boarded at Tunde Bakare railway terminal on Monday.");
        Assert.Contains("Tunde Bakare railway terminal", Extract.PlaceNames(facts));
        Assert.Empty(facts.People);
    }

    [Fact]
    public void APersonBeforeAVerbIsStillAPerson()
    {
        var facts = Extract.From("Professor Ajo Bede stationed his staff at the gates.");
        Assert.Contains("Ajo Bede", Extract.PeopleNames(facts));
    }
}
