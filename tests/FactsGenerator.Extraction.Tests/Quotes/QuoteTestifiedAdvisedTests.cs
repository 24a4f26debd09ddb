using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Quotes;

/// <summary>"Testified" and "advised" are verbs of saying: their subject speaks; a passive "were advised" gives nobody.</summary>
public class QuoteTestifiedAdvisedTests
{
    [Fact]
    public void WordsSomeoneTestifiedAreHers()
    {
        var facts = Extract.From("Ana Ruiz spoke to the panel for two hours. \"I believe it was the right choice to make,\" Ana Ruiz testified.");
        Assert.Equal("Ana Ruiz", Assert.Single(facts.Quotes, q => q.Text.StartsWith("I believe", System.StringComparison.Ordinal)).Speaker);
    }

    [Fact]
    public void AFragmentSomeoneAdvisedIsHis()
    {
        var facts = Extract.From("Tomas Brandt advised the crews to make sure that the old ferry is \"kept afloat\".");
        Assert.Equal("Tomas Brandt", Assert.Single(facts.Quotes, q => q.Text == "kept afloat").Speaker);
    }

    [Fact]
    public void AFragmentAfterAPassiveAdvisedHasNoSpeaker()
    {
        // (Words long enough to be a quotation of their own: a two-word fragment that nobody says is no quote at all.)
        var facts = Extract.From("Tomas Brandt runs the harbour. Residents were advised to keep their doors \"firmly shut until the storm has passed\".");
        Assert.Null(Assert.Single(facts.Quotes, q => q.Text == "firmly shut until the storm has passed").Speaker);
    }

    [Fact]
    public void TheSameFragmentAdvisedActivelyIsTheAdvisers()
    {
        var facts = Extract.From("Tomas Brandt runs the harbour. He advised residents to keep their doors \"firmly shut until the storm has passed\".");
        Assert.Equal("Tomas Brandt", Assert.Single(facts.Quotes, q => q.Text == "firmly shut until the storm has passed").Speaker);
    }
}
