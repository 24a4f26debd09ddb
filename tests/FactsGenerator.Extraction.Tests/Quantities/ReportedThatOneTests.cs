using System.Linq;
namespace FactsGenerator.Extraction.Tests.Quantities;

// "that" after a verb of saying opens the reported clause: "said that one person was hurt" counts the person, while
// "that one" as a demonstrative ("that one is harder") stays a pronoun.
public class ReportedThatOneTests
{
    [Theory]
    [InlineData("The harbour chief said that one sailor was taken to the hospital in critical condition.", "sailor")]
    [InlineData("Army officials confirmed that one soldier died in the ambush near the pass.", "soldier")]
    public void OneAfterAReportingThatCounts(string sentence, string word)
    {
        var fact = QuantityTestText.Extract(sentence).Single(f => f.Value == 1m);
        Assert.Equal("people", fact.Unit);
        Assert.Contains(word, fact.Evidence.Text);
    }

    [Theory]
    [InlineData("The guide said that one is harder to climb than the others.")]
    [InlineData("Residents want that one house on the corner repainted.")]
    public void ADemonstrativeThatOneIsNoCount(string sentence)
    {
        Assert.DoesNotContain(QuantityTestText.Extract(sentence), f => f.Value == 1m);
    }

    [Fact]
    public void OneOfALaterCountIsNoCountOfItsOwn()
    {
        // "one of the 12 victims" picks one out of the twelve: the twelve are the only count.
        var fact = Assert.Single(QuantityTestText.Extract("The coroner said that one of the 12 victims was a child."));
        Assert.Equal(12m, fact.Value);
        Assert.Equal("people", fact.Unit);
        Assert.Equal("victims", fact.About);
    }
}
