namespace FactsGenerator.Extraction.Tests.Entities;

public class NamedAsBodyTests
{
    [Fact]
    public void ARegionNamedAfterAKindOfBodyIsThatBody()
    {
        var facts = Extract.From("The state news agency Bavaria reported the arrests on Monday.");
        Assert.Contains("Bavaria", Extract.OrganizationNames(facts));
        Assert.DoesNotContain("Bavaria", Extract.PlaceNames(facts));
    }

    [Fact]
    public void TheRegionWithoutSuchANounStaysAPlace()
    {
        var facts = Extract.From("Farmers in Bavaria protested against the new rules on Monday.");
        Assert.Contains("Bavaria", Extract.PlaceNames(facts));
    }
}
