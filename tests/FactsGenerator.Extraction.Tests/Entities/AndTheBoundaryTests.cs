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

    [Fact]
    public void ALoneAcronymAfterAndIsASecondBody()
    {
        var facts = Extract.From("The Board of Harbour Pilots and VWA will inspect the quay. VWA staff arrived on Monday.");
        var names = Extract.OrganizationNames(facts);
        Assert.Contains("Board of Harbour Pilots", names);
        Assert.Contains("VWA", names);
        Assert.DoesNotContain(names, n => n.Contains(" and "));
    }

    [Fact]
    public void AShortLastItemAfterAndStaysInTheName()
    {
        var facts = Extract.From("The Ministry of Salt and Timber said exports rose.");
        Assert.Contains("Ministry of Salt and Timber", Extract.OrganizationNames(facts));
    }
}
