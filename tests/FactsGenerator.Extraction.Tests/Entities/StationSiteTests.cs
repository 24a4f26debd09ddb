namespace FactsGenerator.Extraction.Tests.Entities;

public class StationSiteTests
{
    [Theory]
    [InlineData("The train left Orrin Junction railway station at noon.", "Orrin Junction railway station", "Orrin Junction")]
    [InlineData("He was taken to the Kestrelby police station for questioning.", "Kestrelby police station", "Kestrelby")]
    public void NameBeforeAKindOfStationNamesTheBuilding(string sentence, string station, string bare)
    {
        var facts = Extract.From(sentence);
        var place = Assert.Single(facts.Places, p => p.Name == station);
        Assert.Contains(bare, place.Aliases);
    }

    [Fact]
    public void KnownCityBeforeAStationStaysTheCity()
    {
        var names = Extract.PlaceNames(Extract.From("Crowds filled the Lisbon railway station on Friday."));
        Assert.Contains("Lisbon", names);
        Assert.DoesNotContain("Lisbon railway station", names);
    }
}
