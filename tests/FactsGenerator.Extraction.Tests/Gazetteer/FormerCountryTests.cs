using FactsGenerator.Extraction.Gazetteer;
using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Gazetteer;

/// <summary>Countries that no longer exist (ISO 3166-3) are still places in the prose that names them.</summary>
public class FormerCountryTests
{
    [Theory]
    [InlineData("Soviet Union")]
    [InlineData("USSR")]
    [InlineData("Czechoslovakia")]
    [InlineData("Yugoslavia")]
    public void AStateThatSplitUpIsACountryOfItsOwn(string name)
    {
        Assert.True(PlaceGazetteer.Instance.TryFind(name, out var place));
        Assert.Equal(PlaceKind.Country, place.Kind);
        Assert.Equal(place.Name, place.Country);
    }

    [Theory]
    [InlineData("Upper Volta", "Burkina Faso")]
    [InlineData("Dahomey", "Benin")]
    [InlineData("New Hebrides", "Vanuatu")]
    public void ACountryThatOnlyChangedItsNameIsTheCountryItBecame(string former, string country)
    {
        Assert.True(PlaceGazetteer.Instance.TryFind(former, out var place));
        Assert.Equal(country, place.Name);
    }

    [Fact]
    public void LandThatMergedIntoACountryIsARegionOfIt()
    {
        Assert.True(PlaceGazetteer.Instance.TryFind("East Germany", out var place));
        Assert.Equal(PlaceKind.Region, place.Kind);
        Assert.Equal("Germany", place.Country);
    }

    [Fact]
    public void TheDemonymOfAFormerStateGivesItsName()
    {
        Assert.Equal("Soviet Union", PlaceGazetteer.Instance.CountryOfDemonym("Soviet"));
    }

    [Fact]
    public void AFormerStateNamedInProseIsAPlaceAndNoOrganisation()
    {
        var facts = Extract.From("The engineer Mira Dovel designed pumps for the Soviet Union's space programme in the 1960s.");
        Assert.Contains("Soviet Union", Extract.PlaceNames(facts));
        Assert.DoesNotContain("Soviet Union", Extract.OrganizationNames(facts));
    }
}
