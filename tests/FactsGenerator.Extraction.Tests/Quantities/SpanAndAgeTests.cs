using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Tests.Quantities;

public class SpanAndAgeTests
{
    [Theory]
    [InlineData("Three weeks later the bridge reopened.", 3, "weeks")]
    [InlineData("A decade later, the club won the cup again.", 10, "years")]
    [InlineData("The museum reopened a century later.", 100, "years")]
    public void ReadsTheTimeBetweenTwoEventsAsADuration(string sentence, double value, string unit)
    {
        var fact = QuantityTestText.Single(sentence);
        Assert.Equal((decimal)value, fact.Value);
        Assert.Equal(unit, fact.Unit);
        Assert.Equal(QuantityCategory.Duration, fact.Category);
    }

    [Theory]
    [InlineData("The singer died at home on Sunday. She was 91.", 91)]
    [InlineData("Marsh, a retired judge from Ohio, was 78.", 78)]
    [InlineData("The author died in Paris. His publisher said Dupont was 70.", 70)]
    public void ReadsABareNumberClosingASentenceAboutAPersonAsAnAge(string text, double value)
    {
        var fact = QuantityTestText.Single(text);
        Assert.Equal((decimal)value, fact.Value);
        Assert.Equal("years", fact.Unit);
        Assert.Equal(QuantityCategory.Other, fact.Category);
    }

    [Theory]
    [InlineData("Turnout was 67.")]
    [InlineData("The final score was 3.")]
    public void DoesNotReadOtherBareNumbersAsAges(string sentence)
    {
        Assert.Empty(QuantityTestText.Extract(sentence));
    }

    [Theory]
    [InlineData("The boat sank a few miles off the coast.", "miles")]
    [InlineData("Multiple officials confirmed the plan.", "people")]
    public void ReadsVagueSmallCounts(string sentence, string unit)
    {
        var fact = QuantityTestText.Single(sentence);
        Assert.Null(fact.Value);
        Assert.Equal(Qualifier.Vague, fact.Qualifier);
        Assert.Equal(unit, fact.Unit);
    }

    [Theory]
    [InlineData("The star belongs to a multiple system.")]
    [InlineData("She has lived with multiple sclerosis.")]
    public void DoesNotCountMultipleUsedAsAnAdjective(string sentence)
    {
        Assert.Empty(QuantityTestText.Extract(sentence));
    }

    [Fact]
    public void ReadsSurpassedAsMoreThan()
    {
        var fact = QuantityTestText.Single("Recorded infections surpassed 50,000 on Tuesday.");
        Assert.Equal(Qualifier.MoreThan, fact.Qualifier);
    }

    [Fact]
    public void KeepsBareSpansOfTimeInDifferentSentences()
    {
        var facts = QuantityTestText.Extract("She taught for ten years at the school. A decade later she became its head.");
        Assert.Equal(2, facts.Count);
        Assert.All(facts, f => Assert.Equal(10m, f.Value));
    }

    [Fact]
    public void LetsAnElidedNumberBorrowTheTimeUnitOfItsSentence()
    {
        var facts = QuantityTestText.Extract("He was jailed for twenty years, serving six before his release.");
        Assert.Equal(2, facts.Count);
        Assert.Equal(6m, facts[1].Value);
        Assert.Equal("years", facts[1].Unit);
        Assert.Equal(QuantityCategory.Duration, facts[1].Category);
    }
}
