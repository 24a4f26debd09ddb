namespace FactsGenerator.Extraction.Tests.Entities;

public class NamedKindOfPlaceTests
{
    [Theory]
    [InlineData("The tools were dug up at a site called Orra Rock by a student team.", "Orra Rock")]
    [InlineData("She grew up in a village named Tarsk on the coast.", "Tarsk")]
    public void ANameGivenToAKindOfPlaceIsAPlace(string sentence, string place)
    {
        Assert.Contains(place, Extract.PlaceNames(Extract.From(sentence)));
    }

    [Theory]
    [InlineData("The team released a game called Orra Rock last spring.", "Orra Rock")]
    [InlineData("Bones came from a site called Velm-de-la-Roche in the valley.", "Velm")]
    public void ANameGivenToSomethingElseOrCutShortIsNoPlace(string sentence, string name)
    {
        Assert.DoesNotContain(name, Extract.PlaceNames(Extract.From(sentence)));
    }
}
