using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Organizations;

/// <summary>"The House voted": in a story that names the Senate or Congress, the bare "House" is the chamber.</summary>
public class BareChamberHouseTests
{
    [Fact]
    public void TheHouseBesideTheSenateIsTheChamber()
    {
        var names = Extract.OrganizationNames(Extract.From("The House voted 230-190 on the bill on Friday. The Senate passed it a day later and sent it back to the House."));
        Assert.Contains("House", names);
        Assert.Contains("Senate", names);
    }

    [Fact]
    public void TheHouseIsAnAliasOfTheHouseOfRepresentatives()
    {
        var facts = Extract.From("The House of Representatives met on Monday. The Senate is expected to vote next, after the House sends the bill over.");
        var house = Assert.Single(facts.Organizations, o => o.Name == "House of Representatives");
        Assert.Contains("House", house.Aliases);
        Assert.DoesNotContain("House", Extract.OrganizationNames(facts));
    }

    [Theory]
    [InlineData("Guests gathered at the House on the hill for the wedding on Saturday.")]
    [InlineData("The Senate met on Monday. The House Judiciary Committee met on Tuesday.")]
    public void NoChamberNamedOrAnotherBodyNamedMakesNoHouse(string text) =>
        Assert.DoesNotContain("House", Extract.OrganizationNames(Extract.From(text)));
}
