using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Places;

// A county named like a given name ("Orrin County") before a capitalised office and a name is the place the office
// serves, also after a verb of saying, which otherwise cues a person for a given name and a place word ("said Tom Bridge").
public class CountyBeforeOfficeAfterSaidTests
{
    [Fact]
    public void ACountyBeforeAnOfficeAfterSaidIsThePlace()
    {
        var facts = Extract.From("Two workers were hurt in the blast, said Orrin County Sheriff Ana Ruiz.");
        Assert.Contains("Orrin County", Extract.PlaceNames(facts));
        Assert.DoesNotContain("Orrin County", Extract.PeopleNames(facts));
        Assert.Equal("Orrin County", Extract.Person(facts, "Ana Ruiz").Affiliation);
    }

    [Fact]
    public void AGivenNameAndAPlaceWordAfterSaidIsStillAPerson()
    {
        var facts = Extract.From("Two workers were hurt in the blast, said Tom Bridge, a foreman at the plant.");
        Assert.Contains("Tom Bridge", Extract.PeopleNames(facts));
        Assert.DoesNotContain("Tom Bridge", Extract.PlaceNames(facts));
    }
}
