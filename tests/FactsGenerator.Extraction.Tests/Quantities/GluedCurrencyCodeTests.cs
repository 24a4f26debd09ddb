using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Numbers;

namespace FactsGenerator.Extraction.Tests.Quantities;

public class GluedCurrencyCodeTests
{
    [Theory]
    [InlineData("The winner takes home EUR40 million.", 40000000, "eur")]
    [InlineData("Cleaners there earn USD12 an hour.", 12, "usd")]
    [InlineData("The museum paid GBP850 thousand for the vase.", 850000, "gbp")]
    public void ReadsDigitsGluedAfterACurrencyCodeAsMoney(string sentence, double value, string unit)
    {
        var fact = QuantityTestText.First(sentence);
        Assert.Equal((decimal)value, fact.Value);
        Assert.Equal(unit, fact.Unit);
        Assert.Equal(QuantityCategory.Money, fact.Category);
    }

    [Fact]
    public void ReadsASumRestatedInAnotherGluedCurrencyAsASecondFigureWithTheSameHedge()
    {
        var facts = QuantityTestText.Extract("The grant was about EUR50 thousand or USD55 thousand.");
        Assert.Contains(facts, f => f.Value == 50000m && f.Unit == "eur" && f.Qualifier == Qualifier.About);
        Assert.Contains(facts, f => f.Value == 55000m && f.Unit == "usd" && f.Qualifier == Qualifier.About);
    }

    [Theory]
    [InlineData("Reporters from XYZ24 filmed the protest.")]
    [InlineData("The lab measured the ABC7 strain again.")]
    public void LeavesDigitsGluedToOtherCapitalsAsALabel(string sentence)
    {
        Assert.Empty(QuantityTestText.Extract(sentence));
    }

    [Theory]
    [InlineData("USD15", "USD")]
    [InlineData("SEK9", "SEK")]
    [InlineData("CO2", null)]
    [InlineData("Usd15", null)]
    [InlineData("USD", null)]
    [InlineData("USD15x", null)]
    public void FindsThreeCapitalsGluedToDigits(string word, string? prefix)
    {
        Assert.Equal(prefix, NumberReader.GluedPrefix(word));
    }
}
