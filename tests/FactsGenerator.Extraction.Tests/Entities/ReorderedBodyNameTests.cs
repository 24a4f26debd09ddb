using System.Linq;

namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>A body named by its field before its head word ("Fisheries Ministry") beside its full name.</summary>
public class ReorderedBodyNameTests
{
    [Theory]
    [InlineData("The Velmorian Ministry of Fisheries set new quotas. The Fisheries Ministry said the stocks had recovered.", "Velmorian Ministry of Fisheries", "Fisheries Ministry")]
    [InlineData("Lawyers for the Ostland Department of Labour met the union. A Labour Department spokesperson said talks went well.", "Ostland Department of Labour", "Labour Department")]
    public void TheFieldBeforeTheHeadIsAnAliasOfTheFullName(string text, string full, string shortName)
    {
        var facts = Extract.From(text);
        var body = Assert.Single(facts.Organizations, o => o.Name == full);
        Assert.Contains(shortName, body.Aliases);
        Assert.DoesNotContain(shortName, Extract.OrganizationNames(facts));
    }

    [Fact]
    public void AnotherFieldIsAnotherBody()
    {
        var facts = Extract.From("The Velmorian Ministry of Fisheries set new quotas. The Forestry Ministry said nothing.");
        Assert.Contains("Forestry Ministry", Extract.OrganizationNames(facts));
        Assert.Empty(facts.Organizations.Single(o => o.Name == "Velmorian Ministry of Fisheries").Aliases);
    }

    [Fact]
    public void AnOwnWordAndTheHeadAreAnAliasOfTheLongerName()
    {
        var facts = Extract.From("The Quillmark Governing Board met on Monday. Later the Quillmark Board approved the budget.");
        var body = Assert.Single(facts.Organizations, o => o.Name == "Quillmark Governing Board");
        Assert.Contains("Quillmark Board", body.Aliases);
    }

    [Fact]
    public void AWordOfLevelDoesNotMakeAnAlias()
    {
        var facts = Extract.From("The National Fisheries Council met the National Council on Monday.");
        Assert.Contains("National Council", Extract.OrganizationNames(facts));
    }
}
