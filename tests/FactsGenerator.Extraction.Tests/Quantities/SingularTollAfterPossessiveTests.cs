using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Tests.Quantities;

public class SingularTollAfterPossessiveTests
{
    [Theory]
    [InlineData("The inquiry blamed the crash for 30 passengers' death.", 30, "deaths")]
    [InlineData("Officials confirmed eight people's death after the flood.", 8, "deaths")]
    [InlineData("The clinic treated 15 climbers' injury on the ridge.", 15, "injuries")]
    public void ASingularTollAfterAPossessiveOfManyIsACasualtyCount(string text, int value, string head)
    {
        var facts = QuantityTestText.Extract(text);
        Assert.Contains(facts, f => f.Value == value && f.Category == QuantityCategory.Casualties && f.About.Contains(head));
    }

    [Fact]
    public void ANounAfterTheSingularTollMakesACompound()
    {
        var facts = QuantityTestText.Extract("Two miners' injury claims were settled.");
        Assert.DoesNotContain(facts, f => f.Category == QuantityCategory.Casualties);
    }
}
