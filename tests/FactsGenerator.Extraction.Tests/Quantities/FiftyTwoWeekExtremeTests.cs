using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Tests.Quantities;

/// <summary>"a 52-week high" is the stock tables' yearly extreme: the 52 is no length of time, the price stays.</summary>
public class FiftyTwoWeekExtremeTests
{
    [Theory]
    [InlineData("Shares of the brewer closed at $41.20, well below their 52-week high of $58.90.", 58.90)]
    [InlineData("The stock sank to a new 52-week low of $12.15 on Tuesday.", 12.15)]
    public void ReadsNoDurationInTheWindowButKeepsThePrice(string sentence, double price)
    {
        var facts = QuantityTestText.Extract(sentence);
        Assert.DoesNotContain(facts, f => f.Category == QuantityCategory.Duration);
        Assert.Contains(facts, f => f.Unit == "usd" && f.Value == (decimal)price);
    }

    [Fact]
    public void KeepsAFiftyTwoWeekCourse()
    {
        var facts = QuantityTestText.Extract("The apprentices begin a 52-week course in March.");
        Assert.Contains(facts, f => f.Category == QuantityCategory.Duration && f.Value == 52m && f.Unit == "weeks");
    }
}
