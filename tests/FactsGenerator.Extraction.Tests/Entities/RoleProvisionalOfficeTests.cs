namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>A word saying an office is not yet or not fully held ("presumptive", "acting") stays in the role.</summary>
public class RoleProvisionalOfficeTests
{
    private static (string? Role, string? Affiliation) RoleOf(string text, string name)
    {
        var person = Assert.Single(Extract.From(text).People, p => p.Name == name);
        return (person.Role, person.Affiliation);
    }

    [Theory]
    [InlineData("On Monday, presumptive Republican nominee Nora Quist spoke in the park.", "presumptive nominee")]
    [InlineData("On Monday, acting Republican governor Nora Quist spoke in the park.", "acting governor")]
    public void AProvisionalOfficeKeepsItsWordBeforeTheParty(string text, string role)
    {
        Assert.Equal((role, "Republican"), RoleOf(text, "Nora Quist"));
    }

    [Fact]
    public void AWordOfTenureBeforeThePartyIsLeftOut()
    {
        Assert.Equal(("governor", "Republican"), RoleOf("On Monday, outgoing Republican governor Nora Quist spoke in the park.", "Nora Quist"));
    }
}
