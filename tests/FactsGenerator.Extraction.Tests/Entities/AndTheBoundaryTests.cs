using System.Linq;

namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>"and" followed by a capitalised "The" lists two names rather than joining one.</summary>
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
}
