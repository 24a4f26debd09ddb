namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>
/// A hyphenated office before a name ("co-author", "vice-president") keeps the lower-case qualifiers written before
/// it, as a plain office does.
/// </summary>
public class RoleHyphenatedHeadTests
{
    private static string? RoleOf(string text, string name) => Assert.Single(Extract.From(text).People, p => p.Name == name).Role;

    [Theory]
    [InlineData("\"The ice is thinning,\" said study co-author Mara Lindqvist on Tuesday.", "Mara Lindqvist", "study co-author")]
    [InlineData("The board thanked the senior vice-president Jon Harl for his work.", "Jon Harl", "senior vice-president")]
    [InlineData("The group was started by anti-war co-founder Ben Okafor in a garage.", "Ben Okafor", "anti-war co-founder")]
    public void QualifiersBeforeAHyphenatedOfficeBelongToIt(string text, string name, string role)
    {
        Assert.Equal(role, RoleOf(text, name));
    }

    [Fact]
    public void AQualifierOpeningTheSentenceIsNoBody()
    {
        var facts = Extract.From("Lead co-author Ana Torres presented the findings in Velm.");
        var person = Assert.Single(facts.People, p => p.Name == "Ana Torres");
        Assert.Equal("lead co-author", person.Role);
        Assert.Null(person.Affiliation);
    }

    [Fact]
    public void AHyphenatedOfficeAloneStaysAsItIs()
    {
        Assert.Equal("co-author", RoleOf("Co-author Rosa Villar answered questions after the talk.", "Rosa Villar"));
    }

    [Theory]
    [InlineData("Films with Tom Weller made her famous. Later she invited her former co-star Weller to her show.", "Tom Weller", "former co-star")]
    [InlineData("Co-developer Ana Torres said the coating works.", "Ana Torres", "co-developer")]
    [InlineData("The bakery was bought by co-owner Ben Okafor in May.", "Ben Okafor", "co-owner")]
    public void AFunctionSharedWithSomeoneIsARole(string text, string name, string role)
    {
        Assert.Equal(role, RoleOf(text, name));
    }

    [Fact]
    public void AHyphenatedWordThatIsNoPersonGivesNoRole()
    {
        Assert.Null(RoleOf("The long-term plan was backed by Ida Berg in March.", "Ida Berg"));
    }

    [Theory]
    [InlineData("The party co-founder and union leader Jon Harl spoke at the rally.", "Jon Harl", "party co-founder and union leader")]
    [InlineData("Co-founder and chief executive Ana Torres left the firm in June.", "Ana Torres", "co-founder and chief executive")]
    public void AHyphenatedFirstOfTwoOfficesKeepsItsQualifiers(string text, string name, string role)
    {
        Assert.Equal(role, RoleOf(text, name));
    }
}
