using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Organizations;

/// <summary>"Democrats agreed", "a revolt among Republicans": the two American parties named by their plural alone are
/// organisations, also at a sentence's start; "GOP" is the Republicans' other name.</summary>
public class BarePartyPluralTests
{
    [Theory]
    [InlineData("Democrats agreed to a higher overall increase for the navy.", "Democrats")]
    [InlineData("The tax plan was nearly killed by a revolt among Republicans on Thursday.", "Republicans")]
    [InlineData("Only nine Democrats voted against the measure.", "Democrats")]
    public void APartysPluralAloneIsTheParty(string text, string party) =>
        Assert.Contains(party, Extract.OrganizationNames(Extract.From(text)));

    [Fact]
    public void ThePluralIsAnAliasOfThePartyNamedInFull()
    {
        var facts = Extract.From("The Democratic Party chose its candidate in July. Democrats said the vote was fair.");
        var party = Assert.Single(facts.Organizations, o => o.Name == "Democratic Party");
        Assert.Contains("Democrats", party.Aliases);
    }

    [Fact]
    public void GopIsTheRepublicansOtherName()
    {
        var facts = Extract.From("Republicans won more seats in the state. GOP leaders said the result was a mandate.");
        var party = Assert.Single(facts.Organizations, o => o.Name == "Republicans");
        Assert.Contains("GOP", party.Aliases);
    }

    [Fact]
    public void APartysOwnLongerNameKeepsIt()
    {
        // "Sweden Democrats" and "Liberal Democrats" are parties of their own, not the American party.
        var names = Extract.OrganizationNames(Extract.From("The Sweden Democrats gained seats, while the Liberal Democrats lost two."));
        Assert.DoesNotContain("Democrats", names);
    }
}
