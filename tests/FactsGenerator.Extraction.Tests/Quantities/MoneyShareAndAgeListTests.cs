using System.Linq;
using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Tests.Quantities;

/// <summary>Shares by which a firm's money moved, and ages listed with their unit.</summary>
public class MoneyShareAndAgeListTests
{
    [Theory]
    [InlineData("Retail sales at the chain rose 4.2% in the spring.", 4.2)]
    [InlineData("The lender reported a 23 percent drop in quarterly profit.", 23)]
    [InlineData("The brewer earned $40 million, or 12 cents a share, up 31% from a year earlier.", 31)]
    [InlineData("Its stock lost $2.10, or 5 percent, to $40.", 5)]
    public void CountsAShareOfAFirmsMoneyAsMoney(string sentence, double value)
    {
        var facts = QuantityTestText.Extract(sentence);
        Assert.Contains(facts, f => f.Value == (decimal)value && f.Unit == "percent" && f.Category == QuantityCategory.Money);
    }

    [Theory]
    [InlineData("Unemployment in the province rose 2% last year.")]
    [InlineData("Turnout was 55% on Sunday.")]
    [InlineData("Jobs fell 4% while sales rose in the region.")]
    [InlineData("The party won 40 percent of the vote.")]
    [InlineData("Shares of Norvik Mining fell 6.5 per cent on Tuesday.")]
    [InlineData("Its stock rose 3% in early trading after the report.")]
    public void LeavesOtherSharesAsOther(string sentence)
    {
        Assert.Contains(QuantityTestText.Extract(sentence), f => f.Unit == "percent" && f.Category == QuantityCategory.Other);
    }

    [Theory]
    [InlineData("The shots are given at the ages of 3 months, 9 months and 15 months.", 3)]
    [InlineData("The drug works for babies between the ages of 4 months and 18 months.", 2)]
    [InlineData("It helped infants aged between 6 months and 20 months.", 2)]
    public void ReadsEveryAgeOfAListWithItsOwnUnit(string sentence, int ages)
    {
        var facts = QuantityTestText.Extract(sentence);
        Assert.Equal(ages, facts.Count(f => f.Unit == "months" && f.Category == QuantityCategory.Other));
        Assert.DoesNotContain(facts, f => f.Category == QuantityCategory.Duration);
    }

    [Fact]
    public void LeavesAListOfLengthsAsDurations()
    {
        var facts = QuantityTestText.Extract("It took 5 months, 6 months and 7 months to build the bridges.");
        Assert.Equal(3, facts.Count(f => f.Unit == "months" && f.Category == QuantityCategory.Duration));
    }

    [Fact]
    public void KeepsTheEndsOfAnAgeSpanBesideTheSameSingleAges()
    {
        var facts = QuantityTestText.Extract("Shots are offered at the ages of 7 months and 19 months. The serum protects toddlers aged between 7 months and 19 months.");
        Assert.Equal(4, facts.Count(f => f.Unit == "months"));
    }
}
