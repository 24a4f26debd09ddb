using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.People;

/// <summary>"The victim was identified as X": the subject noun opening the sentence is the named person's role.</summary>
public class IdentifiedAsTests
{
    [Theory]
    [InlineData("The injured cyclist was later identified as one Farid Osman.", "Farid Osman", "injured cyclist")]
    [InlineData("The victim was identified as Farid Osman, 52, of Harlow.", "Farid Osman", "victim")]
    public void TheSubjectNounIsTheRole(string text, string name, string role)
    {
        Assert.Equal(role, Extract.Person(Extract.From(text), name).Role);
    }

    [Fact]
    public void APluralSubjectGivesEachListedNameTheSingular()
    {
        var facts = Extract.From("The suspects were identified as Farid Osman, 24, and Lena Brock, 30.");
        Assert.Equal("suspect", Extract.Person(facts, "Farid Osman").Role);
        Assert.Equal("suspect", Extract.Person(facts, "Lena Brock").Role);
    }

    [Fact]
    public void AThingIdentifiedGivesNoRole()
    {
        var facts = Extract.From("The boat was identified as the one Farid Osman had rented.");
        Assert.Null(Extract.Person(facts, "Farid Osman").Role);
    }
}
