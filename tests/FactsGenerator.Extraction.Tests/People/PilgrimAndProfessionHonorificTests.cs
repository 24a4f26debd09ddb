using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.People;

/// <summary>"Alhaji", "Hajiya", "Engr" and "Barrister" address a person: no role, nor part of an office before them
/// ("Alhaji" and "Hajiya" stay in the name: see HonorificKeptInNameTests).</summary>
public class PilgrimAndProfessionHonorificTests
{
    [Theory]
    [InlineData("Alhaji Sani Danjuma said the market would reopen on Monday.", "Alhaji Sani Danjuma")]
    [InlineData("Hajiya Amina Garba said the market would reopen on Monday.", "Hajiya Amina Garba")]
    public void APilgrimsTitleGivesNoRole(string text, string name)
    {
        Assert.Null(Extract.Person(Extract.From(text), name).Role);
    }

    [Fact]
    public void AnHonorificAfterAnOfficeLeavesTheOffice()
    {
        var facts = Extract.From("The union's chairman, Alhaji Sani Danjuma, said the strike would go on.");
        Assert.Equal("chairman", Extract.Person(facts, "Alhaji Sani Danjuma").Role);
    }

    [Theory]
    [InlineData("Barrister Usman Raza said the party would appeal.", "Usman Raza", "barrister")]
    [InlineData("Engr Tunde Adeyemi said the bridge would open in May.", "Tunde Adeyemi", "engineer")]
    public void AProfessionsHonorificAloneGivesTheProfession(string text, string name, string role)
    {
        Assert.Equal(role, Extract.Person(Extract.From(text), name).Role);
    }

    [Fact]
    public void AnOfficeBeforeTheProfessionsHonorificWins()
    {
        var facts = Extract.From("Party Chairman Barrister Usman Raza said the party would appeal.");
        Assert.Equal("Usman Raza", Assert.Single(facts.People).Name);
        Assert.NotEqual("barrister", facts.People[0].Role);
    }
}
