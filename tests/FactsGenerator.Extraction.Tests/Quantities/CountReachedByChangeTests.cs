namespace FactsGenerator.Extraction.Tests.Quantities;

/// <summary>"Burglaries fell to 30": a plural count noun moved to a bare figure is what the figure counts.</summary>
public class CountReachedByChangeTests
{
    [Theory]
    [InlineData("Burglaries fell to 30 over the summer, the council said.", 30, "burglaries")]
    [InlineData("Complaints climbed to 212 after the outage.", 212, "complaints")]
    public void CountsTheSubjectOfTheChange(string sentence, double value, string unit)
    {
        var fact = QuantityTestText.First(sentence);
        Assert.Equal((decimal)value, fact.Value);
        Assert.Equal(unit, fact.Unit);
    }

    [Fact]
    public void ReadsBothFiguresOfAChangeByMonth()
    {
        var facts = QuantityTestText.Extract("Admissions rose to 64 in July and 80 in August.");
        Assert.Contains(facts, f => f.Value == 64m && f.Unit == "admissions");
        Assert.Contains(facts, f => f.Value == 80m && f.Unit == "admissions");
    }

    [Fact]
    public void DoesNotCountTheLevelOfAMeasure()
    {
        Assert.DoesNotContain(QuantityTestText.Extract("Temperatures rose to 41 by the afternoon."), f => f.Unit == "temperatures");
    }
}
