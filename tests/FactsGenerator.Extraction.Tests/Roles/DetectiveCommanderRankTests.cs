using FactsGenerator.Extraction.Tests.Entities;
using Xunit;

namespace FactsGenerator.Extraction.Tests.Roles;

/// <summary>"Det. X, a spokesman for Y,", "Cmdr. X, Sector Y chief of response,": a detective's or a commander's title
/// before a name is the rank the person is addressed by and gives way to the job beside it; alone it stays, and as the
/// job beside another rank it is still the job.</summary>
public class DetectiveCommanderRankTests
{
    [Theory]
    [InlineData("\"We are still searching,\" Det. Tomas Vell, a spokesman for the Orrick Police Department, said on Friday.", "spokesman")]
    [InlineData("\"The toll will rise,\" said Cmdr. Tomas Vell, Sector Harlow chief of response.", "chief of response")]
    [InlineData("Commander Tomas Vell, a navy spokesman, said the ship had sunk.", "navy spokesman")]
    public void TheJobBesideTheTitleIsTheRole(string text, string role)
    {
        Assert.Equal(role, Extract.Person(Extract.From(text), "Tomas Vell").Role);
    }

    [Theory]
    [InlineData("Det. Tomas Vell said the car was found on Sunday.", "detective")]
    [InlineData("Cmdr. Tomas Vell, 44, said the crew was safe.", "commander")]
    [InlineData("Det. Tomas Vell, a member of the homicide unit, said the car was found.", "detective")]
    [InlineData("Commander Tomas Vell, an expert in naval warfare, said the ship had sunk.", "commander")]
    public void WithoutAJobTheTitleStays(string text, string role)
    {
        Assert.Equal(role, Extract.Person(Extract.From(text), "Tomas Vell").Role);
    }

    [Fact]
    public void ACommanderBesideARankIsStillTheJob()
    {
        var facts = Extract.From("Gen. Tomas Vell, the regional commander, said the border was closed.");
        Assert.Equal("regional commander", Extract.Person(facts, "Tomas Vell").Role);
    }
}
