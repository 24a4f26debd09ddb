using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Organizations;

/// <summary>"Orvik Air Lines ... Orvik said": the words that open a body's full name, used later, name the same body.</summary>
public class OpeningShortNameTests
{
    [Theory]
    [InlineData("Velmar Wireless reported an outage across three counties on Friday. Velmar Wireless engineers were sent out, and Velmar said service was back by evening.", "Velmar Wireless", "Velmar")]
    [InlineData("The Tarsk Police Department said two officers were hurt in the crash. Tarsk Police did not name them.", "Tarsk Police Department", "Tarsk Police")]
    [InlineData("Orvik Air Lines cancelled 400 flights on Monday. A spokesman for Orvik told reporters that passengers would be rebooked, and Orvik shares fell.", "Orvik Air Lines", "Orvik")]
    public void TheOpeningWordsOfABodysNameAreItsAlias(string text, string name, string shortName)
    {
        var facts = Extract.From(text);
        var body = Assert.Single(facts.Organizations, o => o.Name == name);
        Assert.Contains(shortName, body.Aliases);
        Assert.DoesNotContain(facts.Organizations, o => o.Name == shortName);
    }

    [Fact]
    public void ABodyInsideAnotherKeepsItsOwnName()
    {
        // The committee is a body of the council, not the council written in full.
        var facts = Extract.From("The Velmar Council Finance Committee met on Monday. The Velmar Council later approved the budget.");
        Assert.Contains("Velmar Council Finance Committee", Extract.OrganizationNames(facts));
        Assert.Contains("Velmar Council", Extract.OrganizationNames(facts));
    }

    [Fact]
    public void AShortNameOpeningTwoBodiesIsNeither()
    {
        // "Velmar" could be either firm of the group, so it is merged into none.
        var facts = Extract.From("Velmar Wireless reported an outage on Friday. A spokesman for Velmar Fibre said its lines were unharmed. A spokesman for Velmar said the cause was a fire.");
        var wireless = Assert.Single(facts.Organizations, o => o.Name == "Velmar Wireless");
        var fibre = Assert.Single(facts.Organizations, o => o.Name == "Velmar Fibre");
        Assert.DoesNotContain("Velmar", wireless.Aliases);
        Assert.DoesNotContain("Velmar", fibre.Aliases);
        Assert.Contains("Velmar", Extract.OrganizationNames(facts));
    }
}
