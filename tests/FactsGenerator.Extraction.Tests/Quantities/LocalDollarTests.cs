using System.Linq;
using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Tests.Quantities;

/// <summary>A bare "$" in a story from a dollar country other than the United States is that country's dollar.</summary>
public class LocalDollarTests
{
    private static QuantityFact Money(string text, decimal value) =>
        FactExtractor.Extract(text).Quantities.Single(q => q.Category == QuantityCategory.Money && q.Value == value);

    [Theory]
    [InlineData("Road fund\n\nWINNIPEG: The council will spend $500,000 on roads in Brandon, officials in Winnipeg said.", 500000, "cad")]
    [InlineData("Park plan\n\nBRISBANE: The state will spend $2 million on parks in Cairns, officials in Brisbane said.", 2000000, "aud")]
    [InlineData("Road fund\n\nWINNIPEG: The council received US$500,000 from a donor in Winnipeg.", 500000, "usd")]
    [InlineData("Road fund\n\nBOSTON: The council will spend $500,000 on roads in Boston.", 500000, "usd")]
    public void ReadsTheSignAsTheLocalDollar(string text, double value, string unit)
    {
        Assert.Equal(unit, Money(text, (decimal)value).Unit);
    }

    [Fact]
    public void ABodyNamedForATownPlacesTheStory()
    {
        var text = "Tax cap\n\nThe Winnipeg School Division voted on Monday. The Winnipeg School Division will spend $417,000 on staff.";
        Assert.Equal("cad", Money(text, 417000m).Unit);
    }
}
