using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.People;

/// <summary>"Jordan Vell said", "Israel Okafor, 21,": a country that is also a given name opens a person's name when the
/// text cues a person beside the run or the family name is a known one; bodies and places named after the country
/// ("Kenya Airways", "Jordan Valley", "Georgia Power") and a country after "of" stay what they were.</summary>
public class CountryGivenNameTests
{
    [Theory]
    [InlineData("Jordan Pellow said the bridge at Tarnby was closed after the storm.", "Jordan Pellow")]
    [InlineData("Israel Mensah, 21, was arrested outside the market on Tuesday.", "Israel Mensah")]
    [InlineData("Chad Morgan told reporters that the harvest had failed.", "Chad Morgan")]
    [InlineData("The club's goalkeeper Georgia Vellacott saved two penalties.", "Georgia Vellacott")]
    public void ACountryThatIsAGivenNameOpensAPersonsName(string text, string name)
    {
        var facts = Extract.From(text);
        Extract.Person(facts, name);
        Assert.DoesNotContain(name.Split(' ')[0], Extract.PlaceNames(facts));
    }

    [Fact]
    public void AnUnknownFamilyNameListedWithAPersonMakesAPerson()
    {
        var facts = Extract.From("Police identified the victims as Israel Tervaghe and Solomon Adeyemi.");
        Extract.Person(facts, "Israel Tervaghe");
        Assert.DoesNotContain("Israel", Extract.PlaceNames(facts));
    }

    [Theory]
    [InlineData("The Kenya Kwanza coalition won the vote in March.")]
    [InlineData("He flew to Georgia Tbilisi last year and stayed a week.")]
    [InlineData("Kenya Airways cancelled six flights to Lagos on Monday.")]
    [InlineData("Georgia Power said the outage would last two days.")]
    [InlineData("Farmers in the Jordan Valley said the river had dried up.")]
    [InlineData("Troops of the Israel Defense Forces moved north on Sunday.")]
    public void BodiesAndPlacesNamedAfterTheCountryAreNoPeople(string text)
    {
        Assert.Empty(Extract.From(text).People);
    }

    [Fact]
    public void ACountryAfterOfIsWhereTheOfficeServes()
    {
        var facts = Extract.From("The Prime Minister of India Narendra Modi spoke to the crowd.");
        Assert.DoesNotContain("India Narendra Modi", Extract.PeopleNames(facts));
        Assert.Contains("India", Extract.PlaceNames(facts));
    }
}
