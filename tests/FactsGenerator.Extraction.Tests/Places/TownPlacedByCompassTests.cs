using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Places;

public class TownPlacedByCompassTests
{
    [Fact]
    public void ANameSetOffBeforeACompassWordAndOfIsAPlace()
    {
        var facts = Extract.From("The helicopter left the coast at dawn, bound for Torvelle, northwest of the capital, and vanished an hour later.");
        Assert.Contains("Torvelle", Extract.PlaceNames(facts));
    }

    [Fact]
    public void ACompassWordBeforeAKnownPlacePlacesTheNameToo()
    {
        var facts = Extract.From("The boat was drifting some 12 miles from Sabrenna, east of Tripoli, when it sank.");
        Assert.Contains("Sabrenna", Extract.PlaceNames(facts));
    }

    [Fact]
    public void ACompassWordWithoutOfPlacesNothing()
    {
        var facts = Extract.From("Crews from Harrowgate Marine, north and south, joined the search on Monday.");
        Assert.DoesNotContain("Harrowgate Marine", Extract.PlaceNames(facts));
    }
}
