using System.Linq;

namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>Honours and ranks written after a name ("QC", "OBE") are neither names nor bodies.</summary>
public class PostNominalTests
{
    [Fact]
    public void LettersAfterANameAreNoOrganisationAndNoPartOfTheName()
    {
        var facts = Extract.From("The award went to Ray Quill OBE on Monday.");
        Assert.Equal("Ray Quill", Assert.Single(facts.People).Name);
        Assert.Empty(facts.Organizations);
    }

    [Fact]
    public void TheSpeakerBeforeTheLettersIsThePerson()
    {
        var facts = Extract.From("Prosecutor Tom Vik QC said the victims were \"easy targets for them\".");
        var quote = Assert.Single(facts.Quotes);
        Assert.Equal("Tom Vik", quote.Speaker);
        Assert.Equal("prosecutor", Assert.Single(facts.People).Role);
    }

    [Fact]
    public void AnOfficeBeforeTheNameIsStillItsRole()
    {
        var facts = Extract.From("Green MP Jo Kim OBE opened the debate.");
        var person = Assert.Single(facts.People);
        Assert.Equal("Jo Kim", person.Name);
        Assert.Equal("mp", person.Role);
    }
}
