using System.Linq;
using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Tests.Quantities;

public class PayShareTests
{
    [Theory]
    [InlineData("The porters turned down a 3% pay offer from the Velm hospital trust.", 3)]
    [InlineData("Drivers rejected a 4 per cent wage offer on Tuesday.", 4)]
    public void ReadsAPayOfferAsMoney(string sentence, double value)
    {
        var fact = QuantityTestText.Single(sentence);
        Assert.Equal((decimal)value, fact.Value);
        Assert.Equal(QuantityCategory.Money, fact.Category);
    }

    [Theory]
    [InlineData("The agreement gives a 12% pay rise over four years with 5% in the first year.", 5)]
    [InlineData("The nurses want 6 percent yearly salary increases, and the board is offering 3 percent.", 3)]
    public void ReadsABareShareAfterAPayShareAsMoney(string sentence, double value)
    {
        var fact = QuantityTestText.Extract(sentence).Single(f => f.Value == (decimal)value && f.Unit == "percent");
        Assert.Equal(QuantityCategory.Money, fact.Category);
    }

    [Theory]
    [InlineData("Cleaners won a 3% pay rise while inflation reached 9%.", 9)]
    [InlineData("Cleaners won a 3% pay rise, and 70% of members backed the deal.", 70)]
    [InlineData("The bank made a 5% offer of new stock to its members.", 5)]
    public void LeavesOtherSharesAlone(string sentence, double value)
    {
        var fact = QuantityTestText.Extract(sentence).Single(f => f.Value == (decimal)value && f.Unit == "percent");
        Assert.Equal(QuantityCategory.Other, fact.Category);
    }
}
