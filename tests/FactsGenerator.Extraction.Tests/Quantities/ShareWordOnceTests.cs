namespace FactsGenerator.Extraction.Tests.Quantities;

public class ShareWordOnceTests
{
    [Theory]
    [InlineData("Shares dipped 3% in late trading.")]
    [InlineData("The brewer's shares slid 7 percent on Friday.")]
    public void ASubjectNamingSharesGetsNoSecondShare(string sentence)
    {
        var fact = QuantityTestText.Single(sentence);
        Assert.DoesNotContain("share share", fact.About);
        Assert.False(fact.About.EndsWith("share", System.StringComparison.Ordinal) && fact.About.Contains("shares"), fact.About);
    }
}
