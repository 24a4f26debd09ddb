using FactsGenerator.Extraction.Gazetteer;
using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Places;

// A country's spelling in another language that English prose writes as a family name, a given name or a word
// ("Mann", "Dominique", "Island") is no alias of the country in the gazetteer, so a person or a sentence's first word is
// not read as the country; the country's own names still are.
public class CountryAliasNameTests
{
    [Theory]
    [InlineData("Mann")]
    [InlineData("Dominique")]
    [InlineData("Island")]
    public void APersonsNameOrAWordIsNoCountrysAlias(string word)
    {
        Assert.False(PlaceGazetteer.Instance.TryFind(word, out _));
    }

    [Theory]
    [InlineData("Isle of Man")]
    [InlineData("Dominica")]
    [InlineData("Iceland")]
    public void TheCountriesKeepTheirNames(string name)
    {
        Assert.True(PlaceGazetteer.Instance.TryFind(name, out _));
    }

    [Fact]
    public void AFamilyNameIsNoCountry()
    {
        var facts = Extract.From("The blast injured Peter Mann of Holbrook. Mann was taken to a hospital in Tulsa.");
        Assert.DoesNotContain("Isle of Man", Extract.PlaceNames(facts));
        Assert.Contains("Peter Mann", Extract.PeopleNames(facts));
    }

    [Fact]
    public void AWordOpeningASentenceIsNoCountry()
    {
        var facts = Extract.From("Island residents said the ferry was late again on Monday.");
        Assert.DoesNotContain("Iceland", Extract.PlaceNames(facts));
    }

    [Fact]
    public void TheCountryNamedInFullIsStillAPlace()
    {
        var facts = Extract.From("The ferry from the Isle of Man to Liverpool was cancelled on Monday.");
        Assert.Contains("Isle of Man", Extract.PlaceNames(facts));
    }
}
