namespace FactsGenerator.Extraction.Tests.Entities;

public class LocationAdjectiveTests
{
    [Theory]
    [InlineData("Clashes broke out in northern Brennholt on Sunday.", "Brennholt")]
    [InlineData("The suspect was arrested in suburban Dunmarrow.", "Dunmarrow")]
    [InlineData("Troops were sent to neighbouring Ostwick.", "Ostwick")]
    public void UnknownNameAfterAPrepositionAndAnAdjectiveOfWhereIsAPlace(string sentence, string place)
    {
        Assert.Contains(place, Extract.PlaceNames(Extract.From(sentence)));
    }

    [Fact]
    public void AdjectiveOfWhereWithoutAPrepositionPlacesNothing()
    {
        Assert.Empty(Extract.From("The storm hit central Pellby hardest.").Places);
    }
}
