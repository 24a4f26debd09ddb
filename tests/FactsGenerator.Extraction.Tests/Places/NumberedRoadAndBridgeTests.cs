using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Places;

// Roads and bridges: a branch letter glued to a road's number belongs to it ("Interstate 35W", "Route 9A"); "U.S." and a
// number after a preposition of a road, closing the phrase, is a federal highway ("on U.S. 6,"), while "the U.S. 25
// percent tariff" stays the country; a name before a lower-case "bridge" names the bridge ("the Velmoro bridge",
// "the Interstate 35W bridge"), but not before a noun it qualifies ("the Velmoro bridge collapse").
public class NumberedRoadAndBridgeTests
{
    [Theory]
    [InlineData("The truck left Route 9A near the river on Monday.", "Route 9A")]
    [InlineData("The bus, which was traveling on U.S. 6, was on its side.", "U.S. 6")]
    [InlineData("Two cars collided on US 30 near the county line.", "US 30")]
    public void ANumberedRoadIsAPlace(string sentence, string road)
    {
        var facts = Extract.From(sentence);
        Assert.Contains(road, Extract.PlaceNames(facts));
    }

    [Fact]
    public void AUsHighwayIsNoMentionOfTheCountry()
    {
        var facts = Extract.From("The bus, which was traveling on U.S. 6, was on its side.");
        Assert.DoesNotContain("United States", Extract.PlaceNames(facts));
    }

    [Fact]
    public void TheCountryBeforeAFigureStaysTheCountry()
    {
        var facts = Extract.From("Exporters said the U.S. 25 percent tariff on steel hurt sales.");
        Assert.Contains("United States", Extract.PlaceNames(facts));
        Assert.DoesNotContain("U.S. 25", Extract.PlaceNames(facts));
    }

    [Theory]
    [InlineData("Cars fell as the 50-year-old Velmoro bridge gave way on Tuesday.", "Velmoro bridge")]
    [InlineData("Investigators asked what caused the eight-lane Interstate 35W bridge to buckle.", "Interstate 35W bridge")]
    public void ANameBeforeALowerCaseBridgeIsTheBridge(string sentence, string bridge)
    {
        var facts = Extract.From(sentence);
        Assert.Contains(bridge, Extract.PlaceNames(facts));
    }

    [Fact]
    public void ABridgeBeforeTheNounItQualifiesNamesNoBridge()
    {
        var facts = Extract.From("Engineers studied the Velmoro bridge collapse for months.");
        Assert.DoesNotContain("Velmoro bridge", Extract.PlaceNames(facts));
    }
}
