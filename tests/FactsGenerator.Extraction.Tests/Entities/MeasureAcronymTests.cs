namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>Prices, taxes, per-share figures and chemicals spelled out beside their acronym are no bodies.</summary>
public class MeasureAcronymTests
{
    [Fact]
    public void APriceSpelledOutBeforeItsAcronymIsNoBody()
    {
        var facts = Extract.From("Crop prices fell below the Floor Harvest Price (FHP) set by the ministry, farmers said. The FHP was last raised in May.");
        var names = Extract.OrganizationNames(facts);
        Assert.DoesNotContain("Floor Harvest Price", names);
        Assert.DoesNotContain("FHP", names);
    }

    [Fact]
    public void AChemicalSpelledOutAfterItsAcronymIsNoBody()
    {
        var facts = Extract.From("The price of TSP (Triple Superphosphate Phosphate) rose by a third, traders said.");
        Assert.DoesNotContain("TSP", Extract.OrganizationNames(facts));
    }

    [Fact]
    public void ABodySpelledOutBeforeItsAcronymStaysABody()
    {
        var facts = Extract.From("The Velm Price Commission (VPC) said on Monday that it would review the tariffs.");
        Assert.Contains("Velm Price Commission", Extract.OrganizationNames(facts));
    }
}
