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
        var facts = QuantityTestText.Extract("When the count closed, the Green list had taken the most council seats, with 17. Mayor Tom Keel, whose list came next, had 11.");
        Assert.Equal(new decimal?[] { 17m, 11m }, facts.Select(f => f.Value).ToArray());
        Assert.All(facts, f => Assert.Equal("seats", f.Unit));
    }

    [Fact]
    public void ARestatedTotalInAUnitIsNoNewFigure()
    {
        var facts = QuantityTestText.Extract("The Green list gained four seats overnight for a total of 17. When the count closed, the list held the most seats, with 17.");
        Assert.Single(facts, f => f.Value == 17m);
    }

    [Fact]
    public void AFigureAddedByAtCountsTheNounToo()
    {
        var fact = QuantityTestText.Single("By the last weekend, the theatre had sold the most tickets, at 900.");
        Assert.Equal(900m, fact.Value);
        Assert.Equal("tickets", fact.About);
        Assert.Contains("tickets, at 900", fact.Evidence.Text);
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
        Assert.DoesNotContain("fans", fact.Evidence.Text);
    }
}
