namespace FactsGenerator.Extraction.Tests.Entities;

public class ContextPlaceTests
{
    [Theory]
    [InlineData("Police from nearby Dunmere arrived within minutes.", "Dunmere")]
    [InlineData("The boats reached our biggest island Tarsk on Monday.", "Tarsk")]
    [InlineData("The offices stand on an island in the river Orra.", "Orra")]
    [InlineData("Hundreds died in the Pellham battle last year.", "Pellham")]
    public void AKindOfPlaceOrAnEventNamedAfterItMakesAPlace(string sentence, string place)
    {
        Assert.Contains(place, Extract.PlaceNames(Extract.From(sentence)));
    }

    [Theory]
    [InlineData("The Norwegian attack on the fort failed.", "Norwegian")]
    [InlineData("The station Radio Velm reported the fire.", "Radio Velm")]
    public void ANationalityOrAStationBeforeAnEventIsNoPlace(string sentence, string word)
    {
        Assert.DoesNotContain(word, Extract.PlaceNames(Extract.From(sentence)));
    }
}
