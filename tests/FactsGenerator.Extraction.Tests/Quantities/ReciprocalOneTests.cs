using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Quantities;

/// <summary>"one" set against "another" or "the other" picks out any member of a series; it counts nothing.</summary>
public class ReciprocalOneTests
{
    [Theory]
    [InlineData("The flooded families were moved from one school hall to another during the week.")]
    [InlineData("After the blaze the neighbours could hardly tell one cottage from another.")]
    [InlineData("The candidates argued about favouring one region over the others in the budget.")]
    [InlineData("Ticket prices differ from one ferry to the next in the summer.")]
    [InlineData("Every farmer in the valley has lost cattle in one drought or another.")]
    public void OnePairedWithAnotherIsNoCount(string sentence)
    {
        Assert.DoesNotContain(Extract.From(sentence).Quantities, q => q.Value == 1m);
    }

    [Theory]
    [InlineData("The clinic handed one dose to another patient by mistake.")]
    [InlineData("The rovers lost one match to another club from the coast.")]
    [InlineData("One miner died and another was hurt when the tunnel collapsed.")]
    public void OneBeforeANewNounOrAnEventStillCounts(string sentence)
    {
        Assert.Contains(Extract.From(sentence).Quantities, q => q.Value == 1m);
    }
}
