using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Places;

public class MonthOpenedRunTests
{
    [Fact]
    public void AMonthAndOfAfterInOpenNoPlaceAndTheRestIsReadAlone()
    {
        var facts = Extract.From("It was the first report since the merger in November of Velmar Oil and Harlow Gas last year.");
        Assert.DoesNotContain(facts.Places, p => p.Name.StartsWith("November", System.StringComparison.Ordinal));
        Assert.DoesNotContain(facts.Organizations, o => o.Name.StartsWith("November", System.StringComparison.Ordinal));
        Assert.Contains("Velmar Oil", Extract.OrganizationNames(facts));
        Assert.Contains("Harlow Gas", Extract.OrganizationNames(facts));
    }

    [Fact]
    public void AMonthOfAfterTheStaysOneName()
    {
        var facts = Extract.From("Donors gave $2 million to the March of Dimes last year, the charity said.");
        Assert.DoesNotContain("Dimes", Extract.OrganizationNames(facts));
        Assert.DoesNotContain("Dimes", Extract.PlaceNames(facts));
        Assert.DoesNotContain("March", Extract.PlaceNames(facts));
        Assert.Contains(facts.Quantities, q => q.Value == 2_000_000m);
    }
}
