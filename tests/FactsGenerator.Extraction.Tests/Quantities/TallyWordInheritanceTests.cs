namespace FactsGenerator.Extraction.Tests.Quantities;

/// <summary>"the number was 180": a bare figure whose subject is a word for a count counts what the figure before counted.</summary>
public class TallyWordInheritanceTests
{
    [Theory]
    [InlineData("Inspectors seized 300 crates at the port on Monday. By Friday the number was 410.", 410, "crates")]
    [InlineData("The shelter took in 90 dogs last winter. This year the figure was 130.", 130, "dogs")]
    public void CountsWhatTheFigureBeforeCounted(string text, double value, string unit)
    {
        var facts = QuantityTestText.Extract(text);
        Assert.Contains(facts, f => f.Value == (decimal)value && f.Unit == unit);
    }

    [Fact]
    public void DoesNotReachPastTheSentenceBefore()
    {
        var facts = QuantityTestText.Extract("The ferry carried 70 trucks in March. Crews painted the deck in April. The bridge opened in May. In the end the number was 95.");
        Assert.DoesNotContain(facts, f => f.Value == 95m && f.Unit == "trucks");
    }
}
