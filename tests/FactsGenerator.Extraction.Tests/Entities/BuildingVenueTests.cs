namespace FactsGenerator.Extraction.Tests.Entities;

public class BuildingVenueTests
{
    [Theory]
    [InlineData("The fire in Orlen Market spread to nearby shops.", "Orlen Market")]
    [InlineData("He was held for years at Dunmere State Prison before his release.", "Dunmere State Prison")]
    [InlineData("The band recorded the album at Velm Studio over two weeks.", "Velm Studio")]
    [InlineData("Fans queued outside the Harlow Theatre on Friday night.", "Harlow Theatre")]
    [InlineData("The team played at Quillon Energy Arena in front of a small crowd.", "Quillon Energy Arena")]
    public void ABuildingNamedAfterAPrepositionOfPlaceIsAPlace(string sentence, string place)
    {
        Assert.Contains(place, Extract.PlaceNames(Extract.From(sentence)));
    }

    [Fact]
    public void APlaceInsideTheBuildingsNameIsNotListedOnItsOwn()
    {
        var facts = Extract.From("The concert was held at Bergen Energy Arena on Sunday.");
        Assert.DoesNotContain("Bergen", Extract.PlaceNames(facts));
    }
}
