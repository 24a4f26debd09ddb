namespace FactsGenerator.Extraction.Tests.Quantities;

/// <summary>
/// Earnings copy: a sum set against another ("compared with", "versus") or restated (", or 9 cents a share") is about the
/// same thing, and a subject framed by a period or a place ("Revenue for the quarter") is the noun before the frame.
/// </summary>
public class ComparedLevelAndFramedSubjectTests
{
    [Theory]
    [InlineData("Dalworth posted earnings of $61 million, compared with $48 million a year earlier.", 48000000)]
    [InlineData("Operating profit reached $900 million, versus $820 million in the prior year.", 820000000)]
    [InlineData("Halvey reported earnings of $30 million, or 14 cents a share.", 0.14)]
    public void ASumSetAgainstOrRestatingAnotherIsAboutTheSameThing(string sentence, double value)
    {
        var facts = QuantityTestText.Extract(sentence);
        var first = facts[0];
        var level = Assert.Single(facts, f => f.Value == (decimal)value);
        Assert.Equal(first.About.Split(' ')[0], level.About.Split(' ')[0]);
    }

    [Theory]
    [InlineData("Revenue for the quarter rose 4 percent.", "revenue")]
    [InlineData("Operating profit for the quarter ended March 31 climbed 8 percent.", "profit")]
    [InlineData("The jobless rate in the northern provinces was 9 percent.", "rate")]
    [InlineData("Inflation eased to 3.2 percent in May.", "inflation")]
    [InlineData("Unemployment edged up to 4.1 percent.", "unemployment")]
    public void TheSubjectIsTheNounBeforeItsFrameOfTimeOrPlace(string sentence, string about)
    {
        Assert.StartsWith(about + " ", QuantityTestText.Single(sentence).About);
    }

    [Theory]
    [InlineData("The stones vary in size from about twelve feet.")]
    [InlineData("She has served in the navy for 20 years.")]
    public void AVerbBeforeThePrepositionIsNoSubject(string sentence)
    {
        var fact = QuantityTestText.Single(sentence);
        // Word by word: "served duration" is as wrong as "served".
        Assert.DoesNotContain("vary", fact.About.Split(' '));
        Assert.DoesNotContain("served", fact.About.Split(' '));
    }
}
