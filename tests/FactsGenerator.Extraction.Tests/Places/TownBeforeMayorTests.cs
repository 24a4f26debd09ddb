using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Places;

public class TownBeforeMayorTests
{
    [Fact]
    public void AnUnknownWordBeforeMayorAndANameIsTheTownTheMayorServes()
    {
        var facts = Extract.From("The request came from Velmora Mayor Ana Ruiz on Monday.\n\nBoats keep landing on Velmora, she said.");
        Assert.Contains("Velmora", Extract.PlaceNames(facts));
        Assert.DoesNotContain("Velmora", Extract.OrganizationNames(facts));
        Assert.Equal("Velmora", Extract.Person(facts, "Ana Ruiz").Affiliation);
    }

    [Fact]
    public void ATownBeforeLordMayorIsAPlace()
    {
        Assert.Contains("Tarskby", Extract.PlaceNames(Extract.From("Tarskby Lord Mayor Ana Ruiz said the hall would close.")));
    }

    [Fact]
    public void ABodyBeforeMayorIsNoTown()
    {
        var facts = Extract.From("Velm Council Mayor Ana Ruiz said the hall would close.");
        Assert.DoesNotContain("Velm Council", Extract.PlaceNames(facts));
    }

    [Fact]
    public void AnOrdinaryWordOpeningTheSentenceBeforeMayorIsNoTown()
    {
        Assert.DoesNotContain("Embattled", Extract.PlaceNames(Extract.From("The council met on Monday.\n\nEmbattled Mayor Ana Ruiz said she would stay.")));
    }
}
