using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Tests.Quantities;

/// <summary>"one fatality", "One body has been recovered": the singular of a toll noun after a count of one is a toll.</summary>
public class SingleTollNounTests
{
    [Theory]
    [InlineData("The flood caused one fatality in the lower valley.", "one fatality")]
    [InlineData("Officials confirmed one storm-related fatality on Tuesday.", "one storm-related fatality")]
    [InlineData("One body has been pulled from the lake so far.", "One body")]
    [InlineData("Divers brought up one dead body near the pier.", "one dead body")]
    [InlineData("The medics counted one casualty after the blast.", "one casualty")]
    public void CountsAPersonKilled(string sentence, string evidence)
    {
        var fact = QuantityTestText.Single(sentence);
        Assert.Equal(1m, fact.Value);
        Assert.Equal(QuantityCategory.Casualties, fact.Category);
        Assert.Equal("people", fact.Unit);
        Assert.Contains(evidence, fact.Evidence.Text);
    }

    [Fact]
    public void KeepsATollOfOneInsideAQuotation()
    {
        var fact = QuantityTestText.Single("\"We have one fatality on the bridge,\" the mayor said.");
        Assert.Equal(QuantityCategory.Casualties, fact.Category);
    }

    [Theory]
    [InlineData("The league answers to one governing body in the capital.")]
    [InlineData("The lake is one body of water the town relies on.")]
    public void LeavesABodyThatIsNoCorpse(string sentence)
    {
        Assert.DoesNotContain(QuantityTestText.Extract(sentence), f => f.Category == QuantityCategory.Casualties);
    }
}
