namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>A dateline in capitals ended by a spaced bullet ("NEW YORK • Workers ...") is a place, no acronym.</summary>
public class DatelineBulletTests
{
    [Fact]
    public void CapitalsBeforeABulletAreTheDatelinesPlace()
    {
        var facts = Extract.From("NEW YORK • Workers from the airline industry made a last appeal to lawmakers this week.");
        Assert.Contains("New York", Extract.PlaceNames(facts));
        Assert.DoesNotContain("YORK", Extract.OrganizationNames(facts));
    }

    [Fact]
    public void ABulletLaterInTheParagraphMakesNoDateline()
    {
        var facts = Extract.From("Workers met the VHB on Monday • the talks went on for hours, a union official said.");
        Assert.DoesNotContain("Vhb", Extract.PlaceNames(facts));
    }
}
