using System.Linq;
using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Tests.Quantities;

/// <summary>A deficit or a debt told as a share of a country's output is money; other shares of output are not.</summary>
public class DebtShareCategoryTests
{
    [Theory]
    [InlineData("The treasury plans to narrow the budget deficit to 2.8 percent of gross domestic product next year.", 2.8)]
    [InlineData("Public debt now stands at 140% of annual economic output.", 140)]
    // Eight words, not tokens: the commas do not count ("deficit" is the seventh word before the share, the ninth token).
    [InlineData("The deficit, in the end, was held at 3.1% of output.", 3.1)]
    public void ADeficitOrDebtShareIsMoney(string sentence, double share)
    {
        var fact = QuantityTestText.Extract(sentence).Single(f => f.Value == (decimal)share);
        Assert.Equal(QuantityCategory.Money, fact.Category);
    }

    [Fact]
    public void AShareOfOutputWithNoDebtNamedIsNoMoney()
    {
        var fact = QuantityTestText.Extract("Farming makes up 12 percent of the country's economic output.").Single(f => f.Value == 12);
        Assert.NotEqual(QuantityCategory.Money, fact.Category);
    }
}
