using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Quotes;

/// <summary>A stray quotation mark whose "quotation" holds only punctuation gives no quote; a one-word quotation still does.</summary>
public class QuotePunctuationOnlyTests
{
    [Fact]
    public void AStrayClosingMarkBeforeTheFullStopQuotesNothing()
    {
        var facts = Extract.From("The spokesman for the Velm Dock Union, Peder Vallmo, slammed a move aimed at keeping observers away from the count\".");
        Assert.DoesNotContain(facts.Quotes, q => q.Text.Trim() == ".");
    }

    [Fact]
    public void AOneWordQuotationIsKept()
    {
        var facts = Extract.From("Union spokesman Peder Vallmo called the offer \"derisory\".");
        Assert.Contains(facts.Quotes, q => q.Text == "derisory" && q.Speaker == "Peder Vallmo");
    }
}
