using Xunit;

namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>"the X Y network/movement/faction" names a group, an organisation.</summary>
public class NamedGroupKindTests
{
    [Fact]
    public void ANameOfTwoWordsBeforeNetworkIsAGroup()
    {
        var facts = Extract.From("Police said the suspects belonged to the Kettrin Vasso network, which had planned the raid.");
        Assert.Contains("Kettrin Vasso", Extract.OrganizationNames(facts));
    }

    [Fact]
    public void ACapitalisedTheOpeningTheNameIsKept()
    {
        var facts = Extract.From("He later joined The Iron Quill faction with two other wrestlers.");
        Assert.Contains("The Iron Quill", Extract.OrganizationNames(facts));
    }

    [Fact]
    public void OneWordBeforeNetworkNamesNoGroup()
    {
        // (One word is more often what the group stands for; "the Quelling movement" is a body by the older rule for
        // "movement" alone, so "network" tests this one.)
        var facts = Extract.From("Supporters of the Quelling network marched on Sunday.");
        Assert.Empty(Extract.OrganizationNames(facts));
    }

    [Fact]
    public void ANameAfterTheWordFactionIsAGroup()
    {
        var facts = Extract.From("Fighters loyal to the rebel faction Osk Varren seized the bridge on Tuesday.");
        Assert.Contains("Osk Varren", Extract.OrganizationNames(facts));
    }
}
