using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Places;

// A site named before its lower-case kind (a mine, a hotel, a launch pad, a shopping centre) keeps the kind in its name.
public class SiteKindAfterNameTests
{
    [Theory]
    [InlineData("Rescuers reached the Harlow Deep mine on Tuesday.", "Harlow Deep mine")]
    [InlineData("The leaders met at the Orrin Palace hotel on the island.", "Orrin Palace hotel")]
    [InlineData("Engineers inspected the Velkan launch pad before the flight.", "Velkan launch pad")]
    [InlineData("Shoppers fled the Tarsk Plaza shopping centre after the shots.", "Tarsk Plaza shopping centre")]
    public void TheSiteIsNamedWithItsKind(string sentence, string place)
    {
        Assert.Contains(place, Extract.PlaceNames(Extract.From(sentence)));
    }

    [Theory]
    [InlineData("The mayor said: \"Rules were broken [...] This hotel had six floors.\"", "This hotel")]
    [InlineData("He said the Brazilian mine had been closed for years.", "Brazilian mine")]
    public void AnEverydayWordOrADemonymNamesNoSite(string sentence, string name)
    {
        Assert.DoesNotContain(name, Extract.PlaceNames(Extract.From(sentence)));
    }
}
