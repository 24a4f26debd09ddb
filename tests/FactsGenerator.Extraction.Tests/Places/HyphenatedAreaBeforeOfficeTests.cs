using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Places;

public class HyphenatedAreaBeforeOfficeTests
{
    [Fact]
    public void AHyphenatedCountyBeforeAnOfficeIsAPlace()
    {
        var facts = Extract.From("Velm-Orra County Mayor Ana Ruiz said the tower had been evacuated.");
        Assert.Contains("Velm-Orra County", Extract.PlaceNames(facts));
        Assert.DoesNotContain("Velm-Orra County", Extract.OrganizationNames(facts));
        Assert.Equal("Velm-Orra County", Extract.Person(facts, "Ana Ruiz").Affiliation);
    }

    [Fact]
    public void AHyphenatedCountyBeforeALowerCaseBodyIsNamedInItsOwnRight()
    {
        Assert.Contains("Tarsk-Dell County", Extract.PlaceNames(Extract.From("The Tarsk-Dell County commission voted on Monday to close the bridge.")));
    }

    [Fact]
    public void APartyJoinedByAHyphenStillNamesNoArea()
    {
        Assert.DoesNotContain("Democratic-Republican County", Extract.PlaceNames(Extract.From("Democratic-Republican County Chair Ana Ruiz said the vote was close.")));
    }

    [Fact]
    public void AStancePrefixJoinedByAHyphenNamesNoArea()
    {
        Assert.DoesNotContain("Anti-Orra County", Extract.PlaceNames(Extract.From("Anti-Orra County Sheriff Ana Ruiz said the vote was close.")));
    }
}
