namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>"X, Body's office of Division field": the possessor is the affiliation; the division after "of" narrows the office.</summary>
public class RolePossessorDivisionTests
{
    [Fact]
    public void ADivisionAfterAPossessedOfficeJoinsTheRole()
    {
        var facts = Extract.From("The plant will close in June, said Ilona Varga, Halvern Steel's director of Baltic logistics.");
        var person = Extract.Person(facts, "Ilona Varga");
        Assert.Equal("director of baltic logistics", person.Role);
        Assert.Equal("Halvern Steel", person.Affiliation);
    }

    [Fact]
    public void SeveralCapitalisedQualifiersMayOpenTheDivision()
    {
        var facts = Extract.From("Prices will rise, according to Tomas Reyna, Orvane Group's vice president of South Asian retail.");
        var person = Extract.Person(facts, "Tomas Reyna");
        Assert.Equal("vice president of south asian retail", person.Role);
        Assert.Equal("Orvane Group", person.Affiliation);
    }

    [Fact]
    public void ABodyAfterOfWithoutAPossessorStaysTheAffiliation()
    {
        var facts = Extract.From("Dana Pirelli, the director of Coastal Rescue Services, said the boats were ready.");
        var person = Extract.Person(facts, "Dana Pirelli");
        Assert.Equal("director", person.Role);
        Assert.Equal("Coastal Rescue Services", person.Affiliation);
    }
}
