using FactsGenerator.Extraction.Tests.Entities;
using Xunit;

namespace FactsGenerator.Extraction.Tests.Roles;

/// <summary>"Leftist leader X", "Hardline cleric X": a word of political leaning opening the sentence before a role is
/// capitalised only there; it qualifies the role and names no body.</summary>
public class PoliticalLeaningOpenerTests
{
    [Theory]
    [InlineData("Leftist leader Tomas Vell was detained at the rally.", "leftist leader")]
    [InlineData("Hardline cleric Tomas Vell was detained at the rally.", "hardline cleric")]
    [InlineData("Separatist commander Tomas Vell said talks had failed.", "separatist commander")]
    public void TheWordQualifiesTheRole(string text, string role)
    {
        var facts = Extract.From(text);
        var person = Extract.Person(facts, "Tomas Vell");
        Assert.Equal(role, person.Role);
        Assert.Null(person.Affiliation);
        Assert.Empty(Extract.OrganizationNames(facts));
    }

    [Fact]
    public void AFirmsNameOpeningTheSentenceStillOwnsTheRole()
    {
        var person = Extract.Person(Extract.From("Korrinex chief executive Tomas Vell said profits fell."), "Tomas Vell");
        Assert.Equal("Korrinex", person.Affiliation);
    }
}
