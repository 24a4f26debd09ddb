namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>A wire story's dateline: the city in capitals is a place, the service in brackets a body of its own.</summary>
public class DatelinePlaceTests
{
    [Theory]
    [InlineData("OSLO (Wirenews) — The harbour reopened on Tuesday after a week of repairs.", "Oslo")]
    [InlineData("NEW YORK (Wirenews) - The harbour reopened on Tuesday after a week of repairs.", "New York")]
    [InlineData("KABUL, March 4 — The harbour reopened on Tuesday after a week of repairs.", "Kabul")]
    public void TheCapitalisedCityOpeningTheStoryIsAPlace(string text, string place)
    {
        var facts = Extract.From(text);
        Assert.Contains(place, Extract.PlaceNames(facts));
        Assert.DoesNotContain(facts.Organizations, o => o.Name.ToUpperInvariant() == place.ToUpperInvariant());
    }

    [Fact]
    public void TheCreditInBracketsIsNoShortFormOfThePlace()
    {
        var facts = Extract.From("OSLO (WNS) — The harbour reopened on Tuesday after a week of repairs.");
        var oslo = Assert.Single(facts.Places, p => p.Name == "Oslo");
        Assert.DoesNotContain("WNS", oslo.Aliases);
    }

    [Fact]
    public void CapitalsLaterInTheStoryAreLeftToTheAcronymRules()
    {
        var facts = Extract.From("The harbour reopened on Tuesday. OSLO, the city's port board, said the work was done.");
        Assert.DoesNotContain("Oslo", Extract.PlaceNames(facts));
    }
}
