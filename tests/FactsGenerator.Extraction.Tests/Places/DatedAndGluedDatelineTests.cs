using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Places;

// Datelines written without the usual dash: a month and a day after the capitals' comma date the dispatch (the place
// is read even when the gazetteer does not know it), a long dash may be glued to the words around it, and a region
// may be set in capitals too.
public class DatedAndGluedDatelineTests
{
    [Fact]
    public void CapitalsDatedByAMonthAndADayAreThePlaceFiledFrom()
    {
        var facts = Extract.From("ORRAVILLE, July 20 Up to 300 families may have crossed the border in two days, the agency said.");
        Assert.Contains("Orraville", Extract.PlaceNames(facts));
        Assert.DoesNotContain("ORRAVILLE", Extract.OrganizationNames(facts));
    }

    [Fact]
    public void ADateClosedByAnAgencyBetweenSlashesIsADatelineToo()
    {
        var facts = Extract.From("TARSKOVO, September 11./TASS/. Police are detaining people at a rally in the main square.");
        Assert.Contains("Tarskovo", Extract.PlaceNames(facts));
        Assert.DoesNotContain("TARSKOVO", Extract.OrganizationNames(facts));
    }

    [Fact]
    public void CapitalsBeforeACommaAndAnEverydayWordAreNoDateline()
    {
        var facts = Extract.From("ORRAVILLE, the capital of the board's hopes, is a project of the Velm Trust.");
        Assert.DoesNotContain("Orraville", Extract.PlaceNames(facts));
    }

    [Fact]
    public void ALongDashGluedToTheRegionEndsTheDateline()
    {
        var facts = Extract.From("BRELVA CITY, Philippines\u2014Rescue teams failed to find any of the seven missing people on Saturday.");
        Assert.Contains("Brelva City", Extract.PlaceNames(facts));
        Assert.Contains("Philippines", Extract.PlaceNames(facts));
    }

    [Fact]
    public void ARegionInCapitalsAfterTheTownIsTheRegion()
    {
        var facts = Extract.From("ORRAPOA, HAWAII (KVLM) - The state is sending $12 million to the island.");
        Assert.Contains("Orrapoa", Extract.PlaceNames(facts));
        Assert.Contains("Hawaii", Extract.PlaceNames(facts));
    }
}
