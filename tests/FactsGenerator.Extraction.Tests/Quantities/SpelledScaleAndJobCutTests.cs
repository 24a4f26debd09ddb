namespace FactsGenerator.Extraction.Tests.Quantities;

/// <summary>"120 fahrenheit" without "degrees" is a temperature; "1,700 job cuts" count jobs; "firms" are companies.</summary>
public class SpelledScaleAndJobCutTests
{
    [Theory]
    [InlineData("The heat in Velmar rose to 120 fahrenheit on Monday.", "fahrenheit")]
    [InlineData("The heat in Velmar rose to 49 Celsius on Monday.", "celsius")]
    [InlineData("The Orrin mills announced about 1,700 job cuts.", "jobs")]
    [InlineData("Four firms in Velmar announced layoffs.", "companies")]
    public void ReadsTheUnit(string sentence, string unit)
    {
        Assert.Equal(unit, QuantityTestText.Single(sentence).Unit);
    }

    [Fact]
    public void KeepsCutsOfAnythingElse()
    {
        Assert.Equal("cuts", QuantityTestText.Single("The board made 20 cost cuts.").Unit);
    }
}
