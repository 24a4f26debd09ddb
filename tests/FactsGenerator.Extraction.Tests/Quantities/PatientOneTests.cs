using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Quantities;

/// <summary>"one" with no noun before a patient's condition is a single casualty, not a pronoun.</summary>
public class PatientOneTests
{
    [Theory]
    [InlineData("Nine hikers were pulled from the gorge, and one was in critical condition on Friday.")]
    [InlineData("Medics treated the cyclists at the scene; one remains in serious condition.")]
    public void OneInAPatientsConditionIsHurt(string sentence)
    {
        Assert.Contains(Extract.From(sentence).Quantities, q => q.Value == 1m && q.Category == Model.QuantityCategory.Casualties);
    }

    [Fact]
    public void OneBeforeAnotherConditionStaysAPronoun()
    {
        Assert.DoesNotContain(Extract.From("The council reviewed the bids, and one was in good order.").Quantities, q => q.Value == 1m);
    }
}
