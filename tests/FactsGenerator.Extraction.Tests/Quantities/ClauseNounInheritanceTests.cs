using System.Linq;

namespace FactsGenerator.Extraction.Tests.Quantities;

public class ClauseNounInheritanceTests
{
    [Fact]
    public void AFigureAddedByWithCountsTheNounEndingTheClauseBefore()
    {
        var fact = QuantityTestText.Single("After the final round, the Hawks had scored the most goals, with 31.");
        Assert.Equal(31m, fact.Value);
        Assert.Equal("goals", fact.About);
        Assert.Contains("goals, with 31", fact.Evidence.Text);
    }

    [Fact]
    public void TheNextSentenceBareFigureTakesTheSameNoun()
    {
        var facts = QuantityTestText.Extract("Going into the vote, the governor held the most pledged delegates, with 48. In second place, Senator Ana Ruiz had 41.");
        Assert.Equal(new decimal?[] { 48m, 41m }, facts.Select(f => f.Value).ToArray());
        Assert.All(facts, f => Assert.Equal("delegates", f.Unit));
    }

    [Fact]
    public void ARestatedTotalInAUnitIsNoNewFigure()
    {
        var facts = QuantityTestText.Extract("The governor won 12 delegates on Tuesday for a running total of 48. Going into the vote, the governor held the most delegates, with 48.");
        Assert.Single(facts, f => f.Value == 48m);
    }

    [Fact]
    public void ANounWithAFigureOfItsOwnLendsNothing()
    {
        var facts = QuantityTestText.Extract("The side scored 12 goals, with three.");
        Assert.DoesNotContain(facts, f => f.Value == 3m);
    }

    [Fact]
    public void AFigureThatGoesOnWithANounKeepsItsOwn()
    {
        var fact = QuantityTestText.Single("The hall was packed with fans, with 300 standing outside.");
        Assert.NotEqual("fans", fact.About);
    }
}
