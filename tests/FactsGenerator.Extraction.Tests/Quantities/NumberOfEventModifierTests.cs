using System.Linq;
using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Tests.Quantities;

/// <summary>
/// People counted through "the number of" take the event their modifier names ("missing", "displaced", "injured"), also
/// when the toll is revised; a modifier that names no event leaves the figure alone.
/// </summary>
public class NumberOfEventModifierTests
{
    [Theory]
    [InlineData("The number of displaced people climbed to 8,400 by Thursday evening.", 8400, QuantityCategory.Displacement)]
    [InlineData("Officials said the number of internally displaced families rose to 2,150.", 2150, QuantityCategory.Displacement)]
    [InlineData("The number of injured miners reached 37 late on Sunday.", 37, QuantityCategory.Casualties)]
    public void AnEventModifierGivesTheCategory(string sentence, int count, QuantityCategory category)
    {
        var fact = QuantityTestText.Extract(sentence).Single(f => f.Value == count);
        Assert.Equal(category, fact.Category);
    }

    [Fact]
    public void EveryRevisionOfTheCountKeepsTheEvent()
    {
        var facts = QuantityTestText.Extract("The number of missing fishermen was first put at three, then raised to 11.");
        Assert.Equal(QuantityCategory.Casualties, facts.Single(f => f.Value == 3).Category);
        Assert.Equal(QuantityCategory.Casualties, facts.Single(f => f.Value == 11).Category);
    }

    [Fact]
    public void AModifierThatNamesNoEventLeavesTheFigureAlone()
    {
        var fact = QuantityTestText.Extract("The number of registered voters rose to 52,000 this spring.").Single(f => f.Value == 52000);
        Assert.Equal(QuantityCategory.Other, fact.Category);
    }
}
