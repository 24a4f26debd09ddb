namespace FactsGenerator.Extraction.Tests.Quantities;

public class LabelledValueTests
{
    [Fact]
    public void ALabelledValueInALegendTakesNoUnitFromAnEarlierSentence()
    {
        var facts = QuantityTestText.Extract("Sheep made up nearly 60% of the herd. Goats: 14. Cattle: 9.");
        Assert.Contains(facts, f => f.Value == 60m && f.Unit == "percent");
        Assert.DoesNotContain(facts, f => f.Value == 14m && f.Unit == "percent");
        Assert.DoesNotContain(facts, f => f.Value == 9m && f.Unit == "percent");
    }

    [Fact]
    public void ABareFigureOfTheSameListStillTakesTheUnitBefore()
    {
        var facts = QuantityTestText.Extract("Labour lost 42 seats. The Greens lost 10.");
        Assert.Contains(facts, f => f.Value == 10m && f.Unit == "seats");
    }
}
