namespace FactsGenerator.Extraction.Tests.Entities;

public class LowerCaseKindSiteTests
{
    [Theory]
    [InlineData("Flooding displaced thousands of families in Velmar state.", "Velmar state", "Velmar")]
    [InlineData("Water mains burst in the Rancho Velmos subdivision on Tuesday.", "Rancho Velmos subdivision", "Rancho Velmos")]
    [InlineData("Students toured the Mount Orrel observatory last week.", "Mount Orrel observatory", "Mount Orrel")]
    [InlineData("Voters queued for hours in Tarsken constituency on Tuesday.", "Tarsken constituency", "Tarsken")]
    [InlineData("The well dried up in Orrabu village last month.", "Orrabu village", "Orrabu")]
    [InlineData("Herders clashed with farmers in Kogi state on Friday.", "Kogi state", "Kogi")]
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

    [Theory]
    [InlineData("The governor of the US state of Alabama signed the bill.", "US state")]
    [InlineData("A native of the Dagestan village won first prize.", "Dagestan village")]
    public void ACountrysStateOrARegionsVillageIsNoName(string sentence, string notAPlace)
    {
        Assert.DoesNotContain(notAPlace, Extract.PlaceNames(Extract.From(sentence)));
    }
}
