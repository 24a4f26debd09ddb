namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>A capitalised compass region after "the" ("the Northwest") is a place; inside a longer name it is not.</summary>
public class CompassRegionTests
{
    [Theory]
    [InlineData("Snow closed schools across the Northwest on Friday.", "Northwest")]
    [InlineData("Heavy rain soaked the Southeast for a third day.", "Southeast")]
    [InlineData("Storms are forecast for the North-east on Sunday.", "North-east")]
    [InlineData("Crops failed across the South-west this summer.", "South-west")]
    [InlineData("Farmers in the South and the plains counted their losses.", "South")]
    [InlineData("She had never lived in the West, she said.", "West")]
    [InlineData("Voters in the North were angry.", "North")]
    public void ACompassRegionAfterTheIsAPlace(string sentence, string region)
    {
        var facts = Extract.From(sentence);
        Assert.Contains(facts.Places, place => place.Name == region);
    }

    [Fact]
    public void ACompassWordOpeningALongerNameIsNoRegion()
    {
        var facts = Extract.From("The Southwest Harbor Authority met on Friday.");
        Assert.DoesNotContain(facts.Places, place => place.Name == "Southwest");
    }

    [Theory]
    [InlineData("Fans in the North stand booed the referee.", "North")]
    [InlineData("The East wing of the museum was closed.", "East")]
    [InlineData("The South's farmers are worried.", "South")]
    public void ALoneCompassPointBeforeANounOrAPossessiveIsNoRegion(string sentence, string word)
    {
        var facts = Extract.From(sentence);
        Assert.DoesNotContain(facts.Places, place => place.Name == word);
    }
}
