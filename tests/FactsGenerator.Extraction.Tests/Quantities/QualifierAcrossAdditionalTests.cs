using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Tests.Quantities;

/// <summary>A hedge before "additional" or "extra" bounds the added figure, as it does across "another".</summary>
public class QualifierAcrossAdditionalTests
{
    [Theory]
    [InlineData("The new levy should raise an estimated additional $12.5 million next year.", 12500000)]
    [InlineData("The district expects about an additional 400 pupils.", 400)]
    [InlineData("Organisers counted roughly 900 extra visitors.", 900)]
    public void HedgesTheAddedFigure(string sentence, double value)
    {
        var fact = QuantityTestText.First(sentence);
        Assert.Equal((decimal)value, fact.Value);
        Assert.Equal(Qualifier.About, fact.Qualifier);
    }

    [Fact]
    public void LeavesAnUnhedgedAdditionalFigureExact()
    {
        var fact = QuantityTestText.First("The city will hire an additional 40 teachers.");
        Assert.Equal(40m, fact.Value);
        Assert.Equal(Qualifier.Exact, fact.Qualifier);
    }
}
