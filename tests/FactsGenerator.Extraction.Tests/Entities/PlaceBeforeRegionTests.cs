namespace FactsGenerator.Extraction.Tests.Entities;

public class PlaceBeforeRegionTests
{
    [Fact]
    public void AKnownPlaceBeforeACompassLandformNamesTwoPlaces()
    {
        var places = Extract.PlaceNames(Extract.From("Farmers in the Queensland Western Plains waited for rain."));
        Assert.Contains("Queensland", places);
        Assert.Contains("Western Plains", places);
    }

    [Fact]
    public void AKnownPlaceBeforeACompassWordAndNoLandformIsNotSplit()
    {
        var facts = Extract.From("Fans of the Queensland Western Bulldogs cheered.");
        Assert.DoesNotContain("Western Bulldogs", Extract.PlaceNames(facts));
    }
}
