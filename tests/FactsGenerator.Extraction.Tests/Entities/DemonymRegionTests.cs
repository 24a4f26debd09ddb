namespace FactsGenerator.Extraction.Tests.Entities;

public class DemonymRegionTests
{
    [Fact]
    public void ADemonymThatAlsoNamesARegionIsNoPlaceBeforeANoun()
    {
        var facts = Extract.From("The Somali government announced on Monday that the talks had failed.");
        Assert.DoesNotContain("Somali", Extract.PlaceNames(facts));
    }

    [Fact]
    public void TheSameWordPlacedByItsCountryIsThePlace()
    {
        var facts = Extract.From("Fighting broke out in Somali, Ethiopia, on Monday.");
        Assert.Contains("Somali", Extract.PlaceNames(facts));
    }
}
