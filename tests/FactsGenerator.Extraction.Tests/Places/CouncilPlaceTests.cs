using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Places;

public class CouncilPlaceTests
{
    [Fact]
    public void TheTownOfACityCouncilIsAPlace()
    {
        var facts = Extract.From("The Brennholt City Council has approved a budget of $3 million for next year.");
        Assert.Contains("Brennholt", Extract.PlaceNames(facts));
        Assert.Contains("Brennholt City Council", Extract.OrganizationNames(facts));
    }

    [Fact]
    public void TheCountyOfACountyCouncilIsAPlaceWithItsHead()
    {
        var facts = Extract.From("Orrin County Council Chair Ana Ruiz declared an emergency on Friday.");
        Assert.Contains("Orrin County", Extract.PlaceNames(facts));
        Assert.DoesNotContain("Orrin", Extract.PlaceNames(facts));
    }

    [Fact]
    public void APartyWordBeforeACountyCommissionNamesNoPlace()
    {
        var facts = Extract.From("The Republican County Commission met on Tuesday to discuss the vote.");
        Assert.DoesNotContain(facts.Places, p => p.Name.StartsWith("Republican", System.StringComparison.Ordinal));
    }
}
