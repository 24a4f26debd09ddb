using System.Linq;

namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>Organisations named for a purpose: "to" and a capitalised verb after the body's head word.</summary>
public class PurposeNameTests
{
    [Theory]
    [InlineData("The Committee to Protect Reporters condemned the arrest.", "Committee to Protect Reporters")]
    [InlineData("A spokesman for the Global Coalition to End Hunger said aid was arriving.", "Global Coalition to End Hunger")]
    public void ToAndACapitalisedVerbAfterAHeadContinueTheName(string text, string name)
    {
        Assert.Contains(name, Extract.From(text).Organizations.Select(o => o.Name));
    }

    [Fact]
    public void APlaceAfterToIsWhereTheBodyWent()
    {
        var facts = Extract.From("The minister sent the Commission to New York on Monday.");
        Assert.DoesNotContain(facts.Organizations, o => o.Name.Contains("New York"));
        Assert.Contains("New York", facts.Places.Select(p => p.Name));
    }
}

/// <summary>Where an institution's name ends when a given name follows a place inside it.</summary>
public class InstitutionNameBoundaryTests
{
    [Fact]
    public void AGivenNameThatCompletesAPlaceStaysInTheInstitutionsName()
    {
        var facts = Extract.From("She studied at the University of South Carolina Aiken before moving abroad.");
        Assert.Contains("University of South Carolina Aiken", facts.Organizations.Select(o => o.Name));
        Assert.Empty(facts.People);
    }

    [Fact]
    public void ATitleBetweenAnInstitutionAndAPersonIsThePersonsOffice()
    {
        var facts = Extract.From("House of Commons Speaker Tom Vik commented on the matter on Monday.");
        Assert.Contains("House of Commons", facts.Organizations.Select(o => o.Name));
        var person = Assert.Single(facts.People);
        Assert.Equal(("Tom Vik", "speaker"), (person.Name, person.Role));
    }
}
