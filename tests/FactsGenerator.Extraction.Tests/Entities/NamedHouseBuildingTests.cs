namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>One word and "House" names a building unless the document uses it as a body; after a place's name it is a
/// chamber unless the text shows a building.</summary>
public class NamedHouseBuildingTests
{
    [Fact]
    public void AHouseTheVanDroveToIsAPlace()
    {
        var facts = Extract.From("The van drove on to the Tarrow House where it reversed into the gates.");
        Assert.Contains("Tarrow House", Extract.PlaceNames(facts));
        Assert.DoesNotContain("Tarrow House", Extract.OrganizationNames(facts));
    }

    [Fact]
    public void AHouseThatSpeaksIsABody()
    {
        var facts = Extract.From("Brennock House said the vote was unfair.");
        Assert.Contains("Brennock House", Extract.OrganizationNames(facts));
    }

    [Fact]
    public void APlacesHouseIsAChamberUnlessItsGatesAreNamed()
    {
        Assert.Contains("Michigan House", Extract.OrganizationNames(Extract.From("The Michigan House voted on the bill.")));
        Assert.Contains("Leinster House", Extract.PlaceNames(Extract.From("A car rammed the rear gates of Leinster House on Monday.")));
    }
}
