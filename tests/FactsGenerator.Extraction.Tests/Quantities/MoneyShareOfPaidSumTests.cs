using System.Linq;
using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Tests.Quantities;

/// <summary>A share by which a tax, a wage or a price moved, or which leads to a sum, is a money figure.</summary>
public class MoneyShareOfPaidSumTests
{
    [Theory]
    [InlineData("The Velmar council tabled a 3.4 per cent tax increase.", 3.4)]
    [InlineData("Staff at the Orrin plant will have to take a 25 per cent pay cut.", 25)]
    [InlineData("Shares of Kestrel Mills climbed 2.5 per cent to finish at Rs 1,210 on Monday.", 2.5)]
    [InlineData("Harlow Foods spent $4.2 billion on staff last year, a 35 per cent jump from $3.1 billion a year before.", 35)]
    [InlineData("The plan means a 1.5 per cent, or $40 a year, increase for each household.", 1.5)]
    public void CountsTheShareAsMoney(string sentence, double value)
    {
        var share = QuantityTestText.Extract(sentence).Single(f => f.Unit == "percent");
        Assert.Equal((decimal)value, share.Value);
        Assert.Equal(QuantityCategory.Money, share.Category);
    }

    [Theory]
    [InlineData("Turnout climbed 4 per cent to 61 per cent in the Velmar district.")]
    [InlineData("About 30 per cent of the Orrin voters backed the tax plan.")]
    public void LeavesOtherSharesAlone(string sentence)
    {
        Assert.All(QuantityTestText.Extract(sentence).Where(f => f.Unit == "percent"), f => Assert.Equal(QuantityCategory.Other, f.Category));
    }
}
