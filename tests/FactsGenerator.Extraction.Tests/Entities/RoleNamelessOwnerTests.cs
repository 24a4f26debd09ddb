namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>
/// A capitalised word right before an office that turns out to name no body, place or country is a qualifier of the
/// office ("LGBT activist", "Internet entrepreneur"), and a person written there is whose office it is ("former
/// Harlow adviser"); neither is an affiliation.
/// </summary>
public class RoleNamelessOwnerTests
{
    private static (string? Role, string? Affiliation) RoleOf(string text, string name)
    {
        var person = Assert.Single(Extract.From(text).People, p => p.Name == name);
        return (person.Role, person.Affiliation);
    }

    [Theory]
    [InlineData("The vigil was organised by LGBT activist Noor Halvey in May.", "Noor Halvey", "lgbt activist")]
    [InlineData("A panel heard from Internet entrepreneur Oskar Lindqvist on Tuesday.", "Oskar Lindqvist", "internet entrepreneur")]
    public void AWordNamingNothingQualifiesTheOffice(string text, string name, string role)
    {
        Assert.Equal((role, (string?)null), RoleOf(text, name));
    }

    [Fact]
    public void APersonOfTheDocumentBeforeTheOfficeIsWhoseOfficeItIs()
    {
        var text = "Marta Kessel opened the rally. Later, former Kessel adviser Ivo Brandt said no.";
        Assert.Equal(("former kessel adviser", (string?)null), RoleOf(text, "Ivo Brandt"));
    }

    [Theory]
    [InlineData("Reuters reporter Mara Quill wrote the story.", "Mara Quill", "reporter", "Reuters")]
    [InlineData("Republican committee member Jim Blake voted no.", "Jim Blake", "committee member", "Republican")]
    [InlineData("Velmora Holdings posted a loss. Velmora chief executive Ana Ruiz said sales fell.", "Ana Ruiz", "chief executive", "Velmora")]
    [InlineData("Brackwell chief financial officer Tom Hale resigned on Friday.", "Tom Hale", "chief financial officer", "Brackwell")]
    public void ABodyOrPartyBeforeTheOfficeStaysTheAffiliation(string text, string name, string role, string affiliation)
    {
        Assert.Equal((role, affiliation), RoleOf(text, name));
    }
}
