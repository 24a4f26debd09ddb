namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>
/// Nouns of people that no hand-written lexicon lists ("beekeeper", "locksmith") head a role beside a name, from the
/// WordNet person-noun list; plain words for a person, plurals, participles and functions companies share do not.
/// </summary>
public class RolePersonNounTests
{
    private static string? RoleOf(string text, string name) =>
        Assert.Single(Extract.From(text).People, p => p.Name == name).Role;

    [Theory]
    [InlineData("The hives were checked by beekeeper Ivo Tansley in May.", "Ivo Tansley", "beekeeper")]
    [InlineData("Ivo Tansley, a former locksmith of the town, agreed to talk.", "Ivo Tansley", "former locksmith")]
    [InlineData("Ivo Tansley is the cartographer of the survey.", "Ivo Tansley", "cartographer")]
    [InlineData("The squad will have the services of physio Ivo Tansley on the tour.", "Ivo Tansley", "physio")]
    public void AWordNetNounOfFunctionHeadsTheRole(string text, string name, string role)
    {
        Assert.Equal(role, RoleOf(text, name));
    }

    [Theory]
    [InlineData("Police said Ivo Tansley, a 40-year-old man, was arrested on Monday.")]
    [InlineData("According to police and county officials, Ivo Tansley drove the truck.")]
    [InlineData("The mayor accused Ivo Tansley of lying on Monday.")]
    public void APlainWordForAPersonAPluralOrAVerbGivesNoRole(string text)
    {
        Assert.Null(RoleOf(text, "Ivo Tansley"));
    }

    [Fact]
    public void AFunctionCompaniesShareMakesNoPersonOfABody()
    {
        var facts = Extract.From("The shipping firm and fuel supplier Quorlen Holdings bought the site in May.");
        Assert.DoesNotContain(facts.People, p => p.Name.Contains("Quorlen"));
    }

    [Theory]
    [InlineData("Curator Ivo Tansley was picked as the museum's guide.", "curator")]
    [InlineData("Glassblower Ivo Tansley led the workshop in May.", "glassblower")]
    public void AnOccupationOpeningTheSentenceIsNoPartOfTheName(string text, string role)
    {
        Assert.Equal(role, RoleOf(text, "Ivo Tansley"));
    }

    [Fact]
    public void AHyphenatedFieldAfterOfIsOneWord()
    {
        Assert.Equal("former curator of folk-lore", RoleOf("The file came from Ivo Tansley, former curator of folk-lore.", "Ivo Tansley"));
    }
}
