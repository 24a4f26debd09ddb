namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>
/// A party's word before a legislator's title ("Labour MP") names the party, not a field of the office; before a
/// minister's title the same word is the portfolio.
/// </summary>
public class RoleLegislatorPartyTests
{
    private static string? RoleOf(string text, string name) => Assert.Single(Extract.From(text).People, p => p.Name == name).Role;

    [Theory]
    [InlineData("Labour MP Jon Harl voted against the bill on Tuesday.", "Jon Harl", "mp")]
    [InlineData("Liberal National MP Ana Torres opened the county fair.", "Ana Torres", "mp")]
    [InlineData("On the second reading Green MP (Member of Parliament) Ben Okafor abstained.", "Ben Okafor", "mp")]
    public void ThePartyIsNoPartOfALegislatorsTitle(string text, string name, string role)
    {
        Assert.Equal(role, RoleOf(text, name));
    }

    [Fact]
    public void AFieldBeforeAMinistersTitleStays()
    {
        Assert.Equal("labour minister", RoleOf("Labour Minister Ida Berg announced the new wage rules.", "Ida Berg"));
    }
}
