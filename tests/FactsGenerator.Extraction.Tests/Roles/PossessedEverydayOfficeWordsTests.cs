using FactsGenerator.Extraction.Tests.Entities;
using Xunit;

namespace FactsGenerator.Extraction.Tests.Roles;

/// <summary>"Velm's Emergency Management Commissioner, X,": capitalised everyday words between an owner's possessive and a
/// capitalised office are the office's field, as after an article; the owner is the affiliation, and a place the
/// document names elsewhere stays a place.</summary>
public class PossessedEverydayOfficeWordsTests
{
    [Theory]
    [InlineData("Authorities in Velmar urged people to leave. Velmar's Emergency Management Commissioner, Tomas Vell, announced the order.", "emergency management commissioner")]
    [InlineData("Crews in Velmar worked all night. Velmar's Water Services Manager, Tomas Vell, said supply was back.", "water services manager")]
    public void TheWordsStayInTheOffice(string text, string role)
    {
        var facts = Extract.From(text);
        var person = Extract.Person(facts, "Tomas Vell");
        Assert.Equal(role, person.Role);
        Assert.Equal("Velmar", person.Affiliation);
    }

    [Fact]
    public void APlaceNamedElsewhereStaysAPlace()
    {
        var facts = Extract.From("Authorities in Velmar urged people to leave. Velmar's Emergency Management Commissioner, Tomas Vell, announced the order.");
        Assert.Contains("Velmar", Extract.PlaceNames(facts));
        Assert.DoesNotContain("Velmar", Extract.OrganizationNames(facts));
    }

    [Fact]
    public void AnUnknownWordAfterThePossessiveIsNoField()
    {
        // "Quorvane" is no everyday word: it names something of its own, so the office is the head alone.
        var facts = Extract.From("Crews in Velmar worked all night. Velmar's Quorvane Commissioner, Tomas Vell, said supply was back.");
        Assert.Equal("commissioner", Extract.Person(facts, "Tomas Vell").Role);
    }
}
