using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Tests.Quantities;

public class LakhAndCroreTests
{
    [Theory]
    [InlineData("The ministry will spend ₹3,500 crore on new canals.", 35000000000)]
    [InlineData("Each flood victim will receive Rs 4 lakh from the fund.", 400000)]
    [InlineData("Farmers were promised Rs 12 lakhs in all.", 1200000)]
    public void MultipliesByTheSouthAsianScaleWord(string sentence, double value)
    {
        var fact = QuantityTestText.Single(sentence);
        Assert.Equal((decimal)value, fact.Value);
        Assert.Equal("inr", fact.Unit);
        Assert.Equal(QuantityCategory.Money, fact.Category);
    }
}

public class HyphenedScaleAfterCurrencySignTests
{
    [Theory]
    [InlineData("The city approved a $2.4-billion transit plan.", 2400000000, "usd")]
    [InlineData("The state unveiled a ₹650-crore irrigation scheme.", 6500000000, "inr")]
    public void ReadsAScaleJoinedByAHyphenAfterACurrencySign(string sentence, double value, string unit)
    {
        var fact = QuantityTestText.Single(sentence);
        Assert.Equal((decimal)value, fact.Value);
        Assert.Equal(unit, fact.Unit);
        Assert.Equal(QuantityCategory.Money, fact.Category);
    }
}
