using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Tests.Quantities;

/// <summary>Soldiers "martyred" or who "embraced martyrdom" were killed: a casualty figure, not a troop count.</summary>
public class MartyredSoldiersTests
{
    [Theory]
    [InlineData("Two soldiers were martyred in a roadside blast near Velmar on Friday.", 2)]
    [InlineData("At least four soldiers of the Orrin Army embraced martyrdom during the exchange of fire.", 4)]
    public void CountsTheMartyredAsCasualties(string sentence, int value)
    {
        var fact = QuantityTestText.Single(sentence);
        Assert.Equal(value, fact.Value);
        Assert.Equal("people", fact.Unit);
        Assert.Equal(QuantityCategory.Casualties, fact.Category);
    }
}
