namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>Capital letters glued by a hyphen to a number are a catalogue code, not a body.</summary>
public class CatalogueCodeTests
{
    [Fact]
    public void AnAcronymGluedToANumberIsNoBody()
    {
        var facts = Extract.From("Dubbed KOI-812c, the planet circles a small star every 11 days.");
        Assert.DoesNotContain("KOI", Extract.OrganizationNames(facts));
    }
}
