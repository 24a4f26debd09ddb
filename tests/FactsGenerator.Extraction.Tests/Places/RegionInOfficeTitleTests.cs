using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Places;

public class RegionInOfficeTitleTests
{
    [Fact]
    public void ARegionInsideAnEnvoysTitleIsNoPlace()
    {
        var facts = Extract.From("The UN's Middle East envoy, Pim Alder, landed in Cairo on Monday.");
        var places = Extract.PlaceNames(facts);
        Assert.DoesNotContain("Middle East", places);
        Assert.Contains("Cairo", places);
    }

    [Fact]
    public void TwoRegionsJoinedBeforeTheOfficeAreNoPlaces()
    {
        var facts = Extract.From("\"The arrests must stop,\" said Rina Holm, deputy Middle East and North Africa director at the rights group.");
        var places = Extract.PlaceNames(facts);
        Assert.DoesNotContain("Middle East", places);
        Assert.DoesNotContain("North Africa", places);
    }

    [Fact]
    public void ARegionalSalesUnitNamesNoPlaceAndNoPerson()
    {
        var facts = Extract.From("Demand slowed in the quarter, said Oskar Brandt, head of Asia Pacific sales at the carmaker.");
        Assert.DoesNotContain("Asia Pacific", Extract.PlaceNames(facts));
        Assert.DoesNotContain("Asia Pacific", Extract.PeopleNames(facts));
        Assert.Contains("Oskar Brandt", Extract.PeopleNames(facts));
    }

    [Fact]
    public void TheRegionNamedElsewhereIsStillAPlace()
    {
        var facts = Extract.From("Fighting spread across the Middle East last week. The UN's Middle East envoy, Pim Alder, called for calm.");
        Assert.Contains("Middle East", Extract.PlaceNames(facts));
    }

    [Fact]
    public void ARegionBeforeAnOrdinaryNounStaysAPlace()
    {
        // Only an office after the region makes it a remit: "Europe markets" are still markets in Europe.
        var facts = Extract.From("Shipping slowed after the storm, and Europe markets fell on Monday.");
        Assert.Contains("Europe", Extract.PlaceNames(facts));
    }
}
