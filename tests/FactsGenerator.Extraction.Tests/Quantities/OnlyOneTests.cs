using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Tests.Quantities;

/// <summary>"only one" before a noun insists on the count; "the only one" and "only one of" pick someone out.</summary>
public class OnlyOneTests
{
    [Theory]
    [InlineData("The trio released only one record before splitting up.", "records", QuantityCategory.Other)]
    [InlineData("Only one passenger was injured in the collision.", "people", QuantityCategory.Casualties)]
    public void CountsOnlyOneBeforeANoun(string sentence, string unit, QuantityCategory category)
    {
        var fact = QuantityTestText.Single(sentence);
        Assert.Equal(1m, fact.Value);
        Assert.Equal(unit, fact.Unit);
        Assert.Equal(category, fact.Category);
    }

    [Theory]
    [InlineData("She was the only one running the shop.")]
    [InlineData("Only one of the guests stayed for dinner.")]
    [InlineData("He is only one who cares.")]
    public void LeavesThePronounOneAlone(string sentence)
    {
        Assert.DoesNotContain(QuantityTestText.Extract(sentence), f => f.Value == 1m);
    }
}
