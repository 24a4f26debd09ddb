namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>"Ma." (Maria) and the old English "Wm.", "Thos." opening a name are given names: the stop ends neither the
/// sentence nor the name; a family name "Ma" after a given name still ends the sentence.</summary>
public class AbbreviatedGivenNameTests
{
    [Fact]
    public void AnAbbreviatedGivenNameInAListIsPartOfTheName()
    {
        var facts = Extract.From("The petition was signed by Rosa T. Lumen, a nurse; Ma. Teodora P. Salcedo, director of the clinic; and Ben Ocampo.");
        Assert.Contains("Ma. Teodora P. Salcedo", Extract.PeopleNames(facts));
        Assert.Equal("director", Extract.Person(facts, "Ma. Teodora P. Salcedo").Role);
    }

    [Fact]
    public void AnAbbreviatedGivenNameOpeningASentenceIsPartOfTheName()
    {
        var facts = Extract.From("Ma. Lourdes Ocampo said the clinic would stay open.");
        Assert.Contains("Ma. Lourdes Ocampo", Extract.PeopleNames(facts));
    }

    [Fact]
    public void AFamilyNameMaStillEndsTheSentence()
    {
        var facts = Extract.From("The prize went to Jack Ma. Teresa Orlan said she was pleased.");
        var people = Extract.PeopleNames(facts);
        Assert.Contains("Jack Ma", people);
        Assert.Contains("Teresa Orlan", people);
    }
}
