using System.Linq;
using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Tests.Quantities;

public class MoneySharePartOfASumTests
{
    [Theory]
    [InlineData("Just 0.8% of Danish bakery turnover is earned from deliveries.")]
    [InlineData("The council spent $5 million, or 10 percent of its budget, on roads.")]
    [InlineData("Profits are taxed at 20 percent in the state.")]
    public void LeavesAPartOfASumAsOther(string sentence)
    {
        Assert.Contains(QuantityTestText.Extract(sentence), f => f.Unit == "percent" && f.Category == QuantityCategory.Other);
    }
}
