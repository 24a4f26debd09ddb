namespace FactsGenerator.Extraction.Tests.Quantities;

/// <summary>"40 Senate Democrats": a name word before a capitalised plural qualifies the members counted.</summary>
public class ChamberMemberCountTests
{
    [Theory]
    [InlineData("Nearly 40 Senate Democrats wrote to the agency last week.", 40)]
    [InlineData("Only 15 House Republicans crossed the aisle on the bill.", 15)]
    [InlineData("At least 25 Labour MPs refused to back the plan.", 25)]
    public void CountsMembersNamedByChamberOrParty(string sentence, double value)
    {
        var fact = QuantityTestText.First(sentence);
        Assert.Equal((decimal)value, fact.Value);
        Assert.Equal("people", fact.Unit);
    }

    [Fact]
    public void StillDropsTheNumberOfANamedModel()
    {
        Assert.Empty(QuantityTestText.Extract("The airline grounded its Boeing 737 Max fleet on Monday."));
    }
}
