using System.Linq;

namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>Firms written with "&amp;": a spaced ampersand after several capitalised words, and a glued one after a
/// capitalised function word, stay inside one firm's name.</summary>
public class AmpersandFirmNameTests
{
    [Fact]
    public void ASpacedAmpersandAfterTwoWordsJoinsOneFirm()
    {
        var facts = Extract.From("Dana Pryor, chief executive of Northfield Light & Power, said repairs would take a week.");
        var orgs = Extract.OrganizationNames(facts);
        Assert.Contains("Northfield Light & Power", orgs);
        Assert.DoesNotContain("Power", orgs);
        Assert.DoesNotContain("Northfield Light", orgs);
        Assert.DoesNotContain(Extract.PeopleNames(facts), n => n.Contains("Light"));
    }

    [Fact]
    public void AGluedAmpersandKeepsTheOpeningCapitalsInTheName()
    {
        var facts = Extract.From("AT&T said on Monday that its network was working again.");
        var orgs = Extract.OrganizationNames(facts);
        Assert.Contains("AT&T", orgs);
        Assert.DoesNotContain("T", orgs);
    }

    [Fact]
    public void TwoPeopleJoinedByAnAmpersandAreNoFirm()
    {
        var facts = Extract.From("The award went to Maria Okafor & Jo Kim, who founded the shelter in 2010.");
        Assert.DoesNotContain(Extract.OrganizationNames(facts), n => n.Contains('&'));
    }
}
