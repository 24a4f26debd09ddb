namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>A place's force written with a lower-case "police" is a body; the place stays a place.</summary>
public class LowerCasePlacePoliceTests
{
    [Fact]
    public void ARegionsLowerCasePoliceThatActsIsABody()
    {
        var facts = Extract.From("The two men were arrested by Kerala police on Monday after a chase, officials said.");
        Assert.Contains("Kerala police", Extract.OrganizationNames(facts));
        Assert.Contains("Kerala", Extract.PlaceNames(facts));
    }

    [Fact]
    public void ADistrictWordMayStandBeforePolice()
    {
        var facts = Extract.From("Tarsk district police has seized 400 tablets at a checkpoint in Tarsk district, an officer said.");
        Assert.Contains("Tarsk district police", Extract.OrganizationNames(facts));
    }

    [Fact]
    public void PoliceBeforeAnOfficeOrASiteNamesNoForce()
    {
        var facts = Extract.From("Kerala police chief Ana Ruiz said two officers were hurt near Kochi police station on Monday.");
        var names = Extract.OrganizationNames(facts);
        Assert.DoesNotContain("Kerala police", names);
        Assert.DoesNotContain("Kochi police", names);
    }

    [Fact]
    public void ACountrysLowerCasePoliceIsNoNamedForce()
    {
        var facts = Extract.From("Portugal police said on Monday that they had detained 12 people.");
        Assert.DoesNotContain("Portugal police", Extract.OrganizationNames(facts));
    }
}
