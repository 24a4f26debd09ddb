using FactsGenerator.Extraction.Gazetteer;
using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Gazetteer;

/// <summary>
/// English names of cities the GeoNames list writes otherwise: the former or older spellings news still prints ("Kiev",
/// "Bombay"), English names the data sets lack ("Ghent"), and the English names of cities of 50,000 to 300,000 people
/// where SimpleMaps renames a GeoNames city ("Bruges" for "Brugge"). Names that are also a person, a virus, a club or a
/// word stay out.
/// </summary>
public class EnglishCityNameTests
{
    [Theory]
    [InlineData("Kiev", "Ukraine")]
    [InlineData("Kharkov", "Ukraine")]
    [InlineData("Bombay", "India")]
    [InlineData("Calcutta", "India")]
    [InlineData("Madras", "India")]
    [InlineData("Saigon", "Vietnam")]
    [InlineData("Peking", "China")]
    [InlineData("Geneva", "Switzerland")]
    [InlineData("Ghent", "Belgium")]
    [InlineData("Fallujah", "Iraq")]
    [InlineData("Hodeidah", "Yemen")]
    public void AnOlderOrEnglishNameOfACityIsTheCityOfItsCountryToday(string name, string country)
    {
        Assert.True(PlaceGazetteer.Instance.TryFind(name, out var city));
        Assert.Equal(PlaceKind.City, city.Kind);
        Assert.Equal(country, city.Country);
    }

    [Theory]
    [InlineData("Bruges", "Belgium")]
    [InlineData("Aarhus", "Denmark")]
    [InlineData("Kramatorsk", "Ukraine")]
    [InlineData("Klagenfurt", "Austria")]
    public void TheEnglishNameOfAMidSizedCityRenamesTheGeoNamesCity(string name, string country)
    {
        Assert.True(PlaceGazetteer.Instance.TryFind(name, out var city));
        Assert.Equal(PlaceKind.City, city.Kind);
        Assert.Equal(country, city.Country);
    }

    [Theory]
    [InlineData("Engels")]
    [InlineData("Marburg")]
    [InlineData("Fulham")]
    [InlineData("Petrel")]
    [InlineData("Toda")]
    public void ANameThatIsAPersonAVirusAClubOrAWordIsNoCityOfTheList(string name)
    {
        Assert.False(PlaceGazetteer.Instance.TryFind(name, out _));
    }

    [Fact]
    public void CantonStaysTheAmericanCityAndIsNoFormerNameOfGuangzhou()
    {
        Assert.True(PlaceGazetteer.Instance.TryFind("Canton", out var city));
        Assert.Equal("United States", city.Country);
    }

    [Fact]
    public void AFormerCityNameInProseIsAPlace()
    {
        var facts = Extract.From("Relief convoys left Kiev on Monday, and a second group reached Saigon a week later.");
        Assert.Contains("Kiev", Extract.PlaceNames(facts));
        Assert.Contains("Saigon", Extract.PlaceNames(facts));
    }

    [Fact]
    public void AFamilyNameOrAVirusNamedLikeATownIsNoPlace()
    {
        var facts = Extract.From("The seminar on Engels drew forty students, and health officials tracked Marburg cases in two clinics.");
        Assert.DoesNotContain("Engels", Extract.PlaceNames(facts));
        Assert.DoesNotContain("Marburg", Extract.PlaceNames(facts));
    }
}
