using System.Linq;
using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Tests.Quantities;

/// <summary>Settlements and homes that were evacuated are counts of a displacement; other things evacuated or hit are not.</summary>
public class EvacuatedPlaceTests
{
    [Theory]
    [InlineData("Firefighters said nine villages had been evacuated by noon.", 9)]
    [InlineData("About 3,200 homes were evacuated as the river rose.", 3200)]
    [InlineData("Authorities ordered four towns to evacuate overnight.", 4)]
    public void AnEvacuatedSettlementOrHomeIsDisplacement(string sentence, int count)
    {
        var fact = QuantityTestText.Extract(sentence).Single(f => f.Value == count);
        Assert.Equal(QuantityCategory.Displacement, fact.Category);
    }

    [Fact]
    public void HomesDestroyedAreNoDisplacement()
    {
        var fact = QuantityTestText.Extract("The flood destroyed 140 homes along the valley.").Single(f => f.Value == 140);
        Assert.NotEqual(QuantityCategory.Displacement, fact.Category);
    }

    [Fact]
    public void OtherThingsEvacuatedAreNoDisplacement()
    {
        var fact = QuantityTestText.Extract("Staff evacuated 30 paintings from the museum before the fire spread.").Single(f => f.Value == 30);
        Assert.NotEqual(QuantityCategory.Displacement, fact.Category);
    }
}
