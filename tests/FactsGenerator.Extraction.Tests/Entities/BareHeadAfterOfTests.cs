namespace FactsGenerator.Extraction.Tests.Entities;

public class BareHeadAfterOfTests
{
    [Theory]
    [InlineData("He spoke at the March for the Republic in 2010.", "March for the Republic")]
    [InlineData("The deal breaks the Treaty on the Rights of the Sea, critics said.", "Rights of the Sea")]
    public void ABarePlaceHeadAfterOfTheNamesNoPlace(string sentence, string name)
    {
        Assert.DoesNotContain(name, Extract.PlaceNames(Extract.From(sentence)));
    }

    [Theory]
    [InlineData("Boats sailed into the Bay of Velm at dawn.", "Bay of Velm")]
    public void APlaceHeadBeforeOfStillNamesAPlace(string sentence, string place)
    {
        Assert.Contains(place, Extract.PlaceNames(Extract.From(sentence)));
    }
}
