using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.People;

/// <summary>"a man surnamed Li said" and "the man, identified as X, said" name a person by one name; "identified as"
/// with no noun for a person before it says nothing of the kind.</summary>
public class SurnamedAndIdentifiedTests
{
    [Fact]
    public void SurnamedNamesAPersonBeforeTheVerb()
    {
        var facts = Extract.From("\"The victims were burnt,\" an official surnamed Quo said on Monday.");
        Assert.Contains("Quo", Extract.PeopleNames(facts));
    }

    [Fact]
    public void IdentifiedAsAfterANounForAPersonNamesThePerson()
    {
        var facts = Extract.From("\"He fired at everyone,\" the man, identified as Diawor, said.");
        Assert.Contains("Diawor", Extract.PeopleNames(facts));
    }

    [Fact]
    public void IdentifiedAsAfterAThingIsNoPerson()
    {
        var facts = Extract.From("The vessel, identified as Kestrava, sank near the coast.");
        Assert.DoesNotContain("Kestrava", Extract.PeopleNames(facts));
    }
}
