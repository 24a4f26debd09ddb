namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>A lower-case "party" or "group" after a body's own name is the common noun, not part of the name.</summary>
public class LowerCasePartyNounTests
{
    [Fact]
    public void ThePartyIsNamedWithoutTheNoun()
    {
        var facts = Extract.From("The opposition Velm Renewal party won 40 seats. Velm Renewal leader Ana Ruiz called the result historic.");
        var party = Assert.Single(facts.Organizations);
        Assert.Equal("Velm Renewal", party.Name);
        Assert.Contains("Velm Renewal party", party.Aliases);
    }

    [Fact]
    public void AnAdjectiveKeepsItsNoun()
    {
        var facts = Extract.From("The Democratic party did not comment on the 12 resignations.");
        Assert.Contains("Democratic party", Extract.OrganizationNames(facts));
    }

    [Theory]
    [InlineData("On Monday the Progressive party chose 12 new candidates.", "Progressive")]
    [InlineData("She joined the Communist party at 19.", "Communist")]
    public void ALoneDictionaryWordKeepsItsNoun(string sentence, string adjective)
    {
        var names = Extract.OrganizationNames(Extract.From(sentence));
        Assert.Contains(adjective + " party", names);
        Assert.DoesNotContain(adjective, names);
    }

    [Fact]
    public void AGroupIsNamedWithoutTheNoun()
    {
        var facts = Extract.From("Members of the Clean Harbours Now group marched past the hall on Sunday.");
        var group = Assert.Single(facts.Organizations);
        Assert.Equal("Clean Harbours Now", group.Name);
        Assert.Contains("Clean Harbours Now group", group.Aliases);
    }

    [Fact]
    public void ADescribedGroupIsNoBody()
    {
        var facts = Extract.From("They came in two columns. One group attacked the camp, and a Kenyan group held the bridge.");
        Assert.Empty(facts.Organizations);
    }
}
