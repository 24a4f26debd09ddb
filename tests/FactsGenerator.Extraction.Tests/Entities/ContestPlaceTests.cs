namespace FactsGenerator.Extraction.Tests.Entities;

public class ContestPlaceTests
{
    [Theory]
    [InlineData("Funds meant for athletes at the Kenya Open went missing.", "Kenya")]
    [InlineData("Crowds filled the halls of Fan Expo Portugal on Saturday.", "Portugal")]
    public void APlaceNamingAContestOrAFairIsAPlace(string sentence, string place)
    {
        Assert.Contains(place, Extract.PlaceNames(Extract.From(sentence)));
    }

    [Fact]
    public void APlaceNamingAWarIsNoPlaceOfTheStory()
    {
        Assert.DoesNotContain("Portugal", Extract.PlaceNames(Extract.From("He voted against the Portugal War funding.")));
    }
}
