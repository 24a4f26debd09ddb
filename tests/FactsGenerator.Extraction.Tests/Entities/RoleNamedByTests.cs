namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>"a university student named X": the noun phrase that introduces a name with "named" or "called" is the role.</summary>
public class RoleNamedByTests
{
    private static string? RoleOf(string text, string name) =>
        Assert.Single(Extract.From(text).People, p => p.Name == name).Role;

    [Theory]
    [InlineData("Last spring a nursing student named Tomas Vell opened a food bank.", "nursing student")]
    [InlineData("The stall is run by a pastry chef called Tomas Vell who came last year.", "pastry chef")]
    public void ThePhraseBeforeNamedIsTheRole(string text, string role)
    {
        Assert.Equal(role, RoleOf(text, "Tomas Vell"));
    }

    [Fact]
    public void APlainWordForAPersonGivesNoRole()
    {
        Assert.Null(RoleOf("The driver hit a woman named Tomasina Vell on the bridge.", "Tomasina Vell"));
    }
}
