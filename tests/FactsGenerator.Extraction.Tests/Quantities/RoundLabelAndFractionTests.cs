using System.Linq;

namespace FactsGenerator.Extraction.Tests.Quantities;

/// <summary>"round 2" is a label; a figure with a fractional part never counts the whole things of a figure before it.</summary>
public class RoundLabelAndFractionTests
{
    [Fact]
    public void DropsTheNumberOfARound()
    {
        var facts = QuantityTestText.Extract("They found three missing pieces, and we beat Velmar in round 1 but lost to Orrin in round 2.");
        Assert.Equal(new decimal?[] { 3m }, facts.Select(f => f.Value).ToArray());
    }

    [Fact]
    public void LendsNoCountedNounToAFraction()
    {
        var facts = QuantityTestText.Extract("Which were the two telescopes? The 1.52 was the older.");
        Assert.DoesNotContain(facts, f => f.Value == 1.52m && f.Unit == "telescopes");
    }
}
