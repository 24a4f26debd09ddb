namespace FactsGenerator.Extraction.Tests.Entities;

public class PlacedSiteTests
{
    [Theory]
    [InlineData("The rally was held at Harrow Center in Lisbon on Friday.", "Harrow Center")]
    [InlineData("Engineers tested the new engine at Orrin Space Center in Florida last spring.", "Orrin Space Center")]
    [InlineData("He is held at Kestrel Valley Correctional Facility in Texas.", "Kestrel Valley Correctional Facility")]
    [InlineData("A weather satellite took off from Texas's Orrin Space Center in March.", "Orrin Space Center")]
    [InlineData("Protesters gathered at Harlan County Courthouse before the verdict.", "Harlan County Courthouse")]
    [InlineData("Guests left the Hotel Grand Velmora before dawn on Friday.", "Hotel Grand Velmora")]
    [InlineData("The probe lifted off from the Orrin Space Centre at Tarskoy in Queensland on Monday.", "Orrin Space Centre")]
    public void SiteAfterAtOrFromAndPlacedInAKnownPlaceIsAPlace(string sentence, string site)
    {
        var facts = Extract.From(sentence);
        Assert.Contains(site, Extract.PlaceNames(facts));
        Assert.DoesNotContain(facts.Organizations, o => o.Name == site);
    }

    [Theory]
    [InlineData("She works at the Harrow Center for Rare Diseases in Lisbon.")]
    [InlineData("Astronomers from the Orrin Observatory said the comet had faded.")]
    public void BodyNamedForItsWorkOrWithoutItsPlaceIsNoSite(string sentence)
    {
        var facts = Extract.From(sentence);
        Assert.DoesNotContain(facts.Places, p => p.Name.StartsWith("Harrow Center", System.StringComparison.Ordinal) || p.Name.StartsWith("Orrin Observatory", System.StringComparison.Ordinal));
    }

    [Fact]
    public void OneWordAfterAtAndBeforeAKnownRegionIsAPlace()
    {
        var facts = Extract.From("The rocket was launched at Tarskoy in Queensland on Monday.");
        Assert.Contains("Tarskoy", Extract.PlaceNames(facts));
    }
}
