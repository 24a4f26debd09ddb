using Xunit;

namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>The lower-case Persian and Urdu link between two capitalised words ("-e-", "-i-", "-ul-") keeps them one word
/// of a name, so bodies of South Asia written so are read whole, and the spellings news agencies use are known.</summary>
public class IzafaLinkTests
{
    [Fact]
    public void AKnownArmedGroupWithTheLinkIsReadWhole()
    {
        var facts = Extract.From("Police said the raid targeted a cell of Lashkar-e-Taiba near the border on Sunday.");
        Assert.Contains("Lashkar-e-Taiba", Extract.OrganizationNames(facts));
    }

    [Fact]
    public void TheCountryEndingTheGroupsNameIsNoPlaceOfItsOwn()
    {
        var facts = Extract.From("The Tehreek-e-Taliban Pakistan (TTP) said on Monday that its fighters had carried out the raid.");
        var body = Assert.Single(facts.Organizations);
        Assert.Equal("Tehreek-e-Taliban Pakistan", body.Name);
        Assert.Contains("TTP", body.Aliases);
        Assert.DoesNotContain("Pakistan", Extract.PlaceNames(facts));
    }

    [Fact]
    public void ThePlaceNamedWithTheLinkKeepsItsWholeName()
    {
        var facts = Extract.From("The official died at the Qasr-e-Shirin hospital in the capital on Tuesday.");
        Assert.Contains("Qasr-e-Shirin hospital", Extract.PlaceNames(facts));
    }

    [Fact]
    public void TheAgenciesSpellingOfAlQaedaIsABody()
    {
        var facts = Extract.From("Officials blamed militants linked to al-Qaida for the bombing of the market.");
        Assert.Contains("al-Qaida", Extract.OrganizationNames(facts));
    }

    [Fact]
    public void AnotherLowerCaseWordBetweenHyphensJoinsNothing()
    {
        // "-to-" is no link: the two towns stay two places, not one name.
        var facts = Extract.From("The Lisbon-to-Porto train was cancelled on Friday after the storm.");
        var places = Extract.PlaceNames(facts);
        Assert.Contains("Lisbon", places);
        Assert.Contains("Porto", places);
        Assert.DoesNotContain(places, n => n.Contains("-to-"));
    }
}
