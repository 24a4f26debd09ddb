using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Places;

public class CountryCodeBeforeTitleTests
{
    [Fact]
    public void ACodeOnlyBeforeAJudgesTitleAndNameIsNoPlace()
    {
        var facts = Extract.From("U.S. District Judge Ana Ruiz sentenced the former mayor of Velmton on Tuesday.");
        Assert.DoesNotContain("United States", Extract.PlaceNames(facts));
        Assert.Contains("Velmton", Extract.PlaceNames(facts));
        Assert.Equal("United States", Extract.Person(facts, "Ana Ruiz").Affiliation);
    }

    [Fact]
    public void ACodeBeforeAnAbbreviatedTitleOrAReportersNameIsNoPlace()
    {
        var names = Extract.PlaceNames(Extract.From("U.S. Rep. Tom Hale of Velmton said the murder of US reporter Dana Fell shocked the town."));
        Assert.DoesNotContain("United States", names);
    }

    [Fact]
    public void ACodeBeforeAHeadOfGovernmentsTitleIsNoPlace()
    {
        Assert.DoesNotContain("United Kingdom", Extract.PlaceNames(Extract.From("The deal was welcomed by UK Prime Minister Tom Hale.")));
    }

    [Fact]
    public void TheCodeUsedAsANounElsewhereStaysAPlace()
    {
        var names = Extract.PlaceNames(Extract.From("U.S. District Judge Ana Ruiz said the firm had moved its money out of the U.S. last year."));
        Assert.Contains("United States", names);
    }

    [Fact]
    public void AUSAttorneyKeepsTheCountryAsAPlace()
    {
        var names = Extract.PlaceNames(Extract.From("Assistant U.S. Attorney Ana Ruiz said charges would follow."));
        Assert.Contains("United States", names);
    }
}
