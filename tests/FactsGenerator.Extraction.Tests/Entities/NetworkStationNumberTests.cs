namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>A local station named by its network and channel number ("CBS 17") is one name.</summary>
public class NetworkStationNumberTests
{
    [Fact]
    public void TheChannelNumberAfterANetworkIsPartOfTheStationsName()
    {
        var facts = Extract.From("Two neighbours told FOX 8 they had heard a single shot on Monday night.");
        var names = Extract.OrganizationNames(facts);
        Assert.Contains("FOX 8", names);
        Assert.DoesNotContain("FOX", names);
    }

    [Fact]
    public void ANumberCountingAfterTheNetworkIsNoChannel()
    {
        var facts = Extract.From("On Monday, CBS said it had sold 17 stations to a rival group.");
        Assert.Contains("CBS", Extract.OrganizationNames(facts));
        Assert.DoesNotContain("CBS 17", Extract.OrganizationNames(facts));
    }

    [Fact]
    public void ANumberOpeningAShowsTitleIsNoChannel()
    {
        var facts = Extract.From("She told CBS 60 Minutes that the plan had failed.");
        Assert.DoesNotContain("CBS 60", Extract.OrganizationNames(facts));
    }
}
