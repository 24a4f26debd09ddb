namespace FactsGenerator.Extraction.Tests.Quantities;

public class SumPastItsRateTests
{
    [Theory]
    [InlineData("The quarry pays $4 million a year in royalties to the county.", "royalties")]
    [InlineData("Tenants owe about $900 per month in charges.", "charges")]
    [InlineData("The league hands out $12,000 each week in grants.", "grants")]
    public void TheNounAfterInNamesTheSumPastThePeriod(string sentence, string noun)
    {
        var fact = QuantityTestText.Single(sentence);
        Assert.Contains(noun, fact.About);
    }

    [Fact]
    public void APeriodWithoutInLeavesTheSumAsBefore()
    {
        var fact = QuantityTestText.Single("The council spends $3 million a year on roads.");
        Assert.DoesNotContain("year", fact.About);
    }
}
