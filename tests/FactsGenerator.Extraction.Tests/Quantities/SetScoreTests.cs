using System.Linq;

namespace FactsGenerator.Extraction.Tests.Quantities;

public class SetScoreTests
{
    [Theory]
    [InlineData("She dropped the opening set 4-6 before rallying.")]
    [InlineData("The Croatian won 7-5 6-2 to reach the semi-final.")]
    [InlineData("The top seed cruised through 6-1, 6-0 on Tuesday.")]
    public void ASetScoreIsNoQuantity(string sentence)
    {
        Assert.Empty(QuantityTestText.Extract(sentence));
    }

    [Theory]
    [InlineData("The council voted 5-2 to close the library.", 5)]
    [InlineData("The visitors won 31-17 at the weekend.", 31)]
    public void AScoreStandingAloneStaysATally(string sentence, double first)
    {
        Assert.Contains(QuantityTestText.Extract(sentence), f => f.Value == (decimal)first);
    }
}
