using System.Linq;
using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Tests.Quantities;

/// <summary>After a count above one the counted noun is plural; a lone singular word there is something else.</summary>
public class SingularWordTests
{
    [Theory]
    [InlineData("The museum bought two different versions of the map.", "versions")]
    [InlineData("Rangers counted ten sheep on the ridge.", "sheep")]
    [InlineData("The airline grounded four aircraft after the storm.", "aircraft")]
    public void KeepsPluralAndInvariantNouns(string sentence, string unit)
    {
        Assert.Equal(unit, QuantityTestText.First(sentence).Unit);
    }

    [Theory]
    [InlineData("Of the stars we observed, only two of them visible.", "visibles")]
    [InlineData("The board has nine members, with two different at each meeting.", "differents")]
    [InlineData("She was 18, turning 19 that spring.", "turnings")]
    public void DoesNotCountAnAdjectiveOrParticipleAsTheNoun(string sentence, string wrongUnit)
    {
        Assert.DoesNotContain(QuantityTestText.Extract(sentence), f => f.Unit == wrongUnit);
    }

    [Fact]
    public void ReadsATollFromTheClauseWhenTheWordAfterTheNumberIsNoNoun()
    {
        var fact = QuantityTestText.Single("Officials raised the death toll to nine following the collapse of a bridge.");
        Assert.Equal(9m, fact.Value);
        Assert.Equal(QuantityCategory.Casualties, fact.Category);
    }

    [Theory]
    [InlineData("A 4.8 tremor shook the town at noon.", "magnitude")]
    [InlineData("The 5.0 earthquake struck at noon.", "magnitude")]
    public void KeepsASingularNounAfterADecimalMeasure(string sentence, string unit)
    {
        Assert.Equal(unit, QuantityTestText.First(sentence).Unit);
    }

    [Fact]
    public void GivesAShortfallTheUnitOfTheFigureBefore()
    {
        var facts = QuantityTestText.Extract("Winds reached 30 mph. The storm stayed nine short of the record.");
        Assert.Equal("mph", facts.Single(f => f.Value == 9m).Unit);
    }
}
