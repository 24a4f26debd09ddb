using System.Linq;

namespace FactsGenerator.Extraction.Tests.Entities;

public class PartyListTests
{
    [Theory]
    [InlineData("The Green and Labour parties both opposed the harbour levy in March.")]
    [InlineData("The Green and Labour Parties both opposed the harbour levy in March.")]
    public void AdjectivesBeforePluralPartiesNameEachParty(string sentence)
    {
        var names = Extract.OrganizationNames(Extract.From(sentence));
        Assert.Contains("Green Party", names);
        Assert.Contains("Labour Party", names);
        Assert.DoesNotContain(names, n => n.Contains("Parties") || n.Contains(" and "));
    }

    [Fact]
    public void ThreeAdjectivesBeforePartiesNameThreeParties()
    {
        var names = Extract.OrganizationNames(Extract.From("Talks between the Green, Labour and Liberal parties resumed on Friday."));
        Assert.Contains("Green Party", names);
        Assert.Contains("Labour Party", names);
        Assert.Contains("Liberal Party", names);
    }

    [Fact]
    public void AdjectivesBeforeOtherPluralsNameNoParty()
    {
        var names = Extract.OrganizationNames(Extract.From("The Green and Labour candidates both opposed the harbour levy in March."));
        Assert.DoesNotContain("Green Party", names);
    }
}

public class PartyOwnerTests
{
    [Fact]
    public void ACountryBeforeAPartyIsAnAliasOfTheParty()
    {
        var facts = Extract.From("The US Liberal Party chose its candidate on Monday. The Liberal Party said turnout was high.");
        var party = Assert.Single(facts.Organizations, o => o.Name.Contains("Liberal"));
        Assert.Equal("Liberal Party", party.Name);
        Assert.Contains("US Liberal Party", party.Aliases);
    }

    [Fact]
    public void AStateBeforeAPartyNamesItsBranch()
    {
        var facts = Extract.From("The Ohio Liberal Party counted the votes on Monday. The Liberal Party said turnout was high.");
        var names = Extract.OrganizationNames(facts);
        Assert.Contains("Ohio Liberal Party", names);
        Assert.Contains("Liberal Party", names);
    }
}
