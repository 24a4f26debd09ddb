using System.Linq;

namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>"and" followed by a capitalised "The", or between two party adjectives, lists two names rather than joining one.</summary>
public class AndTheBoundaryTests
{
    [Fact]
    public void ACapitalisedTheAfterAndOpensASecondName()
    {
        var facts = Extract.From("The essay was printed in The Velm Herald and The Arden Post on Sunday.");
        var names = facts.Organizations.Select(o => o.Name).ToArray();
        Assert.DoesNotContain(names, n => n.Contains(" and "));
        Assert.Contains("The Arden Post", names);
    }

    [Fact]
    public void TwoPartyAdjectivesShareTheHead()
    {
        var facts = Extract.From("Turnout fell in the Labour Party vote, and the Labour and Green Party primaries drew few voters.");
        Assert.DoesNotContain(Extract.OrganizationNames(facts), n => n.Contains(" and "));
    }
}
