using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Places;

public class CampAndPointSiteTests
{
    [Fact]
    public void NamesListedAfterPluralCampsAreSites()
    {
        var names = Extract.PlaceNames(Extract.From("Shelling hit the town and its displacement camps, including Orrabad and Tarsk Velm, on Sunday."));
        Assert.Contains("Orrabad", names);
        Assert.Contains("Tarsk Velm", names);
        Assert.DoesNotContain("Tarsk Velm", Extract.PeopleNames(Extract.From("Shelling hit the town and its displacement camps, including Orrabad and Tarsk Velm, on Sunday.")));
    }

    [Fact]
    public void NamesListedAfterAnotherPluralKindAreNoCamps()
    {
        Assert.DoesNotContain("Orrabad", Extract.PlaceNames(Extract.From("The firm sold several brands, including Orrabad and Velmix, last year.")));
    }

    [Fact]
    public void ANameEndingInPointAfterAPrepositionOfWhereIsASite()
    {
        Assert.Contains("Harlan Point", Extract.PlaceNames(Extract.From("The survivors were taken to Harlan Point, where medics treated them.")));
    }

    [Fact]
    public void ANameEndingInPointWithoutAPrepositionIsNoSite()
    {
        Assert.DoesNotContain("Turning Point", Extract.PlaceNames(Extract.From("Turning Point said the rally would go ahead.")));
    }
}
