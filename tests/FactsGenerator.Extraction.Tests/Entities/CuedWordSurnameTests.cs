namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>A family name that is also a word of places or grammar ("Hall", "Bridge", "How") after a lone given name,
/// with a person cued beside it.</summary>
public class CuedWordSurnameTests
{
    [Theory]
    [InlineData("\"The water rose in minutes,\" said Tom Bridge.", "Tom Bridge")]
    [InlineData("Tom Bridge said the road to the harbour was closed.", "Tom Bridge")]
    [InlineData("Resident Tom Bridge, 45, saw the fire from his window.", "Tom Bridge")]
    [InlineData("Local farmer Ellen Hall told reporters the crop had failed.", "Ellen Hall")]
    [InlineData("The flies were confused, according to research fellow Martin How.", "Martin How")]
    [InlineData("Dr Ellen Hall will lead the new study.", "Ellen Hall")]
    [InlineData("Farmer Tom Bridge lost most of his sheep in the flood.", "Tom Bridge")]
    [InlineData("Marie-Louise Hall, a sculptor from the coast, won the award.", "Marie-Louise Hall")]
    [InlineData("\"We never expected it,\" said Jean-Marc Bridge.", "Jean-Marc Bridge")]
    [InlineData("Detectives questioned Helen Town about the missing van.", "Helen Town")]
    [InlineData("Border guards detained Simon Hill near the ferry port.", "Simon Hill")]
    public void TheCuedRunIsAPerson(string sentence, string name)
    {
        Assert.Contains(name, Extract.PeopleNames(Extract.From(sentence)));
    }

    [Theory]
    [InlineData("The concert was held at Victoria Hall on Friday.", "Victoria Hall")]
    [InlineData("Traders at the Queen Victoria Market said sales fell.", "Victoria Market")]
    [InlineData("Crowds crossed Tom Bridge to reach the old town.", "Tom Bridge")]
    [InlineData("Queen Victoria Market reopened on Monday after repairs.", "Victoria Market")]
    [InlineData("Prince Albert Bridge was closed to lorries on Monday.", "Albert Bridge")]
    [InlineData("The fair was held in Marie-Louise Park on Sunday.", "Marie-Louise Park")]
    public void WithoutACueThePlaceWordStaysAPlace(string sentence, string name)
    {
        Assert.DoesNotContain(name, Extract.PeopleNames(Extract.From(sentence)));
    }
}
