namespace FactsGenerator.Extraction.Tests.Quantities;

public class ListMarkerTests
{
    [Theory]
    [InlineData("The charter allows two routes: (1) a vote of both chambers, or (2) a referendum of citizens.")]
    [InlineData("The team has two goals — 1) mapping the reef and 2) counting its turtles.")]
    public void DropsNumbersThatMarkTheItemsOfAList(string sentence)
    {
        Assert.DoesNotContain(QuantityTestText.Extract(sentence), f => f.Value is 1m or 2m && f.Unit != "routes" && f.Unit != "goals");
    }

    [Fact]
    public void KeepsABracketedFigureAfterANoun()
    {
        Assert.Contains(QuantityTestText.Extract("The driver (19) escaped unhurt."), f => f.Value == 19m);
    }
}
