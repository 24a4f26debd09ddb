using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.People;

/// <summary>"Orra County Council Chair X": a place's council word before the office presiding over it is part of the office.</summary>
public class PlaceCouncilChairTests
{
    [Theory]
    [InlineData("Orra County Council Chair Dana Whitfield declared an emergency on Friday.", "council chair", "Orra County Council")]
    [InlineData("Orra County Board Chairman Dana Whitfield declared an emergency on Friday.", "board chairman", "Orra County Board")]
    public void TheCouncilWordOpensTheOffice(string text, string role, string body)
    {
        var person = Extract.Person(Extract.From(text), "Dana Whitfield");
        Assert.Equal(role, person.Role);
        Assert.Equal(body, person.Affiliation);
    }

    [Fact]
    public void ABodyWithoutAPlaceKeepsTheOfficeAlone()
    {
        var facts = Extract.From("Velm Trading Board Chairman Dana Whitfield declared a loss on Friday.");
        Assert.Equal("chairman", Extract.Person(facts, "Dana Whitfield").Role);
    }
}
