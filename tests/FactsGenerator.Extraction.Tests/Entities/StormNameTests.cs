namespace FactsGenerator.Extraction.Tests.Entities;

public class StormNameTests
{
    [Theory]
    [InlineData("Officials in Texas said Tropical Storm Chester could strengthen on Friday.", "Chester")]
    [InlineData("Last year Hurricane Bristol hit the coast of Texas.", "Bristol")]
    [InlineData("Typhoon Chester flooded towns across Texas.", "Chester")]
    [InlineData("Residents of Texas braced as the hurricane Bristol neared.", "Bristol")]
    public void ATownNameAfterAStormWordIsTheStormsNotAPlace(string sentence, string storm)
    {
        var places = Extract.PlaceNames(Extract.From(sentence));
        Assert.DoesNotContain(storm, places);
        Assert.Contains("Texas", places);
    }

    [Fact]
    public void TheSameTownElsewhereStaysAPlace()
    {
        Assert.Contains("Bristol", Extract.PlaceNames(Extract.From("Crowds gathered in Bristol on Sunday.")));
    }
}
