namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>
/// A hyphenated office before a name ("co-author", "vice-president") keeps the lower-case qualifiers written before
/// it, as a plain office does.
/// </summary>
public class RoleHyphenatedHeadTests
{
    private static string? RoleOf(string text, string name) => Assert.Single(Extract.From(text).People, p => p.Name == name).Role;

    [Theory]
    [InlineData("The findings were presented by study co-author Mara Lindqvist on Tuesday.", "Mara Lindqvist", "study co-author")]
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
    [InlineData("Tom Weller acted in her first film. The sequel reunited her with former co-star Weller.", "Tom Weller", "former co-star")]
    [InlineData("Co-developer Ana Torres said the app would ship in May.", "Ana Torres", "co-developer")]
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
    [InlineData("The band co-founder and studio manager Jon Harl spoke at the launch.", "Jon Harl", "band co-founder and studio manager")]
    [InlineData("Co-founder and chief executive Ana Torres left the firm in June.", "Ana Torres", "co-founder and chief executive")]
    public void AHyphenatedFirstOfTwoOfficesKeepsItsQualifiers(string text, string name, string role)
    {
        Assert.Equal(role, RoleOf(text, name));
    }

    [Theory]
    [InlineData("The Danish shot-putter Ida Berg won bronze on Friday.", "Ida Berg", "shot-putter")]
    [InlineData("Ida Berg, a show-jumper from Velm, won bronze on Friday.", "Ida Berg", "show-jumper")]
    [InlineData("The veteran pole-vaulter Ida Berg won silver on Friday.", "Ida Berg", "veteran pole-vaulter")]
    public void AWordJoinedToADoerOfAVerbIsARole(string text, string name, string role)
    {
        Assert.Equal(role, RoleOf(text, name));
    }

    [Theory]
    [InlineData("Ida Berg, the co-pilot, was unhurt in the landing.", "Ida Berg", "co-pilot")]
    [InlineData("Ida Berg, a co-founder of the studio, said sales were up.", "Ida Berg", "co-founder")]
    [InlineData("Ida Berg, a co-founder, said sales were up.", "Ida Berg", "co-founder")]
    public void AHyphenatedPersonNounOpeningAnAppositionIsItsHead(string text, string name, string role)
    {
        Assert.Equal(role, RoleOf(text, name));
    }
}
