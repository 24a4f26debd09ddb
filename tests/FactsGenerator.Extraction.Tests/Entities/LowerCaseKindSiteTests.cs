namespace FactsGenerator.Extraction.Tests.Entities;

public class LowerCaseKindSiteTests
{
    [Theory]
    [InlineData("Rebels attacked army positions in Velmar state on Monday.", "Velmar state", "Velmar")]
    [InlineData("Residents of the city's Rancho Velmos subdivision were evacuated.", "Rancho Velmos subdivision", "Rancho Velmos")]
    [InlineData("Astronomers used five telescopes at the Mount Orrel observatory near the town.", "Mount Orrel observatory", "Mount Orrel")]
    public void AnUnknownNameBeforeItsLowerCaseKindKeepsTheKind(string sentence, string place, string alias)
    {
        var facts = Extract.From(sentence);
        var found = Assert.Single(facts.Places, p => p.Name == place);
        Assert.Contains(alias, found.Aliases);
    }

    [Fact]
    public void AKnownStateIsNamedWithoutItsKind()
    {
        var facts = Extract.From("Flooding closed roads across New York state on Monday.");
        Assert.Contains("New York", Extract.PlaceNames(facts));
        Assert.DoesNotContain("New York state", Extract.PlaceNames(facts));
    }
}
