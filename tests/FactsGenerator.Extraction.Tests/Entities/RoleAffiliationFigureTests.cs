namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>A figure after the preposition that follows an office says how long or how much; it names no body.</summary>
public class RoleAffiliationFigureTests
{
    [Theory]
    [InlineData("Dana Whitlow, who was a teacher for 30 years, spoke at the meeting.", "teacher")]
    [InlineData("Dana Whitlow, who was an adviser for two decades, spoke at the meeting.", "adviser")]
    public void AFigureAfterForIsNoAffiliation(string text, string role)
    {
        var person = Extract.Person(Extract.From(text), "Dana Whitlow");
        Assert.Equal(role, person.Role);
        Assert.Null(person.Affiliation);
    }

    [Fact]
    public void ABodyAfterForIsStillTheAffiliation()
    {
        var person = Extract.Person(Extract.From("Dana Whitlow, who was a spokesperson for the Harlow Water Board, spoke at the meeting."), "Dana Whitlow");
        Assert.Equal("spokesperson", person.Role);
        Assert.Equal("Harlow Water Board", person.Affiliation);
    }

    [Fact]
    public void ANameWhoseOnlyEvidenceIsAFigureAfterFromIsNoPerson()
    {
        var facts = Extract.From("The guidelines also list Velmar Coastal Fever, from 2013, as an undesirable name.");
        Assert.DoesNotContain("Velmar Coastal Fever", Extract.PeopleNames(facts));
    }
}
