using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Places;

// A name the gazetteer does not know, set off by commas before a known first-level region or an abbreviated state or
// province ("Brelvick, N.D., recorded", "both of Orravale, Masbate;"), is a town of that region wherever it stands;
// a country after the comma, a region that goes on, and a name opening with a given name place nothing.
public class TownSetOffBeforeRegionTests
{
    [Fact]
    public void ANameBeforeAnAbbreviatedStateOpeningAClauseIsATown()
    {
        var facts = Extract.From("Temperatures fell across the plains; Brelvick, N.D., recorded minus 40 degrees on Sunday.");
        Assert.Contains("Brelvick", Extract.PlaceNames(facts));
        Assert.Contains("North Dakota", Extract.PlaceNames(facts));
    }

    [Fact]
    public void NamesListedWithTheirRegionsAreTowns()
    {
        var facts = Extract.From("The carmaker will close two plants - Tarskwood, Ohio, and Quellbury, Ontario - next year.");
        Assert.Contains("Tarskwood", Extract.PlaceNames(facts));
        Assert.Contains("Quellbury", Extract.PlaceNames(facts));
    }

    [Fact]
    public void ATownOfSeveralWordsAfterOfOrIntoIsATown()
    {
        var facts = Extract.From("Mud poured into Orrick Landing, B.C., on Thursday, and two men, both of Velmaro, Masbate; were missing.");
        Assert.Contains("Orrick Landing", Extract.PlaceNames(facts));
        Assert.Contains("Velmaro", Extract.PlaceNames(facts));
    }

    [Fact]
    public void ACountryAfterTheCommaPlacesNothing()
    {
        var facts = Extract.From("The race was won by Drelvano, Mexico, ahead of the favourite.");
        Assert.DoesNotContain("Drelvano", Extract.PlaceNames(facts));
    }

    [Fact]
    public void ARegionThatGoesOnPlacesNothing()
    {
        var facts = Extract.From("Kestova, Ohio's longest-serving senator, said on Monday that the vote would be close.");
        Assert.DoesNotContain("Kestova", Extract.PlaceNames(facts));
    }

    [Fact]
    public void ANameOpeningWithAGivenNameIsNoTown()
    {
        var facts = Extract.From("The panel questioned Maria Quellbrand, Texas, and the state attorney on Monday.");
        Assert.DoesNotContain("Maria Quellbrand", Extract.PlaceNames(facts));
        Assert.Contains("Maria Quellbrand", Extract.PeopleNames(facts));
    }
}
