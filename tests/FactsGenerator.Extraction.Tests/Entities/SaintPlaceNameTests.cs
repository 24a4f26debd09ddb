namespace FactsGenerator.Extraction.Tests.Entities;

public class SaintPlaceNameTests
{
    [Theory]
    [InlineData("He flew to St. Louis yesterday.", "St. Louis")]
    [InlineData("Troops were posted in Ft. Orravel last year.", "Ft. Orravel")]
    [InlineData("Crowds gathered in St. Velm's Square on Sunday.", "St. Velm's Square")]
    [InlineData("Volunteers repainted St. Orra's Episcopal Church on Monday.", "St. Orra's Episcopal Church")]
    [InlineData("The service was held at Saint Tarsk's Cathedral yesterday.", "Saint Tarsk's Cathedral")]
    public void ANameOpenedByASaintIsReadWhole(string sentence, string place)
    {
        Assert.Contains(place, Extract.PlaceNames(Extract.From(sentence)));
    }

    [Fact]
    public void AFaithsBodyWithoutASaintStaysABody()
    {
        var facts = Extract.From("The Episcopal Church said it would rebuild.");
        Assert.DoesNotContain("Episcopal Church", Extract.PlaceNames(facts));
        Assert.Contains("Episcopal Church", Extract.OrganizationNames(facts));
    }
}

public class AreaAndZoneTests
{
    [Theory]
    [InlineData("Rents rose across the Velm Bay Area this year.", "Velm Bay Area")]
    [InlineData("Police cleared the Orra Hill Autonomous Zone in June.", "Orra Hill Autonomous Zone")]
    [InlineData("Hikers were turned back near Area 9 in September.", "Area 9")]
    public void AnAreaOrAZoneIsAPlace(string sentence, string place)
    {
        Assert.Contains(place, Extract.PlaceNames(Extract.From(sentence)));
    }

    [Fact]
    public void AnEventWordBeforeANumberedPlaceIsNoPartOfIt()
    {
        var places = Extract.PlaceNames(Extract.From("Organisers of the Storm Area 9 rally met the sheriff."));
        Assert.Contains("Area 9", places);
        Assert.DoesNotContain("Storm Area 9", places);
    }
}

public class SeaShortNameTests
{
    [Fact]
    public void ASeaNamedWithoutItsHeadIsTheSameSea()
    {
        var places = Extract.From("Boats sank in the Mediterranean Sea last year. Fishermen still work in the Mediterranean every week.").Places;
        var sea = Assert.Single(places, p => p.Name == "Mediterranean Sea");
        Assert.Contains("Mediterranean", sea.Aliases);
        Assert.DoesNotContain(places, p => p.Name == "Mediterranean");
    }
}
