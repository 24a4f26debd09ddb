namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>
/// A country or demonym before an office is the office's affiliation, never part of the role, whatever the case of
/// the title; words of tenure ("sitting", "longtime", "veteran") before it keep the role.
/// </summary>
public class RoleCountryLeadTests
{
    private static (string? Role, string? Affiliation) RoleOf(string text, string name)
    {
        var person = Assert.Single(Extract.From(text).People, p => p.Name == name);
        return (person.Role, person.Affiliation);
    }

    [Theory]
    [InlineData("Nora Quist, a U.S. Senator, voted against the bill.", "senator", "United States")]
    [InlineData("Nora Quist, a U.S. senator, voted against the bill.", "senator", "United States")]
    [InlineData("Nora Quist, a sitting U.S. Senator, voted against the bill.", "senator", "United States")]
    [InlineData("Nora Quist, the Australian Prime Minister, voted against the bill.", "prime minister", "Australia")]
    [InlineData("Nora Quist, the current Spanish Foreign Minister, voted against the bill.", "foreign minister", "Spain")]
    [InlineData("Nora Quist, a longtime French diplomat, voted against the bill.", "diplomat", "France")]
    public void TheCountryBeforeTheOfficeIsItsAffiliation(string text, string role, string affiliation)
    {
        Assert.Equal((role, affiliation), RoleOf(text, "Nora Quist"));
    }

    [Theory]
    [InlineData("Nora Quist, a 34-year-old teacher, spoke on Monday.", "teacher")]
    [InlineData("Nora Quist, the newly elected mayor, spoke on Monday.", "mayor")]
    [InlineData("Nora Quist, a recently appointed judge, spoke on Monday.", "judge")]
    public void AgeAndHowTheOfficeWasWonAreNoPartOfTheRole(string text, string role)
    {
        Assert.Equal(role, RoleOf(text, "Nora Quist").Role);
    }

    [Theory]
    [InlineData("Nora Quist, a veteran Harbour Times reporter, spoke on Monday.", "reporter")]
    [InlineData("Nora Quist, a former Harbour Times reporter, spoke on Monday.", "former reporter")]
    public void WordsOfTenureBeforeTheOfficesOwnerKeepTheRole(string text, string role)
    {
        Assert.Equal((role, "Harbour Times"), RoleOf(text, "Nora Quist"));
    }

    [Fact]
    public void FormerStaysInTheRoleAndTheCountryLeavesIt()
    {
        Assert.Equal(("former prime minister", "Sweden"), RoleOf("Nora Quist, a former Swedish Prime Minister, visited the school.", "Nora Quist"));
        Assert.Equal("former head of security", RoleOf("Nora Quist, the former head of security, visited the school.", "Nora Quist").Role);
    }

    [Theory]
    [InlineData("Nora Quist, a U.S. Senator from Ohio, voted against the bill.")]
    [InlineData("Nora Quist, the U.S. Senator for Ohio, voted against the bill.")]
    [InlineData("Nora Quist, a sitting U.S. Senator from Ohio, voted against the bill.")]
    public void AStateAfterTheOfficeNamesTheSeat(string text)
    {
        Assert.Equal(("senator", "Ohio"), RoleOf(text, "Nora Quist"));
    }

    [Fact]
    public void AnEnvoysDestinationIsNotTheAffiliation()
    {
        Assert.Equal(("ambassador", "United Kingdom"), RoleOf("Nora Quist, the veteran British Ambassador to Spain, left Madrid.", "Nora Quist"));
    }

    [Fact]
    public void ACapitalisedWordOfTenureOpeningTheSentenceIsNoPartOfTheCountry()
    {
        Assert.Equal(("diplomat", "France"), RoleOf("Veteran French diplomat Nora Quist left the talks.", "Nora Quist"));
    }
}

/// <summary>A demonym several countries share means the country a reader thinks of first.</summary>
public class SharedDemonymTests
{
    [Theory]
    [InlineData("Nora Quist, an American actor, spoke on Monday.", "United States")]
    [InlineData("Dutch cyclist Nora Quist won the stage on Monday.", "Netherlands")]
    public void ASharedDemonymMeansTheLargerCountry(string text, string country)
    {
        Assert.Equal(country, Assert.Single(Extract.From(text).People, p => p.Name == "Nora Quist").Affiliation);
    }
}

/// <summary>Every name listed after a capitalised plural office takes the plural's qualifiers too.</summary>
public class PluralTitleQualifierTests
{
    [Theory]
    [InlineData("The letter was signed by Senior Advisors Nora Quist and Ben Carrow on Monday.", "senior advisor")]
    [InlineData("Deputy Ministers Lia Wren, Nora Quist and Ben Carrow met on Monday.", "deputy minister")]
    public void EachListedNameTakesTheQualifiedOffice(string text, string role)
    {
        var people = Extract.From(text).People;
        Assert.Equal(role, Assert.Single(people, p => p.Name == "Nora Quist").Role);
        Assert.Equal(role, Assert.Single(people, p => p.Name == "Ben Carrow").Role);
    }
}

/// <summary>A capitalised noun of function opening an apposition without an article is the office.</summary>
public class BareCapitalisedOfficeTests
{
    private static (string? Role, string? Affiliation) RoleOf(string text, string name)
    {
        var person = Assert.Single(Extract.From(text).People, p => p.Name == name);
        return (person.Role, person.Affiliation);
    }

    [Theory]
    [InlineData("Nora Quist, Dean of Dunmore Law School, called the plan silly.", "dean", "Dunmore Law School")]
    [InlineData("Nora Quist, Curator at the Lantern Museum, called the plan silly.", "curator", "Lantern Museum")]
    public void ABareCapitalisedOfficeIsTheRole(string text, string role, string affiliation)
    {
        Assert.Equal((role, affiliation), RoleOf(text, "Nora Quist"));
    }

    [Fact]
    public void ANameAfterTheCommaIsNoOffice()
    {
        var facts = Extract.From("Nora Quist, Dean Carrow and Ivo Tansley signed the letter.");
        Assert.Null(Assert.Single(facts.People, p => p.Name == "Nora Quist").Role);
    }
}

/// <summary>An everyday word capitalised only because it opens the sentence qualifies the office after it.</summary>
public class SentenceOpeningQualifierTests
{
    [Theory]
    [InlineData("Tattoo artist Nora Quist opened the show.", "tattoo artist")]
    [InlineData("Wildlife photographer Nora Quist opened the show.", "wildlife photographer")]
    public void AnEverydayWordOpeningTheSentenceIsPartOfTheOffice(string text, string role)
    {
        var person = Assert.Single(Extract.From(text).People, p => p.Name == "Nora Quist");
        Assert.Equal((role, (string?)null), (person.Role, person.Affiliation));
    }
}
