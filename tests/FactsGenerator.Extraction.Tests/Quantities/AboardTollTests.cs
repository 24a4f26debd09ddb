using System.Linq;
using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Tests.Quantities;

/// <summary>"aboard" and the vehicle after it stand between a count of people and the event that befell them.</summary>
public class AboardTollTests
{
    [Theory]
    [InlineData("Eleven people aboard the ferry were killed when it capsized off the cape.", 11)]
    [InlineData("At least 23 passengers aboard the night bus were injured in the crash.", 23)]
    [InlineData("Four crew members aboard the cargo plane died on Monday.", 4)]
    public void ACountAboardAVehicleTakesTheEventAfterIt(string sentence, int count)
    {
        var fact = QuantityTestText.Extract(sentence).Single(f => f.Value == count);
        Assert.Equal(QuantityCategory.Casualties, fact.Category);
        Assert.Equal("people", fact.Unit);
    }

    [Fact]
    public void ACountAboardWithNoEventIsNoToll()
    {
        var fact = QuantityTestText.Extract("Some 300 passengers aboard the liner were waiting to disembark in Lisbon.").Single(f => f.Value == 300);
        Assert.NotEqual(QuantityCategory.Casualties, fact.Category);
    }
}
