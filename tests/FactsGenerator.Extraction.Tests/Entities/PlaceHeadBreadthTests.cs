namespace FactsGenerator.Extraction.Tests.Entities;

public class PlaceHeadBreadthTests
{
    [Theory]
    [InlineData("Residents of Harlan Parish were told to leave.", "Harlan Parish")]
    [InlineData("The owner of Marsh View Safari Lodge was bitten.", "Marsh View Safari Lodge")]
    [InlineData("Bars in the Artists Village stayed open late.", "Artists Village")]
    [InlineData("Divers mapped Velm Atoll last spring.", "Velm Atoll")]
    public void AParishLodgeVillageOrAtollIsAPlace(string sentence, string place)
    {
        Assert.Contains(place, Extract.PlaceNames(Extract.From(sentence)));
    }
}
