namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>An office someone speaks for is held by a person, not a body.</summary>
public class SpokenForOfficeTests
{
    [Fact]
    public void ASpokesmanForThePrimeMinisterMakesNoBody()
    {
        var facts = Extract.From("A spokesman for the Prime Minister said the 14 appointments were final.");
        Assert.DoesNotContain("Prime Minister", Extract.OrganizationNames(facts));
    }

    [Fact]
    public void ASpokesmanForABodyStillMakesOne()
    {
        var facts = Extract.From("A spokesman for Brightwell said the 14 appointments were final.");
        Assert.Contains("Brightwell", Extract.OrganizationNames(facts));
    }
}
