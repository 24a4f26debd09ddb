namespace FactsGenerator.Extraction.Tests.Entities;

public class RoadAndStreetPartTests
{
    [Theory]
    [InlineData("Gunmen blocked the Tarsk-Orrabu road on Monday.", "Tarsk-Orrabu road")]
    [InlineData("Passengers waited at the Orrin Junction railway terminal for hours.", "Orrin Junction railway terminal")]
    public void ANameBeforeItsLowerCaseRoadOrTerminalIsThatSite(string sentence, string site)
    {
        Assert.Contains(site, Extract.PlaceNames(Extract.From(sentence)));
    }

    [Fact]
    public void ARoadWordBeforeAnotherNounOnlyQualifiesIt()
    {
        var facts = Extract.From("The Velmatic road safety campaign began on Monday.");
        Assert.DoesNotContain(facts.Places, p => p.Name.EndsWith("road", System.StringComparison.Ordinal));
    }

    [Fact]
    public void ACompassWordAfterAStreetNamesPartOfTheStreet()
    {
        Assert.Contains("Harlow Street Upper", Extract.PlaceNames(Extract.From("The van then drove to Harlow Street Upper, where gates were rammed.")));
    }

    [Fact]
    public void AnAreaOwnedByAUnitIsAPlace()
    {
        Assert.Contains("Tavrek", Extract.PlaceNames(Extract.From("Troops searched houses in the district's Tavrek area on Friday.")));
    }
}
