namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>The stop of an abbreviation inside an affiliation's name ("St. Ives Hospital", "Gov. Ana Ruiz", "John F.
/// Okafor") goes on with the name: the whole name is the affiliation, not the abbreviation.</summary>
public class AffiliationAbbreviationStopTests
{
    [Fact]
    public void TheAbbreviatedSaintGoesOnWithTheNameAndTheHospitalIsABody()
    {
        var facts = Extract.From("Ana Velasco, a surgeon at St. Brendan's Hospital, said the ward was full.");
        var person = Extract.Person(facts, "Ana Velasco");
        Assert.Equal("surgeon", person.Role);
        Assert.Equal("St. Brendan's Hospital", person.Affiliation);
        Assert.Contains("St. Brendan's Hospital", Extract.OrganizationNames(facts));
        Assert.DoesNotContain("St. Brendan's Hospital", Extract.PlaceNames(facts));
        Assert.DoesNotContain(facts.Organizations, o => o.Name == "St");
    }

    [Theory]
    [InlineData("Tomas Brandt, a spokesman for Gov. Ana Velasco, said the plan was final.", "Gov. Ana Velasco")]
    [InlineData("Tomas Brandt, a spokesman for Mr. Velasco, said the plan was final.", "Mr. Velasco")]
    [InlineData("Tomas Brandt, director of the Ana J. Velasco Institute, said the plan was final.", "Ana J. Velasco Institute")]
    public void TheStopOfATitleOrAnInitialGoesOnWithTheName(string body, string affiliation)
    {
        var facts = Extract.From(body);
        Assert.Equal(affiliation, Extract.Person(facts, "Tomas Brandt").Affiliation);
    }
}
