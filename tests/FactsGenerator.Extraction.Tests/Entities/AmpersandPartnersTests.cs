using System.Linq;

namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>A spaced ampersand after one capitalised word joins the partners of one firm's name.</summary>
public class AmpersandPartnersTests
{
    [Fact]
    public void TheFirmsWholeNameIsOneBody()
    {
        var facts = Extract.From("She polled four percent in the Brandell & Quennby Strategies survey.");
        Assert.Contains("Brandell & Quennby Strategies", Extract.OrganizationNames(facts));
        Assert.Empty(facts.People);
    }

    [Fact]
    public void GivenNamesAroundAnAmpersandStayApart()
    {
        var facts = Extract.From("Our thoughts are with Maria, Tomas & Jo Kim tonight.");
        Assert.DoesNotContain(Extract.OrganizationNames(facts), n => n.Contains('&'));
    }
}
