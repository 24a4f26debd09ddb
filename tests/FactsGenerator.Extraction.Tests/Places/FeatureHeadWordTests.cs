using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Places;

public class FeatureHeadWordTests
{
    [Fact]
    public void APassageOpenedByAGivenNameIsAStraitNotAPerson()
    {
        var facts = Extract.From("The boat sank in the Nora Passage, between the two islands, the coast guard said.");
        Assert.Contains("Nora Passage", Extract.PlaceNames(facts));
        Assert.DoesNotContain("Nora Passage", Extract.PeopleNames(facts));
    }

    [Fact]
    public void APanhandleEndsAPlacesName()
    {
        var facts = Extract.From("Heavy rain is forecast for the Orrick Panhandle on Wednesday.");
        Assert.Contains("Orrick Panhandle", Extract.PlaceNames(facts));
    }

    [Fact]
    public void AMainlandAfterAWordOfPositionIsAPlace()
    {
        var facts = Extract.From("Clinics on the Lower Mainland reported 300 calls in one week.");
        Assert.Contains("Lower Mainland", Extract.PlaceNames(facts));
    }

    [Fact]
    public void ThePassageOfABillIsNoPlace()
    {
        var facts = Extract.From("Senators cheered the passage of the budget on Friday.");
        Assert.Empty(Extract.PlaceNames(facts));
    }

    [Fact]
    public void APassageRightAfterOfIsNoStrait()
    {
        var facts = Extract.From("The film Rite of Passage won the jury prize in Orrby on Sunday.");
        Assert.DoesNotContain("Rite of Passage", Extract.PlaceNames(facts));
    }
}
