namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>Names given as someone's surname ("whose surnames are Orra and Velm") are people, even where a place bears them.</summary>
public class GivenSurnameTests
{
    [Theory]
    [InlineData("Two wardens, whose surnames are Sucre and Quellstad, lost their posts.", "Sucre")]
    [InlineData("Two wardens, whose surnames are Sucre and Quellstad, lost their posts.", "Quellstad")]
    [InlineData("The two guards, whose surnames are Mendoza, Brelvik and Lisbon, were fired.", "Lisbon")]
    [InlineData("The driver, whose last name is Florida, was not hurt.", "Florida")]
    public void ANameGivenAsASurnameIsAPerson(string sentence, string name)
    {
        var facts = Extract.From(sentence);
        Assert.Contains(name, Extract.PeopleNames(facts));
        Assert.DoesNotContain(name, Extract.PlaceNames(facts));
    }

    [Fact]
    public void NamesListedAfterAnotherNounStayPlaces()
    {
        var facts = Extract.From("The two towns hit hardest are Falcón and Lisbon, officials said.");
        Assert.DoesNotContain("Lisbon", Extract.PeopleNames(facts));
    }
}
