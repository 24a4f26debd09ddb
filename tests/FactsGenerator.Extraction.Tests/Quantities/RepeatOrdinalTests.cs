namespace FactsGenerator.Extraction.Tests.Quantities;

/// <summary>"for the third time", "a fourth successive win": an ordinal of three or more counts how often it has happened.</summary>
public class RepeatOrdinalTests
{
    [Theory]
    [InlineData("The bakery has been burgled for the third time since spring.", 3, "third time")]
    [InlineData("It was the fifth time the ferry had broken down.", 5, "fifth time")]
    [InlineData("Nurses went on strike for a 4th time on Monday.", 4, "4th time")]
    public void CountsTheTimesSomethingHappened(string sentence, double value, string evidence)
    {
        var fact = QuantityTestText.Single(sentence);
        Assert.Equal((decimal)value, fact.Value);
        Assert.Equal("times", fact.Unit);
        Assert.Contains(evidence, fact.Evidence.Text);
    }

    [Fact]
    public void KeepsTheVerbOfWhatHappenedInTheEvidence()
    {
        var fact = QuantityTestText.Single("The bakery was burgled for the third time.");
        Assert.Equal("burgled for the third time", fact.Evidence.Text);
    }

    [Theory]
    [InlineData("The club claimed a third successive title on Sunday.", 3, "titles")]
    [InlineData("It was the seventh consecutive defeat for the side.", 7, "defeats")]
    [InlineData("The 4th straight win left the coach in high spirits.", 4, "wins")]
    public void CountsTheRunOfThings(string sentence, double value, string unit)
    {
        var fact = QuantityTestText.Single(sentence);
        Assert.Equal((decimal)value, fact.Value);
        Assert.Equal(unit, fact.Unit);
    }

    [Theory]
    [InlineData("It was the first time the council met in the hall.")]
    [InlineData("The mayor was elected for a second time.")]
    [InlineData("The choir won a second consecutive title.")]
    [InlineData("Her office is on the third floor of the hall.")]
    [InlineData("The call came in from a third time zone.")]
    [InlineData("Mira Velt became the fifth successive woman to lead the party.")]
    [InlineData("Tom Brell was the third consecutive Harlow player to score from the spot.")]
    public void LeavesOtherOrdinals(string sentence)
    {
        Assert.Empty(QuantityTestText.Extract(sentence));
    }
}
