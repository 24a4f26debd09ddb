using Xunit;

namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>A British party named by its short name alone ("Labour", "the Conservatives", "the Tories") is the party;
/// the adjective before one person's office still only describes.</summary>
public class PartyShortNameTests
{
    [Fact]
    public void LabourAloneMidSentenceIsTheParty()
    {
        var facts = Extract.From("Critics said the council plan read like a page from Labour's manifesto of last spring.");
        Assert.Contains("Labour", Extract.OrganizationNames(facts));
    }

    [Fact]
    public void ThePluralAfterTheIsTheParty()
    {
        var facts = Extract.From("Pollsters said the Conservatives had lost ground in every northern seat since May.");
        Assert.Contains("Conservatives", Extract.OrganizationNames(facts));
    }

    [Fact]
    public void ThePluralIsAnAliasOfThePartysFullName()
    {
        var facts = Extract.From("The Conservative Party met in Leeds on Monday. Analysts said the Tories would pick a leader by June.");
        var party = Assert.Single(facts.Organizations);
        Assert.Equal("Conservative Party", party.Name);
        Assert.Contains("Tories", party.Aliases);
    }

    [Fact]
    public void TheAdjectiveBeforeANounNamesNoBody()
    {
        var facts = Extract.From("A Conservative councillor voted against the budget on Tuesday.");
        Assert.Empty(Extract.OrganizationNames(facts));
    }

    [Fact]
    public void APluralWithoutTheNamesNoBody()
    {
        var facts = Extract.From("The poll found that many voters who call themselves Conservatives want lower taxes.");
        Assert.DoesNotContain("Conservatives", Extract.OrganizationNames(facts));
    }

    [Fact]
    public void LabourOpeningASentenceOrInALongerNameIsNoParty()
    {
        var facts = Extract.From("Labour costs rose by a tenth last year. The Ministry of Labour said wages would follow.");
        var names = Extract.OrganizationNames(facts);
        Assert.DoesNotContain("Labour", names);
        Assert.Contains("Ministry of Labour", names);
    }

    [Theory]
    [InlineData("Tom Vik, minister for Labour, said the plan would cost little.")]
    [InlineData("A spokesman for the Department of Labour said the figures were wrong.")]
    public void ARemitOfAnOfficeOrABodyIsNoParty(string text)
    {
        Assert.DoesNotContain("Labour", Extract.OrganizationNames(Extract.From(text)));
    }

    [Fact]
    public void AVoteForLabourIsTheParty()
    {
        Assert.Contains("Labour", Extract.OrganizationNames(Extract.From("Most of the town voted for Labour.")));
    }
}
