namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>Capital letters glued by a hyphen to a number are a catalogue code, not a body.</summary>
public class CatalogueCodeTests
{
    [Fact]
    public void AnAcronymGluedToANumberIsNoBody()
    {
        var facts = Extract.From("Planet KOI-812c is twice the size of Earth, the survey team said.");
        Assert.DoesNotContain("KOI", Extract.OrganizationNames(facts));
    }
}
