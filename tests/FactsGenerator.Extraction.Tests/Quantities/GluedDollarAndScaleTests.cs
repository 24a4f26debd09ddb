using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Numbers;

namespace FactsGenerator.Extraction.Tests.Quantities;

/// <summary>
/// "$US125,000", "$A20 million": dollar letters written after the sign; "£1.3million", "€2billion": a scale word glued to
/// the figure; "R85m", "N3bn": a scale glued after a short currency prefix and its digits.
/// </summary>
public class GluedDollarAndScaleTests
{
    [Theory]
    [InlineData("The harbour trust paid $US125,000 for the old crane.", 125000, "usd")]
    [InlineData("The council pledged $A20 million to the new pool.", 20000000, "aud")]
    [InlineData("The dairy group lost $NZ1.2bn in the drought.", 1200000000, "nzd")]
    [InlineData("Each pilot was offered $C80,000 a year.", 80000, "cad")]
    [InlineData("The club spent £1.3million on the young winger.", 1300000, "gbp")]
    [InlineData("The lender raised €2billion from the bond sale.", 2000000000, "eur")]
    [InlineData("The water board borrowed R85m for the new pumps.", 85000000, "zar")]
    [InlineData("The state spent N3bn on rural roads.", 3000000000, "ngn")]
    [InlineData("The hospital wing cost Sh450m to build.", 450000000, "kes")]
    [InlineData("The port was sold for USD1.5bn in the end.", 1500000000, "usd")]
    public void ReadsGluedLettersAndScalesAsOneSum(string sentence, double value, string unit)
    {
        var fact = QuantityTestText.Single(sentence);
        Assert.Equal((decimal)value, fact.Value);
        Assert.Equal(unit, fact.Unit);
        Assert.Equal(QuantityCategory.Money, fact.Category);
    }

    [Fact]
    public void KeepsUsDollarsGluedAfterTheSignInAStoryFromAnotherDollarCountry()
    {
        var facts = QuantityTestText.Extract("SYDNEY - The miner agreed to pay $US40 million to the Perth investors.");
        var sum = Assert.Single(facts, f => f.Category == QuantityCategory.Money);
        Assert.Equal("usd", sum.Unit);
        Assert.Equal(40000000m, sum.Value);
    }

    [Theory]
    [InlineData("Traffic on the R61 was slow after the crash.")]
    [InlineData("Nurses asked for more N95 masks for the ward.")]
    [InlineData("The car was parked beside an A4 sheet of notices.")]
    [InlineData("Supporters wore $X5 badges to the rally.")]
    public void LeavesALetterBeforeDigitsWithoutAScaleAsNoSum(string sentence)
    {
        Assert.DoesNotContain(QuantityTestText.Extract(sentence), f => f.Category == QuantityCategory.Money);
    }

    [Theory]
    [InlineData("R85m", "R")]
    [InlineData("N3bn", "N")]
    [InlineData("USD1.2million", "USD")]
    [InlineData("N95s", null)]
    [InlineData("R61x", null)]
    public void FindsThePrefixOfDigitsWithAGluedScale(string word, string? prefix)
    {
        Assert.Equal(prefix, NumberReader.GluedPrefix(word));
    }
}
