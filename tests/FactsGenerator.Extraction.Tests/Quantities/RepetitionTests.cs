namespace FactsGenerator.Extraction.Tests.Quantities;

public class RepetitionTests
{
    [Theory]
    [InlineData("She twice won the national title.", 2, "twice won")]
    [InlineData("The suspect was arrested twice.", 2, "arrested twice")]
    [InlineData("The volcano erupted thrice in the decade.", 3, "erupted thrice")]
    public void CountsHowOftenSomethingHappened(string sentence, double value, string evidence)
    {
        var fact = QuantityTestText.Single(sentence);
        Assert.Equal((decimal)value, fact.Value);
        Assert.Equal("times", fact.Unit);
        Assert.Equal(evidence, fact.Evidence.Text);
    }

    [Theory]
    [InlineData("The new hall is twice as large as the old one.")]
    [InlineData("Prices were twice the level seen in spring.")]
    public void LeavesComparisonsAlone(string sentence)
    {
        Assert.Empty(QuantityTestText.Extract(sentence));
    }
}
