using System.Linq;

namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>A place whose name holds a possessive ("Hawke's Bay") may open a story in capitals before a dash:
/// "HAWKE'S BAY —" is the place the story was filed from, not a body called "BAY".</summary>
public class CapitalPossessiveDatelineTests
{
    [Fact]
    public void APossessiveInsideCapitalsIsPartOfTheDatelinePlace()
    {
        var facts = Extract.From("HAWKE'S BAY — Orchard owners counted the cost of the storm on the coast.");
        Assert.Contains("Hawke's Bay", Extract.PlaceNames(facts));
        Assert.DoesNotContain("BAY", Extract.OrganizationNames(facts));
    }

    [Fact]
    public void ACurlyApostropheWorksToo()
    {
        var facts = Extract.From("HAWKE\u2019S BAY, New Zealand -- Orchard owners counted the cost of the storm.");
        Assert.Contains("Hawke's Bay", Extract.PlaceNames(facts));
        Assert.DoesNotContain(Extract.OrganizationNames(facts), n => n == "BAY");
    }

    [Fact]
    public void AnUnknownPossessiveInCapitalsIsNoPlace()
    {
        var facts = Extract.From("VELMCO'S BOARD -- The firm said its profits rose in the spring.");
        Assert.DoesNotContain(Extract.PlaceNames(facts), n => n.Contains("Board"));
    }
}
