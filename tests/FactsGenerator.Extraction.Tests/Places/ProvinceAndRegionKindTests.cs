using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Places;

public class ProvinceAndRegionKindTests
{
    [Fact]
    public void AnUnknownProvinceKeepsItsKindAndTheBareNameIsAnAlias()
    {
        var facts = Extract.From("He took bribes while he was governor of Velmoufa province, north of Cairo. Velmoufa is a farming area.");
        var province = Assert.Single(facts.Places, p => p.Name == "Velmoufa province");
        Assert.Contains("Velmoufa", province.Aliases);
    }

    [Fact]
    public void AKnownRegionOfACountryKeepsItsKindToo()
    {
        var facts = Extract.From("The helicopter crashed in the southern Omvale region of the country on Wednesday.");
        var region = Assert.Single(facts.Places, p => p.Name == "Omvale region");
        Assert.Contains("Omvale", region.Aliases);
    }

    [Fact]
    public void AWorldRegionIsNamedWithoutTheKind()
    {
        var facts = Extract.From("Measles cases rose across the Pacific region in December.");
        Assert.Contains("Pacific", Extract.PlaceNames(facts));
        Assert.DoesNotContain("Pacific region", Extract.PlaceNames(facts));
    }

    [Fact]
    public void ACountryBeforeRegionIsNamedWithoutTheKind()
    {
        var facts = Extract.From("Storms battered the Ghana region on Friday.");
        Assert.DoesNotContain("Ghana region", Extract.PlaceNames(facts));
    }
}
