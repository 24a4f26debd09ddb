using System.Linq;

namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>How offices are written around a name: qualifiers, hyphens, "former", relative clauses.</summary>
public class RoleFormTests
{
    private static (string? Role, string? Affiliation) RoleOf(string text, string name)
    {
        var person = Assert.Single(Extract.From(text).People, p => p.Name == name);
        return (person.Role, person.Affiliation);
    }

    [Theory]
    [InlineData("The Vice President, Mark Pelling, said the plan was ready.", "Mark Pelling", "vice president")]
    [InlineData("The Senate Minority Leader, Carl Dunmore, said the plan was ready.", "Carl Dunmore", "senate minority leader")]
    [InlineData("Nora Pell, the Speaker of the House, said the plan was ready.", "Nora Pell", "speaker of the house")]
    public void ACapitalisedOfficeKeepsItsQualifiers(string text, string name, string role)
    {
        Assert.Equal(role, RoleOf(text, name).Role);
    }

    [Theory]
    [InlineData("Fire chief Tomas Lind said the crews were ready.", "Tomas Lind", "fire chief")]
    [InlineData("The river rose overnight. Storm warden Ana Ruiz closed the road.", "Ana Ruiz", "storm warden")]
    public void ACommonWordOpeningTheSentenceBeforeARoleIsPartOfTheRole(string text, string name, string role)
    {
        var facts = Extract.From(text);
        Assert.Equal((role, (string?)null), RoleOf(text, name));
        Assert.Empty(facts.Organizations);
    }

    [Fact]
    public void ADemonymOpeningTheSentenceBeforeARoleStaysTheAffiliation()
    {
        Assert.Equal(("mathematician", "Norway"), RoleOf("Norwegian mathematician Lars Holm died on Monday.", "Lars Holm"));
    }

    [Fact]
    public void AHyphenatedTitleIsOneOffice()
    {
        var (role, affiliation) = RoleOf("Alliance Secretary-General Jonas Stoltz wrote a letter.", "Jonas Stoltz");
        Assert.Equal("secretary-general", role);
        Assert.Equal("Alliance", affiliation);
    }

    [Fact]
    public void AHyphenatedModifierStaysWithTheRole()
    {
        Assert.Equal("anti-war activist", RoleOf("The group chose anti-war activist Billy Ray Parks as its candidate.", "Billy Ray Parks").Role);
    }

    [Fact]
    public void APortfolioBeforeAMinistersTitleIsPartOfTheOffice()
    {
        Assert.Equal("civil aviation minister", RoleOf("Civil Aviation Minister Rajan Singh Mehra said the airport would reopen.", "Rajan Singh Mehra").Role);
    }

    [Fact]
    public void ACountryBeforeAMinistersTitleIsTheAffiliation()
    {
        var (role, affiliation) = RoleOf("New Zealand Prime Minister Ana Whitlow spoke on Monday.", "Ana Whitlow");
        Assert.Equal("prime minister", role);
        Assert.Equal("New Zealand", affiliation);
    }

    [Theory]
    [InlineData("The treaty was agreed under former US President Barry Holm.", "Barry Holm", "former president")]
    [InlineData("Today, former Vice President of the Republic Joel Baden was projected to win.", "Joel Baden", "former vice president")]
    [InlineData("Ex-Governor Lena Marsh opened the school.", "Lena Marsh", "ex-governor")]
    public void AFormerOfficeSaysSo(string text, string name, string role)
    {
        Assert.Equal(role, RoleOf(text, name).Role);
    }

    [Theory]
    [InlineData("The ex-chairman Oskar Brandl was seen leaving the hearing.", "Oskar Brandl", "ex-chairman")]
    [InlineData("Lys Ambrin, an ex-housing minister, backed the plan.", "Lys Ambrin", "ex-housing minister")]
    public void AnExOfficeKeepsItsExAsWritten(string text, string name, string role)
    {
        Assert.Equal(role, RoleOf(text, name).Role);
    }

    [Fact]
    public void TheExOfAnOfficeIsNoBody()
    {
        var (role, affiliation) = RoleOf("Ex-Senator Mira Tolland opened the library.", "Mira Tolland");
        Assert.Equal("ex-senator", role);
        Assert.Null(affiliation);
    }

    [Theory]
    [InlineData("The Dorrigan Ex-Mayor Fen Halloway cut the ribbon.", "Fen Halloway", "ex-mayor", "Dorrigan")]
    [InlineData("Callow County Ex-Sheriff Rita Mavers gave evidence.", "Rita Mavers", "ex-sheriff", "Callow County")]
    public void TheExOfAnOfficeAfterABodyStaysWithTheOffice(string text, string name, string role, string affiliation)
    {
        var read = RoleOf(text, name);
        Assert.Equal(role, read.Role);
        Assert.Equal(affiliation, read.Affiliation);
    }

    [Fact]
    public void AnOfficeOfABodyBeforeTheNameGivesRoleAndAffiliation()
    {
        var (role, affiliation) = RoleOf("On Monday, First Minister of Scotland Nora Stenhouse said she was pleased.", "Nora Stenhouse");
        Assert.Equal("first minister", role);
        Assert.Equal("Scotland", affiliation);
    }

    [Fact]
    public void ARelativeClauseCanStateTheOffice()
    {
        var (role, affiliation) = RoleOf("Lars Chirone, who was President of France from the late nineties, lived by the sea.", "Lars Chirone");
        Assert.Equal("president", role);
        Assert.Equal("France", affiliation);
    }

    [Fact]
    public void AnAffiliationThatLeadsOnToAnotherNameIsKept()
    {
        // (The portfolio "of Justice" belongs to the office; the place after it is the affiliation.)
        var person = RoleOf("Omar Diallo, the secretary of Justice for Veland, resigned.", "Omar Diallo");
        Assert.Equal("secretary of justice", person.Role, ignoreCase: true);
        Assert.Equal("Veland", person.Affiliation);
    }

    [Theory]
    [InlineData("Ana Ruiz")]
    [InlineData("Omar Diallo")]
    [InlineData("Lena Marsh")]
    public void APluralRoleBeforeAListGivesEachNameTheRole(string name)
    {
        Assert.Equal("actor", RoleOf("The fair welcomed guests like actors Ana Ruiz, Omar Diallo, and Lena Marsh on Saturday.", name).Role);
    }

    [Fact]
    public void APluralRoleBeforeACommaIsAGroupNotTheirRole()
    {
        var facts = Extract.From("The court heard his lawyers, Omar Diallo argued, for an hour.");
        Assert.DoesNotContain(facts.People, p => p.Role == "lawyer");
    }

    [Fact]
    public void AChamberBeforeALowerCaseOfficeIsPartOfIt()
    {
        Assert.Equal("senate minority leader", RoleOf("Senate minority leader Carl Dunmore objected on Monday.", "Carl Dunmore").Role);
    }

    [Theory]
    [InlineData("Former US Ambassador to the United Nations Nadia Perkins spoke on Monday.", "Nadia Perkins", "former ambassador to the united nations")]
    [InlineData("US Envoy to Norway Carl Benton Hughes arrived by train.", "Carl Benton Hughes", "envoy to norway")]
    [InlineData("The talks were led by the envoy to the African Union, Samuel Okoye, on Friday.", "Samuel Okoye", "envoy to the african union")]
    public void AnEnvoysDestinationIsPartOfTheOffice(string text, string name, string role)
    {
        Assert.Equal(role, RoleOf(text, name).Role);
    }

    [Theory]
    [InlineData("Canadian Secretary of State Mark Dorrin spoke on Monday.", "Mark Dorrin", "secretary of state", "Canada")]
    [InlineData("Minister of Economy Lena Vostrikova resigned on Friday.", "Lena Vostrikova", "minister of economy", null)]
    [InlineData("Prime Minister of India Rajiv Mehra spoke on Friday.", "Rajiv Mehra", "prime minister", "India")]
    public void APortfolioAfterOfIsPartOfTheOfficeAndAPlaceIsTheAffiliation(string text, string name, string role, string? affiliation)
    {
        var (actualRole, actualAffiliation) = RoleOf(text, name);
        Assert.Equal(role, actualRole);
        Assert.Equal(affiliation, actualAffiliation);
    }

    [Fact]
    public void AConnectorIsNoPartOfAPersonsName()
    {
        var facts = Extract.From("Ana Ruiz Beltrán, the Secretary of Justice for Puerto Rico, resigned.");
        Assert.DoesNotContain(facts.People, p => p.Name == "Puerto Rico");
    }

    [Theory]
    [InlineData("The prize went to actor and director Tom Reed on Monday.", "Tom Reed", "actor and director")]
    [InlineData("Later, businessman and Lakeside loyalist Carl Dunmore said the vote was fair.", "Carl Dunmore", "businessman and loyalist")]
    [InlineData("The party nominated activist Ana Ruiz for president and farmer Tom Reed for vice president.", "Tom Reed", "farmer")]
    [InlineData("She has two children, including chemist and author Lena Ortiz.", "Lena Ortiz", "chemist and author")]
    [InlineData("The court convicted former bishop and cardinal Tomas Berger in May.", "Tomas Berger", "former bishop and cardinal")]
    public void AFirstOfficeJoinedByAndBelongsToTheRole(string text, string name, string role)
    {
        Assert.Equal(role, RoleOf(text, name).Role);
    }

    [Fact]
    public void KinshipNounsJoinedByAndBeforeACommaAreAGroup()
    {
        var facts = Extract.From("She moved to Oslo with her mother and sister, Maya Lindqvist, in 1970.");
        Assert.DoesNotContain(facts.People, p => p.Role == "mother and sister");
    }

    [Theory]
    [InlineData("Darin Holt")]
    [InlineData("Mike Farrow")]
    public void APluralRoleOfABodyBeforeAListGivesEachNameTheRole(string name)
    {
        Assert.Equal("member", RoleOf("Many urged restraint, including Republican members of the House of Representatives Darin Holt and Mike Farrow.", name).Role);
    }

    [Theory]
    [InlineData("His running mate, Nora Pell, spoke first.", "Nora Pell", "running mate")]
    [InlineData("Lakeside University public health expert Nora Pell said the risk was low.", "Nora Pell", "public health expert")]
    public void FunctionsTheSharedLexiconLacks(string text, string name, string role)
    {
        Assert.Equal(role, RoleOf(text, name).Role);
    }

    [Fact]
    public void AChamberWhipIsAPersonsOffice()
    {
        var facts = Extract.From("Senate Majority Whip Carl Dunmore questioned the plan. Dunmore said \"we do not know what this is based on at all.\"");
        Assert.Equal("senate majority whip", Extract.Person(facts, "Carl Dunmore").Role);
        Assert.Equal("Carl Dunmore", Assert.Single(facts.Quotes).Speaker);
        Assert.DoesNotContain(facts.Organizations, o => o.Name.Contains("Whip"));
    }

    [Theory]
    [InlineData("Tom Reed, who was Ana Ruiz's Special Presidential Envoy to the talks, resigned.", "Tom Reed", "special presidential envoy")]
    [InlineData("Nora Pell, the Chief Technology Officer, resigned.", "Nora Pell", "chief technology officer")]
    public void ACapitalisedOfficeAfterADeterminerOrPossessiveIsTheRole(string text, string name, string role)
    {
        Assert.Equal(role, RoleOf(text, name).Role);
    }

    [Theory]
    [InlineData("Two Liberal Senators, Harold Quinn and Della Marsh, voted against the bill.", "Della Marsh", "senator")]
    [InlineData("The court has heard three other judges, Pia Lorne, Ivo Grant and Tess Moore, on the case.", "Pia Lorne", "judge")]
    public void ACountedPluralOfficeBeforeACommaEnumeratesTheNamesAfterIt(string text, string name, string role)
    {
        Assert.Equal(role, RoleOf(text, name).Role);
    }

    [Fact]
    public void ANamesOwnAppositionOutweighsTheCountedPlural()
    {
        Assert.Equal("former mayor", RoleOf("Two candidates, Harold Quinn, formerly the mayor of Lakeside, and Della Marsh, left the race.", "Harold Quinn").Role);
    }

    [Fact]
    public void APluralOfPeopleWhoAreNoOfficeGivesNoRole()
    {
        Assert.Null(RoleOf("Two farm workers, Harold Quinn and Della Marsh, spoke to the press.", "Harold Quinn").Role);
    }
}
