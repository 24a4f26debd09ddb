using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Places;

public class FormalTownNameTests
{
    [Fact]
    public void TheCityOfATownTheDocumentNamesIsItsAlias()
    {
        var facts = Extract.From("The Brennholt City Council met on Monday. \"The City of Brennholt is in good shape,\" the mayor said.");
        var town = Assert.Single(facts.Places, p => p.Name == "Brennholt");
        Assert.Contains("City of Brennholt", town.Aliases);
        Assert.DoesNotContain("City of Brennholt", Extract.PlaceNames(facts));
    }

    [Fact]
    public void TheCityOfLondonIsAPlaceApartFromLondon()
    {
        var facts = Extract.From("Bankers in the City of London said trading in London was slow on Friday.");
        Assert.DoesNotContain(facts.Places, p => p.Name == "London" && System.Linq.Enumerable.Contains(p.Aliases, "City of London"));
    }
}
