namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>Offices whose words after "to", "on" or "of State" complete them rather than naming another person or a
/// body: an aide's principal and remit, a minister of state's remit.</summary>
public class AideAndStateOfficeTests
{
    [Fact]
    public void AnAidesPrincipalIsPartOfTheOffice()
    {
        var facts = Extract.From("The Special Assistant to the Governor, Tunde Arowe, announced the visit on Sunday.");
        Assert.Equal("special assistant to the governor", Extract.Person(facts, "Tunde Arowe").Role);
    }

    [Fact]
    public void AnAidesRemitAfterOnIsPartOfTheOffice()
    {
        var facts = Extract.From("The Senior Special Assistant to the Governor on Media and Publicity, Mr. Tunde Arowe, announced the visit on Sunday.");
        Assert.Equal("senior special assistant to the governor on media and publicity", Extract.Person(facts, "Tunde Arowe").Role);
    }

    [Fact]
    public void AMinisterOfStateKeepsTheRemit()
    {
        var facts = Extract.From("Minister of State for Coastal Works, Dr Hauwa Belko said the port would reopen.");
        var person = Extract.Person(facts, "Hauwa Belko");
        Assert.Equal("minister of state for coastal works", person.Role);
        Assert.Null(person.Affiliation);
    }

    [Fact]
    public void AMinisterOfStateWithoutACommaKeepsTheRemit()
    {
        var facts = Extract.From("Minister of State for Coastal Works Hauwa Belko said the port would reopen.");
        Assert.Equal("minister of state for coastal works", Extract.Person(facts, "Hauwa Belko").Role);
    }
}
