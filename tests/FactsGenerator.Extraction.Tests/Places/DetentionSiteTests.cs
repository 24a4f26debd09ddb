using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Places;

public class DetentionSiteTests
{
    [Fact]
    public void APrisonNamedByItsOfficialKindIsAPlace()
    {
        var facts = Extract.From("Guards regained control of the Tolvern Correctional Institution after a night of fires. "
            + "Twelve inmates were moved to Ashgrove Correctional Facility on Tuesday.");
        var places = Extract.PlaceNames(facts);
        Assert.Contains("Tolvern Correctional Institution", places);
        Assert.Contains("Ashgrove Correctional Facility", places);
        Assert.DoesNotContain("Tolvern Correctional Institution", Extract.OrganizationNames(facts));
        Assert.DoesNotContain("Ashgrove Correctional Facility", Extract.PeopleNames(facts));
    }

    [Fact]
    public void ADetentionCentreOrAStatePrisonIsAPlaceAlsoAsTheSubject()
    {
        var facts = Extract.From("The Pellham County Detention Center was locked down on Friday. Quarry Hill State Prison holds 1,800 men, "
            + "and the Marsh Road Detention Centre has room for 400.");
        var places = Extract.PlaceNames(facts);
        Assert.Contains("Pellham County Detention Center", places);
        Assert.Contains("Quarry Hill State Prison", places);
        Assert.Contains("Marsh Road Detention Centre", places);
    }

    [Fact]
    public void ThePrisonAWardenRunsIsAPlace()
    {
        var facts = Extract.From("Warden Lena Ostrow of Brightwater Correctional Institution said the yard was calm.");
        Assert.Contains("Brightwater Correctional Institution", Extract.PlaceNames(facts));
        Assert.DoesNotContain("Brightwater Correctional Institution", Extract.OrganizationNames(facts));
    }

    [Fact]
    public void TheKindWithoutANameIsNoSite()
    {
        var facts = Extract.From("Detention Center staff were sent home early on Monday.");
        Assert.DoesNotContain("Detention Center", Extract.PlaceNames(facts));
    }
}
