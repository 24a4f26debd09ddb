using FactsGenerator.Extraction.Gazetteer;

namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>
/// How much of an office the role keeps: the field it covers, its qualifiers, offices joined by "and" or "/",
/// and occupations from the embedded list.
/// </summary>
public class RoleBreadthTests
{
    private static (string? Role, string? Affiliation) RoleOf(string text, string name)
    {
        var person = Assert.Single(Extract.From(text).People, p => p.Name == name);
        return (person.Role, person.Affiliation);
    }

    [Theory]
    [InlineData("The mayor wrote to Ola Berg, the Secretary of Transportation, on Monday.", "Ola Berg", "secretary of transportation")]
    [InlineData("The mayor wrote to Ola Berg, the Minister for Infrastructure, on Monday.", "Ola Berg", "minister for infrastructure")]
    [InlineData("The mayor wrote to Ola Berg, the Secretary of Tourism, on Monday.", "Ola Berg", "secretary of tourism")]
    public void AnAbstractNounAfterAMinistersTitleIsItsField(string text, string name, string role)
    {
        Assert.Equal((role, (string?)null), RoleOf(text, name));
    }

    [Theory]
    [InlineData("Strike organiser Bettina Lund told the crowd to stay calm.", "Bettina Lund", "strike organiser")]
    [InlineData("Festival organizer Remy Castel counted the tickets on Sunday.", "Remy Castel", "festival organizer")]
    public void AnOrganiserInEitherSpellingHeadsARole(string text, string name, string role)
    {
        Assert.Equal(role, RoleOf(text, name).Role);
    }

    [Fact]
    public void APlaceAfterAMinistersTitleStaysItsBody()
    {
        var (role, affiliation) = RoleOf("The mayor wrote to Ola Berg, the Minister of Norway, on Monday.", "Ola Berg");
        Assert.Equal("minister", role);
        Assert.Equal("Norway", affiliation);
    }

    [Theory]
    [InlineData("Officials met Kari Moe, director of global news for the Daily Courier, in May.", "director of global news", "Daily Courier")]
    [InlineData("Officials met Kari Moe, head of digital content at the Daily Courier, in May.", "head of digital content", "Daily Courier")]
    public void SeveralLowerCaseWordsAfterOfNameTheField(string text, string role, string affiliation)
    {
        Assert.Equal((role, affiliation), RoleOf(text, "Kari Moe"));
    }

    [Fact]
    public void WithoutAnEndingPrepositionOnlyTheFirstWordAfterOfCounts()
    {
        Assert.Equal("head of state", RoleOf("Ina Falk, the head of state visits Lisbon today.", "Ina Falk").Role);
    }

    [Theory]
    [InlineData("The talks were led by Special Representative for Trade Tom Vik in May.", "special representative for trade")]
    [InlineData("Several men, including Muslim cleric Tom Vik, were tried by the court.", "muslim cleric")]
    public void AnAdjectiveOfKindOrFaithQualifiesTheOfficeAndIsNoBody(string text, string role)
    {
        var facts = Extract.From(text);
        Assert.Equal((role, (string?)null), RoleOf(text, "Tom Vik"));
        Assert.Empty(facts.Organizations);
    }

    [Fact]
    public void TheChamberBeforeAnOfficeInAnAppositionIsPartOfIt()
    {
        var (role, affiliation) = RoleOf("Democrat Rob Dale, the Senate minority leader, told reporters the bill would fail.", "Rob Dale");
        Assert.Equal("senate minority leader", role);
        Assert.Equal("Senate", affiliation);
    }

    [Fact]
    public void AKinshipBeforeASecondOfficeLeavesTheOffice()
    {
        var (role, affiliation) = RoleOf("In a statement, Ida Lund, his widow and the current chairwoman of the Harbour Party, thanked the nurses.", "Ida Lund");
        Assert.Equal("chairwoman", role);
        Assert.Equal("Harbour Party", affiliation);
    }

    [Theory]
    [InlineData("Co-author Lea Stone said the model was wrong.", "Lea Stone", "co-author")]
    [InlineData("The band was formed by drummer Tom Ash and singer/guitarist Ray Quill in 1970.", "Ray Quill", "singer/guitarist")]
    [InlineData("The study was led by Nils Berg, a marine ecologist and Regents Professor at the institute, who said it was urgent.", "Nils Berg", "marine ecologist and regents professor")]
    public void JoinedOfficesAreOneRole(string text, string name, string role)
    {
        Assert.Equal(role, RoleOf(text, name).Role);
    }

    [Fact]
    public void APersonAfterAndIsNoSecondOffice()
    {
        Assert.Equal("lawyer", RoleOf("Police met Ana Ruiz, a lawyer and Ben Ortiz, a teacher, on Monday.", "Ana Ruiz").Role);
    }

    [Fact]
    public void AnInfinitiveAfterAnOfficeIsNoAffiliation()
    {
        var (role, affiliation) = RoleOf("Senator Rob Dale emerged as a strong contender to be the party's nominee.", "Rob Dale");
        Assert.Equal("senator", role);
        Assert.Null(affiliation);
    }

    [Theory]
    [InlineData("The Executive director of the Harbour Society, Bob Lind, told reporters the fund was empty.", "Bob Lind", "executive director")]
    [InlineData("Senior researcher Ana Ruiz led the study.", "Ana Ruiz", "senior researcher")]
    public void ATitlesCapitalisedQualifierBeforeALowerCaseOfficeIsPartOfIt(string text, string name, string role)
    {
        Assert.Equal(role, RoleOf(text, name).Role);
    }

    [Fact]
    public void ABodysNameBeforeALowerCaseOfficeStaysTheAffiliation()
    {
        var (role, affiliation) = RoleOf("The Green Party presidential nominee Ana Ruiz spoke in Ohio.", "Ana Ruiz");
        Assert.Equal("presidential nominee", role);
        Assert.Equal("Green Party", affiliation);
    }

    [Theory]
    [InlineData("Offering his condolence, speaker of the parliament Ali Hamdi wrote on his blog.", "Ali Hamdi", "speaker of the parliament")]
    [InlineData("The vice president of women and family affairs Sara Amini had also fallen ill.", "Sara Amini", "vice president of women and family affairs")]
    public void ALowerCaseOfficeWithItsFieldBeforeTheNameIsTheRole(string text, string name, string role)
    {
        Assert.Equal(role, RoleOf(text, name).Role);
    }

    [Fact]
    public void AnOpeningAppositionMayNameTheFieldsOwner()
    {
        Assert.Equal("head of the country's counter terror police",
            RoleOf("The head of the country's counter terror police, Nils Berg, on Sunday said nothing was found.", "Nils Berg").Role);
    }

    [Fact]
    public void ANameInsideAClauseBeforeTheNameIsNoField()
    {
        Assert.Null(RoleOf("Kim became leader of the Harbour Party and premier after Ali Hamdi resigned.", "Ali Hamdi").Role);
    }

    [Theory]
    [InlineData("She was the running mate of the late Ali Hamdi in 1996.", "Ali Hamdi")]
    [InlineData("He is a big fan of both Ali Hamdi and Sara Amini.", "Ali Hamdi")]
    public void ANameAfterOfAndADeterminerIsTheObjectNotTheHolder(string text, string name)
    {
        Assert.Null(RoleOf(text, name).Role);
    }

    [Fact]
    public void AMemberOfAChamberKeepsTheChamberInTheRole()
    {
        var (role, affiliation) = RoleOf("Member of Parliament (MP) Ana Ruiz of the Green Party added, \"This is wrong.\"", "Ana Ruiz");
        Assert.Equal("member of parliament", role);
        Assert.Equal("Parliament", affiliation);
    }

    [Theory]
    [InlineData("A Republican Assemblywoman, Jo Kim, also commented on the vote.", "Jo Kim", "assemblywoman")]
    [InlineData("Assemblyman Tom Vik said he agreed with the plan.", "Tom Vik", "assemblyman")]
    public void AStateLegislatorsTitleIsARoleNotPartOfTheName(string text, string name, string role)
    {
        Assert.Equal(role, RoleOf(text, name).Role);
    }

    [Fact]
    public void APluralCapitalisedTitleGivesEachNameOfTheListItsOffice()
    {
        var facts = Extract.From("The bill was backed by Senior Advisors Tom Vik and Ana Ruiz.");
        Assert.Equal("senior advisor", Assert.Single(facts.People, p => p.Name == "Tom Vik").Role);
        Assert.Equal("senior advisor", Assert.Single(facts.People, p => p.Name == "Ana Ruiz").Role);
    }

    [Theory]
    [InlineData("The sermon was given by cleric Omar Haddad on Friday.", "cleric")]
    [InlineData("The prize went to laureate Omar Haddad on Friday.", "laureate")]
    [InlineData("The code was reviewed by programmer Omar Haddad on Friday.", "programmer")]
    public void AnOccupationBeforeANameIsTheRole(string text, string role)
    {
        Assert.Equal(role, RoleOf(text, "Omar Haddad").Role);
    }

    [Theory]
    [InlineData("cleric", true)]
    [InlineData("laureate", true)]
    [InlineData("plumber", true)]
    [InlineData("person", false)]
    [InlineData("ghost", false)]
    [InlineData("developer", false)]
    [InlineData("Cleric", false)]
    public void TheOccupationListHoldsFunctionsNotPeopleInGeneral(string word, bool expected)
    {
        Assert.True(Occupations.Count > 300);
        Assert.Equal(expected, Occupations.Contains(word));
    }
}
