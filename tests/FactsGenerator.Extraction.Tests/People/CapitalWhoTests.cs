using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.People;

/// <summary>"X, WHO's director of emergencies,": "WHO" in capitals is the World Health Organization, not the relative
/// pronoun, so the apposition after it gives the office; "who" in lower case still opens a relative clause.</summary>
public class CapitalWhoTests
{
    [Fact]
    public void TheAcronymsPossessiveOpensAnApposition()
    {
        var facts = Extract.From("\"The wards are full,\" said Marta Quellen, WHO's director of emergencies, on Friday.");
        var person = Extract.Person(facts, "Marta Quellen");
        Assert.Equal("director of emergencies", person.Role);
        Assert.Equal("WHO", person.Affiliation);
    }

    [Fact]
    public void TheAcronymEndsNoAffiliationPhrase()
    {
        var facts = Extract.From("Marta Quellen, an epidemiologist at WHO, said the outbreak was slowing.");
        var person = Extract.Person(facts, "Marta Quellen");
        Assert.Equal("epidemiologist", person.Role);
        Assert.Equal("WHO", person.Affiliation);
    }

    [Fact]
    public void TheLowerCasePronounStillOpensARelativeClause()
    {
        var facts = Extract.From("Marta Quellen, who is the director of the clinic, said the wards were full.");
        Assert.Equal("director", Extract.Person(facts, "Marta Quellen").Role);
    }

    [Fact]
    public void ARelativeClauseThatNamesNoOfficeGivesNoRole()
    {
        var facts = Extract.From("Marta Quellen, who met WHO's director of emergencies, said the wards were full.");
        Assert.Null(Extract.Person(facts, "Marta Quellen").Role);
    }
}
