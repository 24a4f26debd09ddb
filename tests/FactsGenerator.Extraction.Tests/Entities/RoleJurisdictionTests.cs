using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>
/// The kind of jurisdiction that ends a place's name before an office ("Velm County Sheriff") is part of the office;
/// the place is the affiliation.
/// </summary>
public class RoleJurisdictionTests
{
    private static PersonFact PersonOf(string text, string name) => Extract.Person(Extract.From(text), name);

    [Theory]
    [InlineData("Orra County Sheriff Tom Belden closed the ferry lane for the night.", "Tom Belden", "county sheriff", "Orra County")]
    [InlineData("The case was dropped by Orra County Attorney Lena Marsh on Monday.", "Lena Marsh", "county attorney", "Orra County")]
    public void TheJurisdictionBelongsToTheOffice(string text, string name, string role, string affiliation)
    {
        var person = PersonOf(text, name);
        Assert.Equal(role, person.Role);
        Assert.Equal(affiliation, person.Affiliation);
    }

    [Fact]
    public void AnOfficeNamingItsOwnJurisdictionKeepsItAlone()
    {
        Assert.Equal("district attorney", PersonOf("The Velm County District Attorney Ben Okafor filed charges.", "Ben Okafor").Role);
    }

    [Fact]
    public void ABodyOfStateIsNoJurisdiction()
    {
        Assert.Equal("spokesperson", PersonOf("The Velmorian Department of State Spokesperson Ida Berg spoke on Friday.", "Ida Berg").Role);
    }
}
