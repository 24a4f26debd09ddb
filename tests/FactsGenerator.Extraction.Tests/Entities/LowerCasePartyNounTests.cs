namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>A lower-case "party" after a party's own name is the common noun, not part of the name.</summary>
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
}
