namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>"head of the Velmoria's Electoral Commission Corneille Tarsk": a body's name run into a person's whose given
/// name no list knows is split at the body's head when an office "of" the body or a title after its head says a person follows.</summary>
public class UnlistedNameAfterBodyTests
{
    [Fact]
    public void TheOfficeOfTheBodyBeforeTheRunSplitsIt()
    {
        var facts = Extract.From("The count went on, but head of the Velmoria's Electoral Commission Corneille Tarsk expressed concerns.");
        Assert.Contains(facts.Organizations, o => o.Name == "Electoral Commission");
        Assert.DoesNotContain(facts.Organizations, o => o.Name.Contains("Tarsk"));
        var person = Assert.Single(facts.People, p => p.Name == "Corneille Tarsk");
        Assert.Equal("head", person.Role);
        Assert.Equal("Electoral Commission", person.Affiliation);
    }

    [Fact]
    public void ATitleAfterTheBodysHeadSplitsIt()
    {
        var facts = Extract.From("The line will reopen on Monday, Harbour Board Chairman Corneille Tarsk said.");
        Assert.Contains(facts.Organizations, o => o.Name == "Harbour Board");
        Assert.DoesNotContain(facts.Organizations, o => o.Name.Contains("Tarsk"));
        Assert.Contains(facts.People, p => p.Name == "Corneille Tarsk");
    }

    [Fact]
    public void EnglishWordsAfterTheBodyNameNoPerson()
    {
        var facts = Extract.From("The count went on, but head of the Velmoria's Electoral Commission Regional Office expressed concerns.");
        Assert.DoesNotContain(facts.People, p => p.Name.Contains("Regional"));
    }

    [Fact]
    public void APlaceAfterTheBodyNameNoPerson()
    {
        // (A branch or a site named for a place, not an English word, is still no person.)
        var facts = Extract.From("She became head of the Port Authority Rio Grande last year.");
        Assert.Empty(facts.People);
    }
}
