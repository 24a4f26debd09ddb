using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Tests.Quantities;

/// <summary>
/// A percentage by which a budget, a cost, spending, revenue or a price moved is a money figure; the plural "prices"
/// (inflation), a share price and other moves stay `other`.
/// </summary>
public class BudgetAndCostShareTests
{
    [Theory]
    [InlineData("The school budget rose 12% this year.")]
    [InlineData("Building costs fell by 5 percent in the spring.")]
    [InlineData("The price of a season ticket jumped 8 per cent.")]
    [InlineData("Military expenditure increased 3.5 percent last year.")]
    [InlineData("Ticket revenue dropped 14% after the strike.")]
    public void FilesTheMoveOfASumAsMoney(string sentence)
    {
        var fact = QuantityTestText.Single(sentence);
        Assert.Equal("percent", fact.Unit);
        Assert.Equal(QuantityCategory.Money, fact.Category);
    }

    [Theory]
    [InlineData("Consumer prices rose 3 percent in the year to June.")]
    [InlineData("The firm's share price fell 4% on Monday.")]
    [InlineData("Attendance at the games rose 6% this season.")]
    [InlineData("The budget was approved by 61 percent of the delegates.")]
    [InlineData("The cost of living rose 4 percent last year.")]
    [InlineData("Passenger numbers at budget airlines rose 9% in the summer.")]
    public void LeavesOtherSharesAsOther(string sentence)
    {
        var fact = QuantityTestText.Single(sentence);
        Assert.Equal(QuantityCategory.Other, fact.Category);
    }
}
