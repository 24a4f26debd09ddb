using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Tests.Quantities;

/// <summary>
/// Spans that name the period a figure is set against, after a move ("up slightly from a year ago"), after a sum restated
/// per share ("or $1 a share, a year earlier") or after a figure named before "of" ("compared with a loss of $3 million
/// a year ago"), are no durations.
/// </summary>
public class ComparisonAnchorMoveAndShareTests
{
    [Theory]
    [InlineData("Exports reached 410,000 tonnes in March, up slightly from a year ago.", 410_000)]
    [InlineData("Bookings stood at 9,200, down sharply from two years earlier.", 9_200)]
    [InlineData("The bank earned $310 million, or 52 cents a share, against $280 million, or 47 cents a share, a year earlier.", 310_000_000)]
    [InlineData("Profit fell to $2.2 billion from $3.4 billion, or 61 cents per share, a year before.", 2_200_000_000)]
    [InlineData("The brewer reported net income of $95 million, compared with a loss of $12 million a year ago.", 95_000_000)]
    public void DropsTheAnchor(string sentence, double figure)
    {
        var facts = QuantityTestText.Extract(sentence);
        Assert.DoesNotContain(facts, f => f.Category == QuantityCategory.Duration);
        Assert.Contains(facts, f => f.Value == (decimal)figure);
    }

    [Fact]
    public void KeepsTheSumsOfTheSentence()
    {
        var facts = QuantityTestText.Extract("The brewer reported net income of $95 million, compared with a loss of $12 million a year ago.");
        Assert.Contains(facts, f => f.Value == 12_000_000m && f.Unit == "usd");
    }

    [Theory]
    [InlineData("The mayor was released from custody a year ago.")]
    [InlineData("She moved up from the junior team two years ago.")]
    [InlineData("The company was bought by a rival of its founder a year ago.")]
    public void KeepsASpanThatSetsNothingAgainstIt(string sentence)
    {
        Assert.Contains(QuantityTestText.Extract(sentence), f => f.Category == QuantityCategory.Duration);
    }
}
