using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Tests.Quantities;

/// <summary>
/// The total after a part ("12 of the 40 pupils were absent") only counts the group, unless its own noun or a relative
/// clause right after it says what befell the group.
/// </summary>
public class PartitiveTotalEventTests
{
    [Theory]
    [InlineData("Four of the seven victims in Orrin were crushed by falling walls.", 7)]
    [InlineData("Police released the names of some of the 23 victims of the ferry fire on Tuesday.", 23)]
    [InlineData("Officials have named 12 of the 30 people who were killed in the landslide.", 30)]
    [InlineData("Two of the 15 bodies have been identified by relatives.", 15)]
    public void TheTotalKeepsAnEventOfItsOwn(string sentence, int total)
    {
        var fact = Assert.Single(QuantityTestText.Extract(sentence), f => f.Value == total);
        Assert.Equal(QuantityCategory.Casualties, fact.Category);
        Assert.Equal("people", fact.Unit);
    }

    [Theory]
    [InlineData("Twelve of the 40 pupils were injured in the crash.", 40)]
    [InlineData("Nine of the 60 passengers who boarded in Kelby were killed.", 60)]
    [InlineData("Two of the 14 miners who were rescued died in hospital.", 14)]
    public void TheTotalOfAPartOnlyCountsTheGroup(string sentence, int total)
    {
        var fact = Assert.Single(QuantityTestText.Extract(sentence), f => f.Value == total);
        Assert.NotEqual(QuantityCategory.Casualties, fact.Category);
    }
}
