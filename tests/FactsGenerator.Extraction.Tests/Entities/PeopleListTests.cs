namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>Names enumerated with a person's full name and nothing but people are people too.</summary>
public class PeopleListTests
{
    [Fact]
    public void UnknownNamesListedWithAPersonArePeople()
    {
        var facts = Extract.From("The rent board heard Mellow Dorvik, Sunniva Dorvik, and Ewan Marsh on Monday.");
        Assert.Contains("Mellow Dorvik", Extract.PeopleNames(facts));
        Assert.Contains("Sunniva Dorvik", Extract.PeopleNames(facts));
    }

    [Fact]
    public void NamesEndingInAnEverydayWordStayOutOfTheList()
    {
        var facts = Extract.From("The fund backs John Fenning, Red Kettle, and Blue Lantern this year.");
        Assert.DoesNotContain("Red Kettle", Extract.PeopleNames(facts));
        Assert.DoesNotContain("Blue Lantern", Extract.PeopleNames(facts));
    }

    [Fact]
    public void AListWithAPlaceMakesNoPeople()
    {
        var facts = Extract.From("The tour visits John Fenning, Porto Veldrin, and Leeds in May.");
        Assert.DoesNotContain("Porto Veldrin", Extract.PeopleNames(facts));
    }
}
