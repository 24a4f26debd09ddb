using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Tests.Quantities;

/// <summary>A share by which pay, funds or spending move ("a 4 percent pay raise", "a 3 percent reduction in funds") is money.</summary>
public class PayRaiseAndFundCutShareTests
{
    [Theory]
    [InlineData("Teachers will receive a 4 percent pay raise in July.")]
    [InlineData("The council approved a 3 percent reduction in funds to the libraries.")]
    [InlineData("Defence spending rose 6 percent last year.")]
    public void ReadsTheShareAsMoney(string sentence)
    {
        Assert.Contains(QuantityTestText.Extract(sentence), f => f.Unit == "percent" && f.Category == QuantityCategory.Money);
    }

    [Theory]
    [InlineData("Voter turnout rose 5 percent in the budget year.")]
    [InlineData("The union sought a 10 percent reduction in class sizes.")]
    public void LeavesOtherSharesAlone(string sentence)
    {
        Assert.Contains(QuantityTestText.Extract(sentence), f => f.Unit == "percent" && f.Category == QuantityCategory.Other);
    }
}
