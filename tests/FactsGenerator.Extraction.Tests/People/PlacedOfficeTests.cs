using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.People;

/// <summary>"A nurse at a nearby clinic, X, said": an office before an apposed name, placed by a phrase of where
/// before the comma, is the person's role; so is one "of" a body named with its owner's possessive.</summary>
public class PlacedOfficeTests
{
    [Theory]
    [InlineData("A spokesman at the ministry, Ravi Menon, declined to comment.", "Ravi Menon", "spokesman")]
    [InlineData("A security guard in a nearby hotel, Ravi Menon, said he heard the blast.", "Ravi Menon", "security guard")]
    [InlineData("The Commissioner of Police in Tarsk State, Lena Okafor, has praised the officers.", "Lena Okafor", "commissioner of police")]
    public void AnOfficePlacedBeforeTheCommaIsTheRole(string text, string name, string role)
    {
        Assert.Equal(role, Extract.Person(Extract.From(text), name).Role);
    }

    [Fact]
    public void TheNamedPlaceIsTheAffiliation()
    {
        var person = Extract.Person(Extract.From("A doctor at the Velm General Hospital, Dana Fell, said two people died."), "Dana Fell");
        Assert.Equal("doctor", person.Role);
        Assert.Equal("Velm General Hospital", person.Affiliation);
    }

    [Fact]
    public void ABodyNamedWithItsOwnersPossessiveOwnsTheOffice()
    {
        var person = Extract.Person(Extract.From("\"It is late,\" said the chief of Orvane's Water Board, Farid Osman."), "Farid Osman");
        Assert.Equal("chief", person.Role);
        Assert.Equal("Water Board", person.Affiliation);
    }

    [Theory]
    // The name opens a reporting clause: the mayor is someone else.
    [InlineData("He met the mayor in the town hall, Omar Diallo said.", "Omar Diallo")]
    // A bare noun after "in" says how, not where.
    [InlineData("The first citizen in space, Omar Diallo, spoke to the crowd.", "Omar Diallo")]
    public void NoRoleWithoutAnApposedPlacedOffice(string text, string name)
    {
        Assert.Null(Extract.Person(Extract.From(text), name).Role);
    }

    [Fact]
    public void ACityAnOfficeIsOnlyLocatedInIsNoAffiliation()
    {
        var person = Extract.Person(Extract.From("A reporter in London, Jo Kim, said the mood was tense."), "Jo Kim");
        Assert.Equal("reporter", person.Role);
        Assert.Null(person.Affiliation);
    }
}
