namespace FactsGenerator.Extraction.Tests.Quantities;

/// <summary>"the two countries" counts the countries; "the two sides" of a quarrel counts nothing.</summary>
public class DefinitePairTests
{
    [Theory]
    [InlineData("Trade between the two countries grew last year.", "countries")]
    [InlineData("The two little boys were playing near the Orrin river.", "people")]
    public void CountsTheNamedPair(string sentence, string unit)
    {
        var fact = QuantityTestText.Single(sentence);
        Assert.Equal(2m, fact.Value);
        Assert.Equal(unit, fact.Unit);
    }

    [Theory]
    [InlineData("No agreement was reached between the two sides on Thursday.")]
    [InlineData("The two parties met in Velmar.")]
    public void DropsThePairOfAQuarrel(string sentence)
    {
        Assert.Empty(QuantityTestText.Extract(sentence));
    }
}
