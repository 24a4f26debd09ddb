namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>News style names where someone lives after the age: "Ana Ruiz, 31, of Tarnwick".</summary>
public class ResidenceAfterAgeTests
{
    [Theory]
    [InlineData("Police arrested Piet Varnholm, 58, of Quellbrook, on Friday.", "Quellbrook")]
    [InlineData("The driver, Ana Ruiz, 31, of Tarnwick Falls, was treated at a hospital.", "Tarnwick Falls")]
    [InlineData("Jo Kim, 22, of Orrinton and her sister were hurt in the crash.", "Orrinton")]
    [InlineData("The winner was Tom Hale, 45, of Marbury.", "Marbury")]
    [InlineData("Piet Varnholm, aged 58, of Quellbrook, near the coast, said he was angry.", "Quellbrook")]
    [InlineData("The rider, Ana Ruiz, aged 31, of Tarnwick Falls, was unhurt.", "Tarnwick Falls")]
    [InlineData("Jo Kim, aged 22, of Orrinton was fined on Tuesday.", "Orrinton")]
    public void ATownAfterTheAgeIsAPlace(string text, string town)
    {
        var facts = Extract.From(text);
        Assert.Contains(town, Extract.PlaceNames(facts));
        Assert.DoesNotContain(town, Extract.PeopleNames(facts));
        Assert.DoesNotContain(town, Extract.OrganizationNames(facts));
    }

    [Fact]
    public void ABodyAfterTheAgeStaysABody()
    {
        var facts = Extract.From("Tom Hale, 45, of Harlow Labs, said the test had failed.");
        Assert.Contains("Harlow Labs", Extract.OrganizationNames(facts));
        Assert.DoesNotContain("Harlow Labs", Extract.PlaceNames(facts));
    }

    [Theory]
    [InlineData("Orla Fenner, of Quarry Lane, Marbury, is due in court on Monday.", "Orla Fenner", "Quarry Lane")]
    [InlineData("The owner, Dev Ashgrove, of 14 Holm Crescent, said nothing was taken.", "Dev Ashgrove", "Holm Crescent")]
    public void AStreetAfterOfIsWhereThePersonLivesNotABody(string text, string name, string street)
    {
        var facts = Extract.From(text);
        Assert.Null(Extract.Person(facts, name).Affiliation);
        Assert.DoesNotContain(street, Extract.OrganizationNames(facts));
    }

    [Fact]
    public void AgedWithoutTheCommaBeforeItIsNoResidence()
    {
        var facts = Extract.From("Books for children aged 8, of Harlow Press, sold well.");
        Assert.DoesNotContain("Harlow Press", Extract.PlaceNames(facts));
    }

    [Fact]
    public void OfWithoutAnAgeIsNoResidence()
    {
        var facts = Extract.From("The letter was signed by Tom Hale of Quellbrook Partners and two others.");
        Assert.DoesNotContain("Quellbrook Partners", Extract.PlaceNames(facts));
    }
}
