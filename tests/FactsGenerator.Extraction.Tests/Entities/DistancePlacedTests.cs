namespace FactsGenerator.Extraction.Tests.Entities;

public class DistancePlacedTests
{
    [Theory]
    [InlineData("The blast hit Tarskby, about 40 km (25 miles) north of Nairobi.", "Tarskby")]
    [InlineData("Rescuers reached Velmstad, 10 miles from the border, on Monday.", "Velmstad")]
    public void NamePlacedByADistanceFromSomewhereIsAPlace(string sentence, string place)
    {
        Assert.Contains(place, Extract.PlaceNames(Extract.From(sentence)));
    }

    [Fact]
    public void AgeAfterAPersonsNameIsNoDistance()
    {
        var facts = Extract.From("Jo Kim, 45, of Nairobi was arrested.");
        Assert.DoesNotContain("Jo Kim", Extract.PlaceNames(facts));
        Assert.Contains("Jo Kim", Extract.PeopleNames(facts));
    }
}
