using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.People;

/// <summary>"The Head of the Velm Disaster Agency (VDA), X,": a capitalised office no title list holds, opening a run of
/// capitals before "of" and set off before an apposed name, is the office of the body after "of".</summary>
public class ApposedHeadOfBodyTests
{
    [Theory]
    [InlineData("The Head of the Velm Disaster Agency (VDA), Ana Ruiz, told reporters the toll rose.", "Velm Disaster Agency")]
    [InlineData("Ten were hurt, the Head of the Velm Rights Trust, Ana Ruiz, said.", "Velm Rights Trust")]
    public void TheHeadOfTheBodyIsTheApposedPersonsOffice(string text, string body)
    {
        var person = Extract.Person(Extract.From(text), "Ana Ruiz");
        Assert.Equal("head", person.Role);
        Assert.Equal(body, person.Affiliation);
    }

    [Fact]
    public void ABodyOpeningTheRunIsNoOffice()
    {
        // "Bank" is no office: the run names the bank, and the speaker gets no role from it.
        var facts = Extract.From("The Bank of Velmoria, Ana Ruiz said, cut rates.");
        Assert.Null(Extract.Person(facts, "Ana Ruiz").Role);
        Assert.Contains("Bank of Velmoria", Extract.OrganizationNames(facts));
    }

    [Fact]
    public void WithNoApposedNameTheRunGivesNoPerson()
    {
        Assert.Empty(Extract.From("He met the Head of the Velm Rights Trust on Monday.").People);
    }
}
