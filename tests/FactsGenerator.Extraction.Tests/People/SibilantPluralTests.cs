using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.People;

/// <summary>Plurals in "-es" after a sibilant ("witnesses", "coaches") give their singular as a role.</summary>
public class SibilantPluralTests
{
    [Fact]
    public void OneOfTheWitnessesIsAWitness()
    {
        var facts = Extract.From("The van never slowed down, said Arjun Mehta, one of the eyewitnesses.");
        Assert.Equal("eyewitness", Extract.Person(facts, "Arjun Mehta").Role);
    }

    [Fact]
    public void OneOfTheCoachesIsACoach()
    {
        var facts = Extract.From("Lena Fischer, one of the coaches, praised the team.");
        Assert.Equal("coach", Extract.Person(facts, "Lena Fischer").Role);
    }

    [Fact]
    public void APluralOfAThingGivesNoRole()
    {
        var facts = Extract.From("Lena Fischer, one of the matches' organisers in 2019, praised the team.");
        Assert.NotEqual("match", Extract.Person(facts, "Lena Fischer").Role);
    }

    [Theory]
    [InlineData("witnesses", "witness")]
    [InlineData("coaches", "coach")]
    [InlineData("judges", null)]
    [InlineData("nurses", null)]
    public void TheStemDropsEsOnlyAfterASibilant(string word, string? stem)
    {
        Assert.Equal(stem, FactsGenerator.Extraction.Entities.RoleParser.SibilantPluralStem(word));
    }
}
