using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Tests.Quantities;

public class ChangeByAShareTests
{
    [Theory]
    [InlineData("Ticket sales dropped by roughly a quarter over the winter.", 25, Qualifier.About)]
    [InlineData("The herd grew by nearly a third last spring.", 33.3, Qualifier.About)]
    [InlineData("Rents climbed by a fifth since the new line opened.", 20, Qualifier.Exact)]
    public void AShareAfterByIsTheSizeOfTheChangeAsPercent(string sentence, double value, Qualifier qualifier)
    {
        var facts = QuantityTestText.Extract(sentence);
        Assert.Contains(facts, f => f.Value == (decimal)value && f.Unit == "percent" && f.Qualifier == qualifier);
    }

    [Theory]
    [InlineData("The dispute was settled by a third party in March.")]
    [InlineData("The motion was carried by a two-thirds majority.")]
    public void AShareBeforeANounAfterByIsNoChange(string sentence)
    {
        var facts = QuantityTestText.Extract(sentence);
        Assert.DoesNotContain(facts, f => f.Unit == "percent");
    }
}
