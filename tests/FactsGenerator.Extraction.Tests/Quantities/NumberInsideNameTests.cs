namespace FactsGenerator.Extraction.Tests.Quantities;

public class NumberInsideNameTests
{
    [Theory]
    [InlineData("Regulators said the new 919 Skyliner was not ready to fly.")]
    [InlineData("The lawsuit cites 21 Federal Code, the rules on radio licences.")]
    [InlineData("Astronomers first saw 61 Cygni b through a small telescope.")]
    [InlineData("Engineers checked every 919 Skyliner's wiring.")]
    public void DropsDigitsThatOpenAName(string sentence)
    {
        Assert.Empty(QuantityTestText.Extract(sentence));
    }

    [Theory]
    [InlineData("The vote passed with 212 Liberals in favour.", 212, "people")]
    [InlineData("The airline serves 14 Nordic airports.", 14, "airports")]
    [InlineData("The station broadcasts on 12 Jazz and four rock channels.", 4, "channels")]
    public void KeepsCountsOfPluralsAndOfNounsAfterCapitalisedModifiers(string sentence, double value, string unit)
    {
        Assert.Contains(QuantityTestText.Extract(sentence), f => f.Value == (decimal)value && f.Unit == unit);
    }
}
