namespace FactsGenerator.Extraction.Tests.Quantities;

public class DayListTests
{
    [Theory]
    [InlineData("Bus drivers will stop work on 6, 7 and 11 October, and 30 percent of routes will close.", 30)]
    [InlineData("Tours run on June 3, 4 and 5, with 250 seats left.", 250)]
    [InlineData("Markets open on 12, 13, and 19 April, and about 90 stalls have signed up.", 90)]
    // (A share read before the list lends its unit to bare numbers after it: the days must not take it. The rows above
    // pass without the rule, as other filters drop their days; these do not.)
    [InlineData("Support for the stoppage stood at 92 percent. Crews will stay at home on 14, 15 and 16 August.", 92)]
    [InlineData("Support for the strike stood at 88 percent. Nurses will walk out on 6, 7 and 11 October.", 88)]
    public void ReadsNoCountInTheDaysOfAListClosedOrOpenedByAMonth(string sentence, double figure)
    {
        var fact = QuantityTestText.Single(sentence);
        Assert.Equal((decimal)figure, fact.Value);
    }

    [Fact]
    public void KeepsAFigureThatCountsSomethingAfterTheList()
    {
        var facts = QuantityTestText.Extract("Clinics close on May 2, 3 and 4, and 15 percent of wards will shut.");
        Assert.Contains(facts, f => f.Value == 15m && f.Unit == "percent");
        Assert.DoesNotContain(facts, f => f.Value is 2m or 3m or 4m);
    }
}
