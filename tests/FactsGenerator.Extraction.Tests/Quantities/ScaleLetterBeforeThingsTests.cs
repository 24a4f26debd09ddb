using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Tests.Quantities;

/// <summary>A capital scale letter before plural things, and any scale letter before a currency's name, scale the figure.</summary>
public class ScaleLetterBeforeThingsTests
{
    [Theory]
    [InlineData("Wildfires have now burned 3M acres across the state.", 3_000_000, "acres")]
    [InlineData("Crews restored 1.2M customer accounts by Friday.", 1_200_000, "accounts")]
    public void ReadsACapitalLetterBeforePluralThingsAsItsScale(string sentence, double value, string unit)
    {
        var fact = QuantityTestText.Single(sentence);
        Assert.Equal((decimal)value, fact.Value);
        Assert.Equal(unit, fact.Unit);
    }

    [Fact]
    public void ReadsAPlusAfterTheLetterAsAtLeast()
    {
        var fact = QuantityTestText.Single("The storm left 2M+ power outages behind.");
        Assert.Equal(2_000_000m, fact.Value);
        Assert.Equal(Qualifier.AtLeast, fact.Qualifier);
    }

    [Theory]
    [InlineData("The court fined him 40m Kenyan shillings on Monday.", 40_000_000, "kes")]
    [InlineData("The club paid 12m euros for the striker.", 12_000_000, "eur")]
    public void ReadsAScaleLetterBeforeACurrencyAsASum(string sentence, double value, string unit)
    {
        var fact = QuantityTestText.Single(sentence);
        Assert.Equal((decimal)value, fact.Value);
        Assert.Equal(unit, fact.Unit);
        Assert.Equal(QuantityCategory.Money, fact.Category);
    }

    [Theory]
    [InlineData("She won the 200m final in record time.")]
    [InlineData("The new 3M plant opened near the river.")]
    public void LeavesMetresAndNamesUnscaled(string sentence)
    {
        Assert.DoesNotContain(QuantityTestText.Extract(sentence), f => f.Value >= 1000m);
    }

    [Theory]
    [InlineData("The store sold 200 4K televisions last week.", 200)]
    [InlineData("The shop sold 12 4K screens on Friday.", 12)]
    public void LeavesAResolutionAfterACountUnscaled(string sentence, double count)
    {
        var facts = QuantityTestText.Extract(sentence);
        Assert.Contains(facts, f => f.Value == (decimal)count);
        Assert.DoesNotContain(facts, f => f.Value >= 1000m);
    }

    [Fact]
    public void LeavesARaceLengthAfterACountUnscaled()
    {
        var facts = QuantityTestText.Extract("She ran two 5K races this spring.");
        Assert.Contains(facts, f => f.Value == 5m);
        Assert.DoesNotContain(facts, f => f.Value >= 1000m);
    }
}
