using System.IO;
using FactsGenerator.Extraction.Gazetteer;
using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Tests.Gazetteer;

public class PlaceGazetteerTests
{
    [Fact]
    public void TheEmbeddedDataLoadsCountriesRegionsAndCities()
    {
        var gazetteer = PlaceGazetteer.Instance;
        Assert.True(gazetteer.Count > 10_000);
        Assert.True(gazetteer.TryFind("Armenia", out var country));
        Assert.Equal(PlaceKind.Country, country.Kind);
        Assert.True(gazetteer.TryFind("Yerevan", out var city));
        Assert.Equal(PlaceKind.City, city.Kind);
        Assert.Equal("Armenia", city.Country);
        Assert.True(gazetteer.TryFind("Baden-Württemberg", out var region));
        Assert.Equal(PlaceKind.Region, region.Kind);
    }

    [Theory]
    [InlineData("North Pole")]
    [InlineData("South Pole")]
    public void TheEarthsPolesAreWorldRegions(string name)
    {
        Assert.True(PlaceGazetteer.Instance.TryFind(name, out var pole));
        Assert.Equal(PlaceKind.Region, pole.Kind);
    }

    [Theory]
    [InlineData("Khyber-Pakhtunkhwa", PlaceKind.Region, "Pakistan")]
    [InlineData("Tamil-Nadu", PlaceKind.Region, "India")]
    [InlineData("Uttar-Pradesh", PlaceKind.Region, "India")]
    public void AHyphenFindsThePlaceListedWithASpaceUnderTheNameAsWritten(string name, PlaceKind kind, string country)
    {
        Assert.True(PlaceGazetteer.Instance.TryFind(name, out var place));
        Assert.Equal(name, place.Name);
        Assert.Equal(kind, place.Kind);
        Assert.Equal(country, place.Country);
    }

    [Theory]
    [InlineData("Israel-Gaza")]
    [InlineData("Kano-Zaria")]
    public void AHyphenJoiningTwoPlacesFindsNoPlace(string name)
    {
        Assert.False(PlaceGazetteer.Instance.TryFind(name, out _));
    }

    [Theory]
    [InlineData("Florida")]
    [InlineData("Montana")]
    [InlineData("Virginia")]
    [InlineData("Maryland")]
    public void AUsStateSharingItsNameWithAForeignTownIsTheState(string name)
    {
        Assert.True(PlaceGazetteer.Instance.TryFind(name, out var state));
        Assert.Equal(PlaceKind.Region, state.Kind);
        Assert.Equal("United States", state.Country);
    }

    [Fact]
    public void APlanetIsNoTown()
    {
        Assert.False(PlaceGazetteer.Instance.TryFind("Jupiter", out _));
        Assert.False(PlaceGazetteer.Instance.TryFindTown("Jupiter", out _));
    }

    [Fact]
    public void AliasesAndDemonymsMapToTheCountry()
    {
        var gazetteer = PlaceGazetteer.Instance;
        Assert.True(gazetteer.TryFind("UK", out var uk));
        Assert.Equal("United Kingdom", uk.Name);
        Assert.Equal("Armenia", gazetteer.CountryOfDemonym("Armenian"));
        Assert.Equal("United Kingdom", gazetteer.CountryOfDemonym("British"));
        Assert.Null(gazetteer.CountryOfDemonym("Armenia"));
    }

    [Theory]
    [InlineData("Thessaly")]
    [InlineData("Ilocos Norte")]
    [InlineData("Alpes-Maritimes")]
    public void SubdivisionsAreKnownByTheirEnglishNames(string name)
    {
        Assert.True(PlaceGazetteer.Instance.TryFind(name, out var region));
        Assert.Equal(PlaceKind.Region, region.Kind);
    }

    [Theory]
    [InlineData("Antique")] // a province, and an English word
    [InlineData("Aurora")] // a province, and a given name
    public void SubdivisionsNamedWithAnEverydayWordOrAGivenNameAreLeftOut(string name)
    {
        Assert.False(PlaceGazetteer.Instance.TryFind(name, out _));
    }

    [Fact]
    public void LookupsFoldDiacritics()
    {
        Assert.True(PlaceGazetteer.Instance.TryFind("Sao Paulo", out var place));
        Assert.Equal("São Paulo", place.Name);
    }

    [Fact]
    public void CommonEnglishWordsAreNotPlaces()
    {
        Assert.False(PlaceGazetteer.Instance.TryFind("Reading", out _));
        Assert.False(PlaceGazetteer.Instance.TryFind("Most", out _));
    }

    [Theory]
    [InlineData("Europe")]
    [InlineData("Middle East")]
    [InlineData("Indian Ocean")]
    [InlineData("Strait of Hormuz")]
    [InlineData("Gaza Strip")]
    [InlineData("Himalayas")]
    [InlineData("Danube")]
    public void ContinentsOceansAndWorldRegionsArePlaces(string name)
    {
        Assert.True(PlaceGazetteer.Instance.TryFind(name, out var place));
        Assert.Equal(PlaceKind.Region, place.Kind);
    }

    [Fact]
    public void AWorldRegionLineNeedsNoCountry()
    {
        var gazetteer = PlaceGazetteer.Parse("W\tNorthern Wastes\t\n");
        Assert.True(gazetteer.TryFind("Northern Wastes", out var place));
        Assert.Equal(string.Empty, place.Country);
    }

    [Fact]
    public void ParsesTheLineFormat()
    {
        var gazetteer = PlaceGazetteer.Parse("# comment\nC\tVelmoria\tVM\tRepublic of Velmoria|VMR\nD\tVelmorian\tVM\nT\tOstravel\tVM\nR\tNorth Cape\tVM\n");
        Assert.True(gazetteer.TryFind("VMR", out var country));
        Assert.Equal("Velmoria", country.Name);
        Assert.Equal("Velmoria", gazetteer.CountryOfDemonym("Velmorian"));
        Assert.True(gazetteer.TryFind("Ostravel", out var city));
        Assert.Equal("Velmoria", city.Country);
        // "Republic of Velmoria", an alias, is the longest name.
        Assert.Equal(3, gazetteer.MaxNameWords);
    }

    [Fact]
    public void ATownIsFoundOnlyByItsOwnLookup()
    {
        var gazetteer = PlaceGazetteer.Parse("C\tVelmoria\tVM\t\nT\tOstravel\tVM\nV\tKelmside\tVM\nV\tOstravel\tVM\n");
        Assert.False(gazetteer.TryFind("Kelmside", out _));
        Assert.True(gazetteer.TryFindTown("Kelmside", out var town));
        Assert.Equal(PlaceKind.City, town.Kind);
        Assert.Equal("Velmoria", town.Country);
        // A name the main lookup knows is not a town as well.
        Assert.False(gazetteer.TryFindTown("Ostravel", out _));
    }

    [Fact]
    public void ATownFoundWithoutItsDiacriticsKeepsItsWrittenName()
    {
        var gazetteer = PlaceGazetteer.Parse("C\tVelmoria\tVM\t\nV\tKelmsköv\tVM\n");
        Assert.True(gazetteer.TryFindTown("Kelmskov", out var town));
        Assert.Equal("Kelmsköv", town.Name);
        Assert.Equal("Velmoria", town.Country);
    }

    [Fact]
    public void TheEmbeddedTownsLeaveOutWordsAndPersonNames()
    {
        var gazetteer = PlaceGazetteer.Instance;
        Assert.True(gazetteer.TryFindTown("Swadlincote", out var town));
        Assert.Equal("United Kingdom", town.Country);
        Assert.False(gazetteer.TryFindTown("Florence", out _));
        Assert.False(gazetteer.TryFindTown("Bridge", out _));
    }

    [Theory]
    [InlineData("Seine-Saint-Denis", "France")]
    [InlineData("Davao Oriental", "Philippines")]
    [InlineData("Vaucluse", "France")]
    public void SecondLevelSubdivisionsAreRegions(string name, string country)
    {
        Assert.True(PlaceGazetteer.Instance.TryFind(name, out var place));
        Assert.Equal(PlaceKind.Region, place.Kind);
        Assert.Equal(country, place.Country);
    }

    [Theory]
    [InlineData("Gothenburg", "Sweden")]
    [InlineData("Nuremberg", "Germany")]
    [InlineData("Bangalore", "India")]
    public void LargeCitiesAreFoundByTheirEnglishNames(string name, string country)
    {
        Assert.True(PlaceGazetteer.Instance.TryFind(name, out var city));
        Assert.Equal(PlaceKind.City, city.Kind);
        Assert.Equal(country, city.Country);
    }

    [Fact]
    public void ASubdivisionNamedLikeAPeopleIsLeftOut()
    {
        Assert.False(PlaceGazetteer.Instance.TryFind("Chechen", out _));
        Assert.False(PlaceGazetteer.Instance.TryFind("Jewish", out _));
    }

    [Fact]
    public void GivenNamesLoadAndFoldDiacritics()
    {
        Assert.True(GivenNames.Count > 5_000);
        Assert.True(GivenNames.Contains("Susan"));
        Assert.True(GivenNames.Contains("Zoë"));
        Assert.False(GivenNames.Contains("Harbour"));
    }

    [Fact]
    public void TheEmbeddedResourceStaysSmall()
    {
        using var stream = typeof(PlaceGazetteer).Assembly.GetManifestResourceStream(PlaceGazetteer.ResourceName);
        Assert.NotNull(stream);
        Assert.InRange(stream!.Length, 100_000, 600_000);
    }
}
