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
        var facts = Extract.From("Tomas Brandt runs the harbour. Residents were advised to keep their doors \"firmly shut\" overnight.");
        Assert.DoesNotContain(facts.Quotes, q => q.Text == "firmly shut" && q.Speaker != null);
    }
}
