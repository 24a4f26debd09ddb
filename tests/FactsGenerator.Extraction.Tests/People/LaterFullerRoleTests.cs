using FactsGenerator.Extraction.Entities;
using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.People;

/// <summary>A later mention that names the same office more closely replaces the lead's shortened one.</summary>
public class LaterFullerRoleTests
{
    [Fact]
    public void ALaterFullerOfficeReplacesTheShortOne()
    {
        var facts = Extract.From("The court fined former minister Arvid Tennant for fraud.\n\nTennant, a former Energy Minister, was first charged in 2015.");
        Assert.Equal("former energy minister", Extract.Person(facts, "Arvid Tennant").Role);
    }

    [Fact]
    public void ADifferentOfficeLaterStaysSecond()
    {
        var facts = Extract.From("The court fined senator Arvid Tennant for fraud.\n\nTennant, a former party treasurer, was first charged in 2015.");
        Assert.Equal("senator", Extract.Person(facts, "Arvid Tennant").Role);
    }

    [Fact]
    public void WordsOfTimeAreNoCloserOffice()
    {
        var facts = Extract.From("President Arvid Tennant opened the bridge.\n\nTennant, the third president to visit the town, spoke briefly.");
        Assert.Equal("president", Extract.Person(facts, "Arvid Tennant").Role);
    }

    [Theory]
    [InlineData("former home minister", "former minister", true)]
    [InlineData("younger brother", "brother", true)]
    [InlineData("future president", "president", false)]
    [InlineData("former president", "president", false)]
    [InlineData("vice president", "president", true)]
    [InlineData("party treasurer", "senator", false)]
    public void RefinesComparesHeadsAndWords(string fuller, string held, bool refines)
    {
        Assert.Equal(refines, RoleRefinements.Refines(fuller, held));
    }
}
