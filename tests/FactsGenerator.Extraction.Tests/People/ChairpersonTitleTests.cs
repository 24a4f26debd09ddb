using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.People;

/// <summary>"Chairperson of the Commission, X": the neutral form is a title as "Chairman" and "Chairwoman" are.</summary>
public class ChairpersonTitleTests
{
    [Fact]
    public void TheOfficeBeforeTheCommaIsTheNamesRole()
    {
        var facts = Extract.From("Chairperson of the Commission, Efua Tamakloe announced the final results on Wednesday.");
        var person = Extract.Person(facts, "Efua Tamakloe");
        Assert.Equal("chairperson", person.Role);
        Assert.Equal("Commission", person.Affiliation);
    }

    [Fact]
    public void TheTitleBeforeANameGivesTheOffice()
    {
        var facts = Extract.From("Velm Trust Chairperson Efua Tamakloe opened the hall.");
        Assert.Equal("chairperson", Extract.Person(facts, "Efua Tamakloe").Role);
    }

    [Fact]
    public void ALowerCaseChairpersonAfterTheNameStillReads()
    {
        var facts = Extract.From("Efua Tamakloe, the chairperson of the Velm Trust, opened the hall.");
        Assert.Equal("chairperson", Extract.Person(facts, "Efua Tamakloe").Role);
    }
}
