using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.People;

/// <summary>"Velm Falls City Manager X": "City" or "Town" before an office a municipality appoints is part of the office.</summary>
public class MunicipalOfficeTests
{
    [Theory]
    [InlineData("The budget was cut, Velm Falls City Manager Ruth Calder said on Monday.", "Ruth Calder", "city manager")]
    [InlineData("Dorrigan Town Clerk Ruth Calder counted the ballots.", "Ruth Calder", "town clerk")]
    public void TheMunicipalityWordOpensTheOffice(string text, string name, string role)
    {
        Assert.Equal(role, Extract.Person(Extract.From(text), name).Role);
    }

    [Fact]
    public void ACityTheGazetteerKnowsKeepsItsWord()
    {
        var facts = Extract.From("Kansas City Manager Ruth Calder cut the ribbon.");
        Assert.Equal("manager", Extract.Person(facts, "Ruth Calder").Role);
    }

    [Fact]
    public void AnOfficeNoMunicipalityAppointsByThatNameIsLeftAlone()
    {
        var facts = Extract.From("Velm Falls City Mayor Ruth Calder cut the ribbon.");
        Assert.Equal("mayor", Extract.Person(facts, "Ruth Calder").Role);
    }
}
