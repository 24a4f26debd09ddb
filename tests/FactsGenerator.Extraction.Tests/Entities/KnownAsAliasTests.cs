using System.Linq;

namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>A body's other names given with "also known as" are its aliases, not bodies of their own.</summary>
public class KnownAsAliasTests
{
    [Fact]
    public void NamesListedAfterAlsoKnownAsAreAliasesOfTheBody()
    {
        var facts = Extract.From("Drones struck positions held by the Orvane Front, also known as OVF and VLM, near the border, officials said. The Orvane Front said it had lost ten fighters.");
        var body = Assert.Single(facts.Organizations, o => o.Name == "Orvane Front");
        Assert.Contains("OVF", body.Aliases);
        Assert.Contains("VLM", body.Aliases);
        Assert.DoesNotContain("OVF", Extract.OrganizationNames(facts));
        Assert.DoesNotContain("VLM", Extract.OrganizationNames(facts));
    }

    [Fact]
    public void AlsoKnownAsInBracketsGivesTheAlias()
    {
        var facts = Extract.From("The Harlow Relief Trust (also known as HRT) paid for the shelters, the Harlow Relief Trust said on Monday.");
        var body = Assert.Single(facts.Organizations, o => o.Name == "Harlow Relief Trust");
        Assert.Contains("HRT", body.Aliases);
    }

    [Fact]
    public void TwoBodiesListedWithoutKnownAsStayApart()
    {
        var facts = Extract.From("The Orvane Front and the Tarsk Liberation Army, two armed groups, signed the truce on Monday, the Velm Council said.");
        var names = Extract.OrganizationNames(facts);
        Assert.Contains("Orvane Front", names);
        Assert.Contains("Tarsk Liberation Army", names);
        Assert.DoesNotContain(facts.Organizations, o => o.Aliases.Contains("Tarsk Liberation Army"));
    }
}
