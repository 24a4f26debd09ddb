using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Places;

// An unknown name after "from", "at" or "near" and before "in" and a known place ("from Tarkoli in Maharashtra"), or
// set off by a comma before a lower-case compass word and a known city ("from Wanstow, east London,"), is a place
// inside that place.
public class PlaceInItsRegionTests
{
    [Fact]
    public void ANameFromWhichSomeoneComesPlacedInARegionIsAPlace()
    {
        var facts = Extract.From("Farmer Ravi Patil from Tarkoli in Maharashtra said the price of seed had doubled.");
        Assert.Contains("Tarkoli", Extract.PlaceNames(facts));
        Assert.Contains("Maharashtra", Extract.PlaceNames(facts));
    }

    [Fact]
    public void ANamePlacedInAKnownCityIsAPlace()
    {
        var facts = Extract.From("The bus was travelling from Orrapur in Kolkata when it overturned on Monday.");
        Assert.Contains("Orrapur", Extract.PlaceNames(facts));
    }

    [Fact]
    public void ANameBeforeACompassWordAndACityIsAPartOfIt()
    {
        var facts = Extract.From("A former pupil from Wanstow, east London, was convicted of fraud on Monday.");
        Assert.Contains("Wanstow", Extract.PlaceNames(facts));
        Assert.Contains("London", Extract.PlaceNames(facts));
    }

    [Fact]
    public void AGivenNameOrAFamilyNameBeforeInIsNoPlace()
    {
        var facts = Extract.From("The letter from Maria in Madrid arrived on Monday, and a reply from Smith in Leeds followed.");
        Assert.DoesNotContain("Maria", Extract.PlaceNames(facts));
        Assert.DoesNotContain("Smith", Extract.PlaceNames(facts));
    }

    [Fact]
    public void ANameAfterAnOfficesNounAndFromIsNoPlace()
    {
        var facts = Extract.From("A spokesman from Medtronix in Dublin declined to comment, and officials from Velmco in Leeds said nothing.");
        Assert.DoesNotContain("Medtronix", Extract.PlaceNames(facts));
        Assert.DoesNotContain("Velmco", Extract.PlaceNames(facts));
        Assert.Contains("Dublin", Extract.PlaceNames(facts));
    }

    [Fact]
    public void ADemonymBeforeInIsNoPlace()
    {
        var facts = Extract.From("The novel was translated from Portuguese in Lisbon last year.");
        Assert.DoesNotContain("Portuguese", Extract.PlaceNames(facts));
        Assert.Contains("Lisbon", Extract.PlaceNames(facts));
    }

    [Theory]
    [InlineData("She works at Zorvex in Manchester.", "Zorvex", "Manchester")]
    [InlineData("The company bought parts from Kordana in Germany.", "Kordana", "Germany")]
    [InlineData("An email from Marbeck in Paris confirmed the order.", "Marbeck", "Paris")]
    [InlineData("A shipment from Zorvex in London arrived late.", "Zorvex", "London")]
    public void AFirmAfterWorksAtOrASendersFromIsNoPlace(string text, string name, string place)
    {
        var facts = Extract.From(text);
        Assert.DoesNotContain(name, Extract.PlaceNames(facts));
        Assert.Contains(place, Extract.PlaceNames(facts));
    }

    [Fact]
    public void ASiteAfterAnEventVerbAndAtIsAPlaceInTheCity()
    {
        var facts = Extract.From("The fair was held at Orrbyfield in Leeds on Monday.");
        Assert.Contains("Orrbyfield", Extract.PlaceNames(facts));
    }
}
