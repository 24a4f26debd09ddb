using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Tests.Quantities;

public class EmergencyNumberTests
{
    [Theory]
    [InlineData("A cyclist dialled 999 when the van overturned.")]
    [InlineData("Her son called 911 from the porch.")]
    [InlineData("The 112 operator kept her talking until help came.")]
    [InlineData("A 911 call came in just after midnight.")]
    public void ReadsNoCountInADialledEmergencyNumber(string sentence)
    {
        Assert.Empty(QuantityTestText.Extract(sentence));
    }

    [Fact]
    public void KeepsTheSameDigitsAsACountElsewhere()
    {
        var fact = QuantityTestText.Single("The shop sold 999 tickets on Friday.");
        Assert.Equal(999m, fact.Value);
    }
}
