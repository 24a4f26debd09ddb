namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>Names enumerated with a person's full name and nothing but people are people too.</summary>
public class PeopleListTests
{
    [Fact]
    public void UnknownNamesListedWithAPersonArePeople()
    {
        var facts = Extract.From("Three islanders, Pale Vantosi, Rosavita Vantosi, and John Fenning, sued the state on Monday.");
        Assert.Contains("Pale Vantosi", Extract.PeopleNames(facts));
        Assert.Contains("Rosavita Vantosi", Extract.PeopleNames(facts));
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
