namespace FactsGenerator.Extraction.Tests.Entities;

public class PlanetNotPlaceTests
{
    [Theory]
    [InlineData("The probe is due to reach Jupiter after a trip of five years.")]
    [InlineData("Engineers said Jupiter's storms would be filmed from the new orbit.")]
    public void APlanetNamedLikeASmallTownIsNoPlace(string sentence)
    {
        var facts = Extract.From(sentence);
        Assert.DoesNotContain("Jupiter", Extract.PlaceNames(facts));
    }

    [Fact]
    public void TheTownIsStillAPlaceBeforeItsState()
    {
        var facts = Extract.From("The couple retired to Jupiter, Florida, after the sale of their shop.");
        Assert.Contains("Jupiter", Extract.PlaceNames(facts));
        Assert.Contains("Florida", Extract.PlaceNames(facts));
    }
}
