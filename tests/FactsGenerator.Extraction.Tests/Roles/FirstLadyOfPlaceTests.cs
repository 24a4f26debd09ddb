using FactsGenerator.Extraction.Tests.Entities;
using Xunit;

namespace FactsGenerator.Extraction.Tests.Roles;

/// <summary>"the First Lady of the Republic of Velmoria, X,": "Lady" after "First" is an office before "of" and a place,
/// as "First Lady X" is before a name; "Lady" alone is an honorific.</summary>
public class FirstLadyOfPlaceTests
{
    [Fact]
    public void TheFirstLadyOfAPlaceIsTheRole()
    {
        var facts = Extract.From("The guests were welcomed by the First Lady of the Republic of Kenya, Ana Ruiz, when they arrived on Monday.");
        var person = Extract.Person(facts, "Ana Ruiz");
        Assert.Equal("first lady", person.Role);
        Assert.Equal("Kenya", person.Affiliation);
    }

    [Fact]
    public void LadyAloneIsNoOffice()
    {
        var facts = Extract.From("Lady Ana Ruiz of Harlow opened the new wing of the school on Monday.");
        Assert.Null(Extract.Person(facts, "Ana Ruiz").Role);
    }

    [Fact]
    public void TheFirstLadyOfAnArtIsNoOffice()
    {
        var facts = Extract.From("The First Lady of Jazz, Ana Ruiz, sang at the festival on Monday.");
        Assert.Null(Extract.Person(facts, "Ana Ruiz").Affiliation);
        Assert.Null(Extract.Person(facts, "Ana Ruiz").Role);
    }
}
