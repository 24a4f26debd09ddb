namespace FactsGenerator.Extraction.Tests.Entities;

public class PlaceNamedForPersonTests
{
    [Fact]
    public void ATownThatIsOnlyASurnameOfSomeoneNamedInFullIsThatPerson()
    {
        var facts = Extract.From("The rancher Ana Preston died on Monday. She ran the Preston Ranch for forty years.");
        Assert.DoesNotContain("Preston", Extract.PlaceNames(facts));
        Assert.Contains("Ana Preston", Extract.PeopleNames(facts));
    }

    [Fact]
    public void ATownMarkedAsAPlaceStaysAPlace()
    {
        var facts = Extract.From("The rancher Ana Preston died on Monday. She ran the Preston Ranch near the town of Preston.");
        Assert.Contains("Preston", Extract.PlaceNames(facts));
    }
}
