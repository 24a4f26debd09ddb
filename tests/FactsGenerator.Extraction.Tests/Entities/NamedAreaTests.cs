namespace FactsGenerator.Extraction.Tests.Entities;

public class NamedAreaTests
{
    [Theory]
    [InlineData("He stood in a small area called the Strand, near the river.", "Strand")]
    [InlineData("They camped in a park named Orrin Fields for a week.", "Orrin Fields")]
    public void NameGivenToAnAreaOrAParkIsAPlace(string sentence, string place)
    {
        Assert.Contains(place, Extract.PlaceNames(Extract.From(sentence)));
    }
}
