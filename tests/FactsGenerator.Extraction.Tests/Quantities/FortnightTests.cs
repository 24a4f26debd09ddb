namespace FactsGenerator.Extraction.Tests.Quantities;

/// <summary>A fortnight is two weeks, in the unit such spans are compared in.</summary>
public class FortnightTests
{
    [Theory]
    [InlineData("The ruling came just a fortnight after the mayor was cleared of a separate charge.", 2)]
    [InlineData("The strike ended less than a fortnight after it began.", 2)]
    [InlineData("The repairs took three fortnights to finish.", 6)]
    public void CountsAFortnightAsTwoWeeks(string sentence, double weeks)
    {
        var fact = QuantityTestText.Single(sentence);
        Assert.Equal((decimal)weeks, fact.Value);
        Assert.Equal("weeks", fact.Unit);
    }

    [Fact]
    public void LessThanAFortnightKeepsItsBound()
    {
        var fact = QuantityTestText.Single("The strike ended less than a fortnight after it began.");
        Assert.Equal(Model.Qualifier.FewerThan, fact.Qualifier);
    }

    [Fact]
    public void AFortnightlyPaperCountsNoWeeks()
    {
        Assert.DoesNotContain(QuantityTestText.Extract("The fortnightly paper printed the letter."), f => f.Unit == "weeks");
    }
}
