namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>
/// Where an apposition's office starts and ends: after a common noun that owns it ("the province's water minister"),
/// after a word that opens an example ("including driver X"), and before the person whose relative it names
/// ("brother of rock drummer Y").
/// </summary>
public class RoleAppositionOwnerTests
{
    private static (string? Role, string? Affiliation) RoleOf(string text, string name)
    {
        var person = Assert.Single(Extract.From(text).People, p => p.Name == name);
        return (person.Role, person.Affiliation);
    }

    [Theory]
    [InlineData("Ivo Tansley, the province's water minister, said the fire was avoidable.", "water minister")]
    [InlineData("Ivo Tansley, the mayor's chief of staff, said the fire was avoidable.", "chief of staff")]
    [InlineData("Ivo Tansley, the family's lawyer, said the fire was avoidable.", "lawyer")]
    public void ACommonNounOwningTheOfficeIsNoPartOfIt(string text, string role)
    {
        Assert.Equal(role, RoleOf(text, "Ivo Tansley").Role);
    }

    [Theory]
    [InlineData("Twelve were hurt, including driver Ivo Tansley, on Monday.", "driver")]
    [InlineData("She thanked the nurses including head nurse Ivo Tansley in the report.", "head nurse")]
    public void AWordOpeningAnExampleEndsTheRole(string text, string role)
    {
        Assert.Equal(role, RoleOf(text, "Ivo Tansley").Role);
    }

    [Fact]
    public void ThePersonAfterOfIsWhoseRelativeTheNameIs()
    {
        const string text = "Ivo Tansley, brother of rock drummer Ben Carrow, was sentenced on Friday.";
        Assert.Equal(("brother", (string?)null), RoleOf(text, "Ivo Tansley"));
        Assert.Equal("rock drummer", RoleOf(text, "Ben Carrow").Role);
    }

    [Fact]
    public void ADayAfterTheBodyIsNoPartOfIt()
    {
        Assert.Equal(("governor", "Velmoria"), RoleOf("Ana Vell, the governor of Velmoria on Monday, signed the bill.", "Ana Vell"));
    }
}
