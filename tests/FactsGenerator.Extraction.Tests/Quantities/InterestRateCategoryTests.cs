using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Tests.Quantities;

/// <summary>
/// An interest rate's level and its moves are rates, category other, as news annotators file them; a sum of money paid
/// as interest, and a move of pay, stay money.
/// </summary>
public class InterestRateCategoryTests
{
    [Theory]
    [InlineData("The central bank of Velmora held its cash rate at 3.35 per cent on Tuesday.", 3.35)]
    [InlineData("Lenders lifted the average mortgage rate to 6.8% last month.", 6.8)]
    [InlineData("The Orrin reserve bank raised its key rate 9 times to a peak of 7.25% over two years.", 7.25)]
    [InlineData("Farmers will see the interest rate on emergency loans fall from 4.5% to 2.75% this spring.", 2.75)]
    [InlineData("The council of the bank set a target range of 1.5 to 1.75 per cent for its policy rate.", 1.5)]
    public void FilesAnInterestRateAsOther(string sentence, double value)
    {
        var facts = QuantityTestText.Extract(sentence);
        Assert.Contains(facts, f => f.Value == (decimal)value && f.Unit == "percent" && f.Category == QuantityCategory.Other);
        Assert.DoesNotContain(facts, f => f.Category == QuantityCategory.Money);
    }

    [Fact]
    public void FilesTheBasisPointsOfARateMoveAsOther()
    {
        var facts = QuantityTestText.Extract("The bank cut the policy rate by 50 basis points in June.");
        Assert.Contains(facts, f => f.Value == 50m && f.Unit == "basis points" && f.Category == QuantityCategory.Other);
    }

    [Theory]
    [InlineData("The borrowers paid $4,000 in interest on the loan.", 4000)]
    [InlineData("Nurses at the clinic won a 3 percent pay raise on top of the lower rate.", 3)]
    public void KeepsSumsOfInterestAndPayMovesAsMoney(string sentence, double value)
    {
        var facts = QuantityTestText.Extract(sentence);
        Assert.Contains(facts, f => f.Value == (decimal)value && f.Category == QuantityCategory.Money);
    }
}
