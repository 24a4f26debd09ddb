namespace FactsGenerator.Extraction.Tests.Entities;

public class StatusAdjectivePlaceTests
{
    [Theory]
    [InlineData("Militants attacked a checkpoint in the Dravosh tribal district on Friday.", "Dravosh")]
    [InlineData("Voters in the Kelmar autonomous region chose a new assembly.", "Kelmar")]
    [InlineData("The road through the South Tirvane administrative district was closed.", "South Tirvane")]
    public void AnAdjectiveOfStatusBeforeAnAdministrativeNounStillNamesThePlace(string sentence, string place)
    {
        var facts = Extract.From(sentence);
        Assert.Contains(place, Extract.PlaceNames(facts));
        Assert.Empty(facts.People);
    }

    [Fact]
    public void ARailroadStationIsNamedWithItsKind()
    {
        var facts = Extract.From("Passengers waited for hours at Dunmore Flats railroad station before buses came.");
        Assert.Contains("Dunmore Flats railroad station", Extract.PlaceNames(facts));
    }
}
