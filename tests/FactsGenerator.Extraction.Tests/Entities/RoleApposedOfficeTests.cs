namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>
/// An office in the apposition after a name outweighs a description before the name that is no office; a title
/// before the name stays.
/// </summary>
public class RoleApposedOfficeTests
{
    private static string? RoleOf(string text, string name) => Assert.Single(Extract.From(text).People, p => p.Name == name).Role;

    [Theory]
    [InlineData("The ballot lists retired farmer Tom Weller, now the Velm Party's nominee for governor.", "Tom Weller", "nominee")]
    [InlineData("The panel heard activist Ana Torres, a former mayor of Harlow, on Monday.", "Ana Torres", "former mayor")]
    public void TheApposedOfficeOutweighsTheDescription(string text, string name, string role)
    {
        Assert.Equal(role, RoleOf(text, name));
    }

    [Theory]
    [InlineData("The panel heard Senator Ana Torres, the former mayor of Harlow, on Monday.", "Ana Torres", "senator")]
    [InlineData("The study was led by chemist Ben Okafor, a lecturer at Velm College.", "Ben Okafor", "chemist")]
    public void ATitleOrAnApposedOccupationLeavesTheFirstDescription(string text, string name, string role)
    {
        Assert.Equal(role, RoleOf(text, name));
    }
}
