using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Places;

// A place's name before a lower-case "time" right after a time of day ("at 7:09 a.m. Tarsk time", "Thursday morning
// Velm time") names the clock's time zone, not a place of the story; the same place named elsewhere stays a place.
public class ZoneTimeAfterClockTests
{
    [Theory]
    [InlineData("The leaders met at 7:09 a.m. Moscow time at the spaceport.", "Moscow")]
    [InlineData("The rocket lifted off at 00:31 Beijing time on Wednesday.", "Beijing")]
    [InlineData("The capsule docked on Thursday morning Moscow time above the steppe.", "Moscow")]
    public void AZoneAfterAClockNamesNoPlace(string sentence, string zone)
    {
        var facts = Extract.From(sentence);
        Assert.DoesNotContain(zone, Extract.PlaceNames(facts));
        Assert.DoesNotContain(zone, Extract.OrganizationNames(facts));
    }

    [Fact]
    public void ThePlaceNamedElsewhereStaysAPlace()
    {
        var facts = Extract.From("The leaders met at 7:09 a.m. Moscow time. Both men later flew to Moscow for talks.");
        Assert.Contains("Moscow", Extract.PlaceNames(facts));
    }

    [Fact]
    public void APlaceBeforeTimeWithoutAClockStaysAPlace()
    {
        var facts = Extract.From("He had spent a long time in Moscow before the war.");
        Assert.Contains("Moscow", Extract.PlaceNames(facts));
    }
}
