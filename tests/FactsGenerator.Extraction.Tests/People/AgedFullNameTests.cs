using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.People;

/// <summary>An age beside a name of two words ("the 13-year-old X", "X, a 25-year-old selling cards,", "X (28)") makes
/// it a person's whatever its given name; an age before a thing or before a noun for a person does not.</summary>
public class AgedFullNameTests
{
    [Fact]
    public void AnAgeAdjectiveBeforeTheNameMakesAPerson()
    {
        var facts = Extract.From("The family of 13-year-old Dorvik Hasselmane wept at the morgue.");
        Assert.Contains("Dorvik Hasselmane", Extract.PeopleNames(facts));
    }

    [Fact]
    public void AnAgeInAppositionMakesAPerson()
    {
        var facts = Extract.From("Officials said Korin Kapetanas, a 25-year-old selling phone cards, wore a cap.");
        Assert.Contains("Korin Kapetanas", Extract.PeopleNames(facts));
    }

    [Fact]
    public void AnAgeInAppositionBeforeFromMakesAPerson()
    {
        var facts = Extract.From("Korin Kapetanas, a 31-year-old from the coast, waited in line.");
        Assert.Contains("Korin Kapetanas", Extract.PeopleNames(facts));
    }

    [Fact]
    public void BracketedAgesAfterNamesMakePeople()
    {
        var facts = Extract.From("The dead were identified as Porwan Sheikhar (28) and Velrin Sikkor (30).");
        var people = Extract.PeopleNames(facts);
        Assert.Contains("Porwan Sheikhar", people);
        Assert.Contains("Velrin Sikkor", people);
    }

    [Fact]
    public void AnAgedThingIsNoPerson()
    {
        var facts = Extract.From("Velm Works, a 100-year-old company, closed its doors on Monday.");
        Assert.DoesNotContain("Velm Works", Extract.PeopleNames(facts));
    }

    [Fact]
    public void ANameBeforeANounForAPersonIsNoPerson()
    {
        var facts = Extract.From("The 23-year-old Velm Rovers striker scored twice on Saturday.");
        Assert.DoesNotContain("Velm Rovers", Extract.PeopleNames(facts));
    }

    [Fact]
    public void AnAgedBuildingNamedWithAnEverydayWordIsNoPerson()
    {
        var facts = Extract.From("They visited the 30-year-old Harwick Mill on Sunday.");
        Assert.DoesNotContain("Harwick Mill", Extract.PeopleNames(facts));
    }
}
