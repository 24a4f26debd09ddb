using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Organizations;

/// <summary>"U.S. Customs and Border Protection": a body the organisation list knows runs over its "and", though its
/// name ends in no head word.</summary>
public class KnownBodyOverAndTests
{
    [Theory]
    [InlineData("Agents of U.S. Customs and Border Protection stopped the truck near the border.", "U.S. Customs and Border Protection")]
    [InlineData("The woman was handed to Immigration and Customs Enforcement on Monday.", "Immigration and Customs Enforcement")]
    public void TheKnownNameIsOneBody(string text, string name)
    {
        var names = Extract.OrganizationNames(Extract.From(text));
        Assert.Contains(name, names);
        Assert.DoesNotContain("U.S. Customs", names);
    }

    [Fact]
    public void ItsBracketedAcronymIsItsAlias()
    {
        var facts = Extract.From("Agents of U.S. Customs and Border Protection (CBP) seized the boat. CBP said 12 people were aboard.");
        var body = Assert.Single(facts.Organizations, o => o.Name == "U.S. Customs and Border Protection");
        Assert.Contains("CBP", body.Aliases);
    }

    [Fact]
    public void TwoBodiesJoinedByAndStayTwo()
    {
        // No known name spans the "and", and the second part has no head word: the list keeps two bodies apart.
        var names = Extract.OrganizationNames(Extract.From("Officials of the Velm Harbour Board and the Orra Ferry Company met on Monday."));
        Assert.Contains("Velm Harbour Board", names);
        Assert.Contains("Orra Ferry Company", names);
    }
}
