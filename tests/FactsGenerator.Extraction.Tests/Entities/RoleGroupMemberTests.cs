namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>"X, one of the curators of Y" and "One of Y's Deputy Governors, X": a member of a group named by a plural office.</summary>
public class RoleGroupMemberTests
{
    private static (string? Role, string? Affiliation) RoleOf(string text, string name)
    {
        var person = Assert.Single(Extract.From(text).People, p => p.Name == name);
        return (person.Role, person.Affiliation);
    }

    [Fact]
    public void OneOfAPluralAfterTheNameGivesItsSingular()
    {
        Assert.Equal("curator", RoleOf("Reporters reached Boris Tamm, one of the curators of the archive, on Monday.", "Boris Tamm").Role);
    }

    [Fact]
    public void OneOfAPluralTitleBeforeTheNameGivesTheOfficeAndItsOwner()
    {
        Assert.Equal(("deputy governor", "Velmoria"), RoleOf("One of Velmoria's Deputy Governors, Ana Vell, opened the new bridge.", "Ana Vell"));
    }

    [Theory]
    [InlineData("One of the party's Deputy Leaders, Ana Vell, opened the new bridge.", "deputy leader")]
    [InlineData("Reporters reached Ana Vell, one of the party's envoys, on Monday.", "envoy")]
    public void ACommonNounOwningTheGroupIsLeftOut(string text, string role)
    {
        Assert.Equal((role, (string?)null), RoleOf(text, "Ana Vell"));
    }

    [Fact]
    public void OneOfAGroupThatIsNoOfficeGivesNoRole()
    {
        Assert.Null(RoleOf("Boris Tamm, one of the first to arrive, described the scene.", "Boris Tamm").Role);
    }
}
