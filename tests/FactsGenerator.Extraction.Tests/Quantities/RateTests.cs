using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Tests.Quantities;

public class RateTests
{
    [Fact]
    public void ReadsABareFigurePerARoundBaseAsARate()
    {
        var fact = QuantityTestText.Single("The county's rate was nine per 100,000 residents last year.");
        Assert.Equal(9m, fact.Value);
        Assert.Equal("per 100,000 residents", fact.Unit);
        Assert.Equal(QuantityCategory.Other, fact.Category);
        Assert.Contains("per 100,000 residents", fact.Evidence.Text);
    }

    [Fact]
    public void JoinsTheCountedNounToTheRatesUnit()
    {
        var fact = QuantityTestText.Single("The survey found 12 deaths per 1,000 people in the valley.");
        Assert.Equal(12m, fact.Value);
        Assert.Equal("deaths per 1,000 people", fact.Unit);
        Assert.Equal(QuantityCategory.Other, fact.Category);
    }

    [Fact]
    public void KeepsASmallRatioACount()
    {
        var facts = QuantityTestText.Extract("Officials handed out two masks per family.");
        Assert.Contains(facts, f => f.Value == 2m && f.Unit == "masks");
    }
}
