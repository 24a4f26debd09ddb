using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Tests.Quantities;

/// <summary>An interest rate's level and its moves are money; other rates are not.</summary>
public class InterestRateShareTests
{
    [Theory]
    [InlineData("The central bank held its cash rate at 3.35 per cent on Tuesday.", 3.35)]
    [InlineData("Lenders lifted the average mortgage rate to 6.8% last month.", 6.8)]
    [InlineData("The Reserve Bank of Velmora raised its key rate 9 times to a peak of 7.25% over two years.", 7.25)]
    [InlineData("Farmers will see the interest rate on emergency loans fall from 4.5% to 2.75% this spring.", 4.5)]
    [InlineData("Farmers will see the interest rate on emergency loans fall from 4.5% to 2.75% this spring.", 2.75)]
    [InlineData("The credit union pays 3% interest on savings.", 3)]
    public void CountsAnInterestRateAsMoney(string sentence, double value)
    {
        var facts = QuantityTestText.Extract(sentence);
        Assert.Contains(facts, f => f.Value == (decimal)value && f.Unit == "percent" && f.Category == QuantityCategory.Money);
    }

    [Fact]
    public void CountsTheBasisPointsOfARateMoveAsMoney()
    {
        var facts = QuantityTestText.Extract("The bank cut the policy rate by 50 basis points in June.");
        Assert.Contains(facts, f => f.Value == 50m && f.Category == QuantityCategory.Money);
    }

    [Theory]
    [InlineData("The jobless rate in the province rose to 5.9% in March.", 5.9)]
    [InlineData("The school reported a pass rate of 81 percent this year.", 81)]
    [InlineData("The bank raised its cash rate again, as inflation reached 6.1%.", 6.1)]
    [InlineData("The lender kept its key rate unchanged, and unemployment rose to 4.4%.", 4.4)]
    public void LeavesOtherRatesAsTheyAre(string sentence, double value)
    {
        var facts = QuantityTestText.Extract(sentence);
        Assert.Contains(facts, f => f.Value == (decimal)value && f.Category == QuantityCategory.Other);
    }

    [Theory]
    [InlineData("Interest in electric cars rose 25% last year.", 25)]
    [InlineData("Bank rate rose 0.25 percentage points as interest in bonds fell 10%.", 10)]
    [InlineData("The firm bought a 51% interest in the mine.", 51)]
    [InlineData("The key rate of infection fell to 3% in May.", 3)]
    public void LeavesAStakeAnAttentionOrAKeyRateOfSomethingElseAsTheyAre(string sentence, double value)
    {
        var facts = QuantityTestText.Extract(sentence);
        Assert.Contains(facts, f => f.Value == (decimal)value && f.Unit == "percent" && f.Category == QuantityCategory.Other);
        Assert.DoesNotContain(facts, f => f.Category == QuantityCategory.Money);
    }
}
