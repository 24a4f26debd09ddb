namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>A capitalised compass region after "the" ("the Northwest") is a place; inside a longer name it is not.</summary>
public class CompassRegionTests
{
    [Theory]
    [InlineData("Snow closed schools across the Northwest on Friday.", "Northwest")]
    [InlineData("Heavy rain soaked the Southeast for a third day.", "Southeast")]
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
}
