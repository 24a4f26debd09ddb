using System.Linq;
using Xunit;

namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>A party's adjective before the party's own people ("Conservative MPs", "the ruling Labour group") or its
/// own contest ("the Tory leadership race", "the Republican gubernatorial nomination") names the party, as written;
/// before one person's office it only describes.</summary>
public class PartyMembersTests
{
    [Theory]
    [InlineData("Pressure from Conservative MPs forced a change of plan on Friday.", "Conservative")]
    [InlineData("The council now has 31 Labour councillors and two independents.", "Labour")]
    [InlineData("She quit as head of the ruling Liberal group on the county council.", "Liberal")]
    [InlineData("Six contenders in the Tory leadership race met the deadline on Monday.", "Tory")]
    [InlineData("A costly fight for the Republican gubernatorial nomination ended in May.", "Republican")]
    [InlineData("He was twice a candidate in the Democratic primary before he left politics.", "Democratic")]
    public void TheAdjectiveBeforeMembersOrAContestIsTheParty(string text, string party)
    {
        Assert.Contains(party, Extract.OrganizationNames(Extract.From(text)));
    }

    [Theory]
    [InlineData("A Republican senator from Ohio voted against the bill.", "Republican")]
    [InlineData("The measure was backed by Democratic Rep. Ana Ruiz of Velm.", "Democratic")]
    [InlineData("Green members of the club planted trees on Saturday.", "Green")]
    [InlineData("The top Republican on the panel asked for a delay.", "Republican")]
    public void OnePersonsOfficeOrASentencesFirstWordNamesNoParty(string text, string party)
    {
        Assert.DoesNotContain(party, Extract.OrganizationNames(Extract.From(text)));
    }

    [Fact]
    public void TheAdjectiveIsAnAliasOfThePartysPlural()
    {
        var facts = Extract.From("Analysts said the Conservatives would suffer. Eleven Conservative MPs want to lead the party.");
        var party = Assert.Single(facts.Organizations);
        Assert.Equal("Conservatives", party.Name);
        Assert.Contains("Conservative", party.Aliases);
    }

    [Fact]
    public void ToryAndConservativeAreOneParty()
    {
        var facts = Extract.From("Many Tory MPs backed her on Tuesday. By Friday 40 Conservative MPs had changed their minds.");
        var party = Assert.Single(facts.Organizations);
        Assert.Contains("Tory", new[] { party.Name }.Concat(party.Aliases));
        Assert.Contains("Conservative", new[] { party.Name }.Concat(party.Aliases));
    }

    [Fact]
    public void TheAdjectiveIsAnAliasOfThePartysFullName()
    {
        var facts = Extract.From("The Republican Party met in Tulsa. Reporters said Republican lawmakers thought the vote would wait.");
        var party = Assert.Single(facts.Organizations);
        Assert.Equal("Republican Party", party.Name);
        Assert.Contains("Republican", party.Aliases);
    }

    [Fact]
    public void TheAdjectiveIsNoShortNameOfAnotherBody()
    {
        var facts = Extract.From("The Republican Guard moved north on Monday. Analysts said Republican lawmakers were silent.");
        var guard = Assert.Single(facts.Organizations, o => o.Name == "Republican Guard");
        Assert.DoesNotContain("Republican", guard.Aliases);
        Assert.Contains("Republican", Extract.OrganizationNames(facts));
    }

    [Theory]
    [InlineData("The Irish police said dissident Republican activists were behind the attack in Belfast.", "Republican", "Belfast")]
    [InlineData("The synagogue's Conservative members voted to leave the movement in Leeds.", "Conservative", "Leeds")]
    [InlineData("She said Liberal leaders in the church had resisted the change in Dublin.", "Liberal", "Dublin")]
    public void AGenericNounWithoutPoliticsNamesNoParty(string text, string party, string place)
    {
        var facts = Extract.From(text);
        Assert.DoesNotContain(party, Extract.OrganizationNames(facts));
        Assert.Contains(place, Extract.PlaceNames(facts));
    }

    [Fact]
    public void TheGreenGroupBeforeACampaignsNameIsNoParty()
    {
        var facts = Extract.From("The Green group Friends of the Earth criticised the plan.");
        Assert.Equal(new[] { "Friends of the Earth" }, Extract.OrganizationNames(facts));
    }

    [Fact]
    public void AGenericNounNamesThePartyTheDocumentNamesInFull()
    {
        var facts = Extract.From("The Labour Party met in Leeds on Monday. Later, Labour activists marched to the square.");
        var party = Assert.Single(facts.Organizations);
        Assert.Equal("Labour Party", party.Name);
        Assert.Contains("Labour", party.Aliases);
    }
}
