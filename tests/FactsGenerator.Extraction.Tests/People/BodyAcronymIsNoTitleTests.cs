using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.People;

/// <summary>"the candidate of Velm Democratic Party (VDP) X": a body's defined abbreviation before a name is no title.</summary>
public class BodyAcronymIsNoTitleTests
{
    [Fact]
    public void ThePartysNameIsNoRole()
    {
        var facts = Extract.From("The candidate of Velm Democratic Party (VDP) Omar Haddad won 58 percent of the vote.");
        var person = Extract.Person(facts, "Omar Haddad");
        Assert.Equal("candidate", person.Role);
        Assert.Equal("Velm Democratic Party", person.Affiliation);
    }

    [Fact]
    public void AnOfficesAbbreviationStaysATitle()
    {
        var facts = Extract.From("Green Member of Parliament (MP) Omar Haddad spoke first. MP Lena Brock agreed.");
        Assert.Equal("member of parliament", Extract.Person(facts, "Lena Brock").Role);
    }
}
