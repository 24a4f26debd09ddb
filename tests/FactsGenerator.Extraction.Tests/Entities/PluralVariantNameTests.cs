using Xunit;

namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>Body names that differ only by a singular or plural word are one body.</summary>
public class PluralVariantNameTests
{
    [Fact]
    public void ASingularAndAPluralOfOneWordNameOneBody()
    {
        var facts = Extract.From("The Velm Fisheries Board set new quotas on Monday. A spokesperson for the Velm Fishery Board said the cut was needed.");
        var board = Assert.Single(facts.Organizations, body => body.Name.StartsWith("Velm Fisher", System.StringComparison.Ordinal));
        Assert.Equal("Velm Fisheries Board", board.Name);
        Assert.Contains("Velm Fishery Board", board.Aliases);
    }

    [Fact]
    public void NamesThatDifferInAnotherWordStayApart()
    {
        var facts = Extract.From("The Velm Fisheries Board met the Velm Forestry Board on Monday to share offices.");
        var names = Extract.OrganizationNames(facts);
        Assert.Contains("Velm Fisheries Board", names);
        Assert.Contains("Velm Forestry Board", names);
    }
}
