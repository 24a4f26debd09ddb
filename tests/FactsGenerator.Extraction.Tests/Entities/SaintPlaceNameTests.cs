namespace FactsGenerator.Extraction.Tests.Entities;

public class SaintPlaceNameTests
{
    [Theory]
    [InlineData("He flew to St. Louis yesterday.", "St. Louis")]
    [InlineData("Crowds gathered in St. Velm's Square on Sunday.", "St. Velm's Square")]
    [InlineData("Rioters set fire to St. Orra's Episcopal Church on Monday.", "St. Orra's Episcopal Church")]
    [InlineData("The service was held at Saint Tarsk's Cathedral yesterday.", "Saint Tarsk's Cathedral")]
    public void ANameOpenedByASaintIsReadWhole(string sentence, string place)
    {
        Assert.Contains(place, Extract.PlaceNames(Extract.From(sentence)));
    }

    [Fact]
    public void AFaithsBodyWithoutASaintStaysABody()
    {
        var facts = Extract.From("The Episcopal Church said it would rebuild.");
        Assert.DoesNotContain("Episcopal Church", Extract.PlaceNames(facts));
    }
}
