namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>
/// "the communications director for the Harlow campaign, X": an office of a body known by the person it serves (a
/// name and "campaign", "administration", "family") gives the office, and the body as affiliation.
/// </summary>
public class RoleBodyAfterSomeoneTests
{
    private static (string? Role, string? Affiliation) RoleOf(string text, string name)
    {
        var person = Assert.Single(Extract.From(text).People, p => p.Name == name);
        return (person.Role, person.Affiliation);
    }

    [Theory]
    [InlineData("On Monday, the communications director for the Harlow campaign, Tim Berrow, declared victory.", "communications director", "Harlow campaign")]
    [InlineData("Later the press secretary of the Ventura administration, Tim Berrow, said no.", "press secretary", "Ventura administration")]
    public void TheBodyAfterOfIsTheAffiliation(string text, string role, string affiliation)
    {
        Assert.Equal((role, affiliation), RoleOf(text, "Tim Berrow"));
    }

    [Fact]
    public void AnotherCommonNounAfterTheNameIsNoBody()
    {
        Assert.Null(RoleOf("On Monday, the fans of the Harlow song, Tim Berrow among them, sang.", "Tim Berrow").Role);
    }
}
