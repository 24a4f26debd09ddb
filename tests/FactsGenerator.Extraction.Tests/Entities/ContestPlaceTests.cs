namespace FactsGenerator.Extraction.Tests.Entities;

public class ContestPlaceTests
{
    [Theory]
    [InlineData("Tickets for the Kenya Open sold out in a day.", "Kenya")]
    [InlineData("Cosplayers queued outside Fan Expo Portugal on Saturday.", "Portugal")]
    public void APlaceNamingAContestOrAFairIsAPlace(string sentence, string place)
    {
        Assert.Contains(place, Extract.PlaceNames(Extract.From(sentence)));
    }

    [Fact]
    public void APlaceNamingAWarIsNoPlaceOfTheStory()
    {
        Assert.DoesNotContain("Portugal", Extract.PlaceNames(Extract.From("Historians still argue about the Portugal War.")));
    }
}
