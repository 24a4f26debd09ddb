namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>
/// First names listed after a noun of family, time words opening the sentence before an office, surnames with
/// particles, nicknames in quotation marks, titles and surnames the lexicon lacks, and names that are no people.
/// </summary>
public class RelativesAndTimeWordTests
{
    [Fact]
    public void FirstNamesListedAfterANounOfFamilyAreRelatives()
    {
        var facts = Extract.From("The late painter Marco Imani leaves three daughters, Nadia, Alice and Rose, and two sons Oliver and Henry.");
        Assert.Equal("daughter", Extract.Person(facts, "Nadia").Role);
        Assert.Equal("daughter", Extract.Person(facts, "Rose").Role);
        Assert.Equal("son", Extract.Person(facts, "Oliver").Role);
        Assert.Equal("son", Extract.Person(facts, "Henry").Role);
    }

    [Fact]
    public void ChildrenGiveTheSingularRelation()
    {
        var facts = Extract.From("Flowers were sent by his children Laura and Peter on Sunday.");
        Assert.Equal("child", Extract.Person(facts, "Laura").Role);
    }

    [Fact]
    public void WordsListedAfterANounOfFamilyThatAreNoFirstNamesAreNoPeople()
    {
        var facts = Extract.From("The family moved its sons to Boston and Denver in the spring.");
        Assert.DoesNotContain("Boston", Extract.PeopleNames(facts));
    }

    [Fact]
    public void ATimeWordOpeningTheSentenceIsNoBodyOfTheOffice()
    {
        var facts = Extract.From("Incumbent President Hanna Reiss thanked the voters.");
        var person = Extract.Person(facts, "Hanna Reiss");
        Assert.Equal("president", person.Role);
        Assert.Null(person.Affiliation);
        Assert.DoesNotContain(facts.Organizations, o => o.Name.StartsWith("Incumbent", System.StringComparison.Ordinal));
    }

    [Fact]
    public void ASurnameWithALowerCaseParticleOpeningTheSentenceIsThePersons()
    {
        var facts = Extract.From("Omar Said al-Tamimi arrived by boat. al-Tamimi was the chief engineer of the Coastal Brigade.");
        Assert.Equal("chief engineer", Extract.Person(facts, "Omar Said al-Tamimi").Role);
    }

    [Fact]
    public void ATitleBeforeASurnameWithALowerCaseParticleNamesTheKnownPerson()
    {
        var facts = Extract.From("Harbour City mayor Pieter van Hoek opened the fair. Mayor van Hoek, a member of the Green Party, spoke at the gate: \"This fair has grown every single year.\"");
        Assert.Equal("Pieter van Hoek", Assert.Single(facts.Quotes).Speaker);
    }

    [Theory]
    [InlineData("Margaret \"Peggy\" Van Dorn, drummer of the band Night Owls, retired on Friday.", "Margaret Van Dorn", "Peggy Van Dorn")]
    [InlineData("The club elected treasurer Thomas \"Tommy\" Brandt on Monday.", "Thomas Brandt", "Tommy Brandt")]
    public void ANicknameInQuotationMarksNamesThePersonWithTheSurname(string text, string name, string alias)
    {
        var facts = Extract.From(text);
        var person = Extract.Person(facts, name);
        Assert.Contains(alias, person.Aliases);
        Assert.NotNull(person.Role);
        Assert.Single(facts.People);
    }

    [Theory]
    [InlineData("The visit ended with a meeting with Taoiseach Liam Brody on Friday.", "Liam Brody", "taoiseach")]
    [InlineData("At the ceremony Elder Mary Whitby blessed the new school.", "Mary Whitby", "elder")]
    [InlineData("The league's new chairman Owen Castle opened the season.", "Owen Castle", "chairman")]
    public void TitlesAndPlaceWordSurnamesBeforeAndInNames(string text, string name, string role)
    {
        Assert.Equal(role, Extract.Person(Extract.From(text), name).Role);
    }

    [Fact]
    public void APlaceBeforeAPlaceWordIsStillAPlace()
    {
        var facts = Extract.From("Tourists visited Lincoln Castle on Monday.");
        Assert.Empty(facts.People);
    }

    [Fact]
    public void ACaptionNamingACostumeFromAWorkIsNoPerson()
    {
        var facts = Extract.From("Fans dressed up across the hall on Saturday.\n\nKit Marlow from Harbour Tales\n\nNora Vance as a pirate from Harbour Tales\n\nThe show closed on Sunday.");
        Assert.DoesNotContain("Kit Marlow", Extract.PeopleNames(facts));
        Assert.Contains("Nora Vance", Extract.PeopleNames(facts));
    }

    [Fact]
    public void APersonFromAPlaceInASentenceIsStillAPerson()
    {
        var facts = Extract.From("Kit Marlow from Harbour City said the show was a success.");
        Assert.Contains("Kit Marlow", Extract.PeopleNames(facts));
    }

    [Fact]
    public void AThingNamedAfterAPersonIsNoPerson()
    {
        var facts = Extract.From("Astronomers booked time on the Maria Holt Telescope for the survey, Dana Reyes said.");
        Assert.DoesNotContain("Maria Holt Telescope", Extract.PeopleNames(facts));
    }
}
