using System.Linq;
using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Tests.Quantities;

public class RangeTests
{
    [Theory]
    [InlineData("Between 36 and 40 people died in the fire.", 36, 40)]
    [InlineData("Support fell to 16-17 percent in the poll.", 16, 17)]
    [InlineData("Support fell to 16\u201317 percent in the poll.", 16, 17)]
    [InlineData("The repairs will cost between $5 and $7 billion.", 5000000000, 7000000000)]
    [InlineData("The trip takes 10 to 12 hours by bus.", 10, 12)]
    public void ReadsARangeAsOneFactWithAnUpperValue(string sentence, double lower, double upper)
    {
        var fact = QuantityTestText.Single(sentence);
        Assert.Equal((decimal)lower, fact.Value);
        Assert.Equal((decimal)upper, fact.UpperValue);
        Assert.Equal(Qualifier.AtLeast, fact.Qualifier);
    }

    [Fact]
    public void ReadsARevisionAsTwoFactsWithDistinctNames()
    {
        var facts = QuantityTestText.Extract("The death toll rose from fourteen to 31 on Tuesday.");
        Assert.Equal(new decimal?[] { 14m, 31m }, facts.Select(f => f.Value).ToArray());
        Assert.All(facts, f => Assert.Equal(QuantityCategory.Casualties, f.Category));
        Assert.Equal("DeathToll", facts[1].Name);
        Assert.Equal("DeathTollEarlier", facts[0].Name);
    }

    [Fact]
    public void KeepsRangeEvidenceWhole()
    {
        Assert.Equal("Between 36 and 40 people died", QuantityTestText.Single("Between 36 and 40 people died in the fire.").Evidence.Text);
    }
}
