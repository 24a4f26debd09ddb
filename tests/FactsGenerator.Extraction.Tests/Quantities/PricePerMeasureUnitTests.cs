using System.Linq;
using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Tests.Quantities;

/// <summary>A price per unit of weight or volume is stated in that unit ("inr per tonne"); a price per share or per item stays a sum.</summary>
public class PricePerMeasureUnitTests
{
    [Theory]
    [InlineData("Urea now costs Rs 6,200 per tonne at the depots.", 6200, "inr per tonne")]
    [InlineData("Growers sold wheat at Rs 2,100 a quintal.", 2100, "inr per quintal")]
    [InlineData("Crude closed at $74 a barrel on Friday.", 74, "usd per barrel")]
    [InlineData("Petrol rose to €1.90 per litre.", 1.90, "eur per litre")]
    public void StatesThePriceInItsMeasure(string sentence, double value, string unit)
    {
        var fact = QuantityTestText.Extract(sentence).Single(f => f.Value == (decimal)value);
        Assert.Equal(unit, fact.Unit);
        Assert.Equal(QuantityCategory.Money, fact.Category);
    }

    [Theory]
    [InlineData("The lender earned $1.20 a share in the quarter.", 1.20)]
    [InlineData("Seats at the final cost $300 a ticket.", 300)]
    public void KeepsOtherPricesInTheCurrency(string sentence, double value)
    {
        Assert.Equal("usd", QuantityTestText.Extract(sentence).Single(f => f.Value == (decimal)value).Unit);
    }

    [Fact]
    public void TheLocalRupeeKeepsWhatItIsPer()
    {
        var text = "Sugar price\n\nLAHORE: Sugar sold at Rs 95 per kg in Lahore on Monday, traders in Lahore said.";
        Assert.Equal("pkr per kg", FactExtractor.Extract(text).Quantities.Single(q => q.Value == 95m).Unit);
    }
}
