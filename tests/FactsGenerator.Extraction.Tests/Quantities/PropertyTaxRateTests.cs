using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Tests.Quantities;

/// <summary>A property-tax rate in cents ("41.5 cents per $100 of assessed value") stays in cents; the $100 is its base.</summary>
public class PropertyTaxRateTests
{
    [Theory]
    [InlineData("The county's proposed tax rate is 41.5 cents per $100 of assessed value.", 41.5)]
    [InlineData("Trustees voted to cut the tax rate by 1.25 cents next year.", 1.25)]
    [InlineData("The board approved the property tax increase, a rise of 3.1 cents.", 3.1)]
    public void KeepsTheRateInCents(string sentence, double cents)
    {
        var facts = QuantityTestText.Extract(sentence);
        Assert.Contains(facts, f => f.Unit == "cents" && f.Value == (decimal)cents);
        Assert.DoesNotContain(facts, f => f.Value == 100m);
    }

    [Theory]
    [InlineData("The bakery chain earned 48 cents per share in the quarter.", 0.48)]
    [InlineData("A loaf now costs 95 cents more than last spring.", 0.95)]
    public void ReadsOtherCentsAsDollars(string sentence, double dollars)
    {
        Assert.Contains(QuantityTestText.Extract(sentence), f => f.Unit == "usd" && f.Value == (decimal)dollars);
    }

    [Fact]
    public void CentsInAnotherClauseOfARateSentenceAreDollars()
    {
        var facts = QuantityTestText.Extract("The city kept its tax rate, but bus fares rose 25 cents in March.");
        Assert.Contains(facts, f => f.Unit == "usd" && f.Value == 0.25m);
        Assert.DoesNotContain(facts, f => f.Unit == "cents");
    }
}
