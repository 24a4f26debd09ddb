namespace FactsGenerator.Extraction.Tests.Quantities;

/// <summary>
/// The sentence reader passes over punctuation and symbols without asking its readers: a figure or a counted word
/// right after one is still read, and so is a figure glued to its symbol.
/// </summary>
public class TokensAfterPunctuationTests
{
    [Fact]
    public void FigureAfterAnOpeningBracketIsRead()
    {
        Assert.Equal(340m, QuantityTestText.First("The ferry (340 passengers on board) docked late on Friday.").Value);
    }

    [Fact]
    public void WordNumberAfterACommaIsRead()
    {
        Assert.Equal(12m, QuantityTestText.First("By noon, twelve lorries had crossed the bridge.").Value);
    }

    [Fact]
    public void AmountAfterItsCurrencySymbolIsRead()
    {
        Assert.Equal(45m, QuantityTestText.First("The council spent $45 on each lamp.").Value);
    }

    [Fact]
    public void RepetitionAfterADashIsRead()
    {
        Assert.Equal(2m, QuantityTestText.First("The mayor was asked to resign - twice.").Value);
    }
}
