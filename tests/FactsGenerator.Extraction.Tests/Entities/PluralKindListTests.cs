namespace FactsGenerator.Extraction.Tests.Entities;

public class PluralKindListTests
{
    [Fact]
    public void NamesRightAfterAPluralKindOfBodyAreBodies()
    {
        var facts = Extract.From("On Monday the grocery chains Tarnwell and Brisko cut their prices by a fifth.");
        Assert.Contains("Tarnwell", Extract.OrganizationNames(facts));
        Assert.Contains("Brisko", Extract.OrganizationNames(facts));
    }

    [Fact]
    public void APluralNounOfAnotherKindMakesNoBodies()
    {
        var facts = Extract.From("On Monday the grocery workers Tarnwell and Brisko cut their prices by a fifth.");
        Assert.DoesNotContain("Tarnwell", Extract.OrganizationNames(facts));
    }
}
