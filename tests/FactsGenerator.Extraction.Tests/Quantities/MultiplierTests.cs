using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Tests.Quantities;

/// <summary>"nearly tripled", "more than double what it was": a growth by a multiple is a ratio in times.</summary>
public class MultiplierTests
{
    [Theory]
    [InlineData("Calls to the helpline nearly tripled from 812 the month before.", 3, Qualifier.About, "nearly tripled")]
    [InlineData("The harvest this autumn was more than double what farmers gathered last year.", 2, Qualifier.MoreThan, "more than double")]
    [InlineData("Ferry bookings were almost double the 300 taken in March.", 2, Qualifier.About, "almost double")]
    [InlineData("Exports of wool have more than quadrupled since the treaty.", 4, Qualifier.MoreThan, "more than quadrupled")]
    [InlineData("This winter's tally is double what the wardens counted before.", 2, Qualifier.Exact, "double")]
    public void ReadsTheMultipleAsARatio(string sentence, double value, Qualifier qualifier, string evidence)
    {
        var ratio = Assert.Single(QuantityTestText.Extract(sentence), f => f.Unit == "times");
        Assert.Equal((decimal)value, ratio.Value);
        Assert.Equal(qualifier, ratio.Qualifier);
        Assert.Equal(evidence, ratio.Evidence.Text);
    }

    [Fact]
    public void TheFigureComparedWithKeepsNoRatioUnit()
    {
        var facts = QuantityTestText.Extract("Calls to the helpline nearly tripled from 812 the month before.");
        Assert.DoesNotContain(facts, f => f.Value == 812m && f.Unit == "times");
    }

    [Theory]
    [InlineData("Police are treating it as a double murder.")]
    [InlineData("The council doubled down on its plan for the harbour.")]
    [InlineData("The school gym doubled as a shelter during the storm.")]
    [InlineData("Volunteers will have to put double the effort next season.")]
    [InlineData("Inflation reached double digits in the spring.")]
    [InlineData("Rents in the old quarter doubled in five years.")]
    [InlineData("Tenants complained about tripled rents in the capital.")]
    [InlineData("Parents voiced anger over doubled school fees.")]
    [InlineData("Growers in Velmor warned of nearly doubled freight costs.")]
    public void LeavesOtherUsesAlone(string sentence)
    {
        Assert.DoesNotContain(QuantityTestText.Extract(sentence), f => f.Unit == "times");
    }

    [Fact]
    public void ANewLevelAfterToIsTheFact()
    {
        var facts = QuantityTestText.Extract("Crews nearly doubled the burned area to more than 4,000 acres.");
        Assert.DoesNotContain(facts, f => f.Unit == "times");
        Assert.Contains(facts, f => f.Value == 4000m && f.Qualifier == Qualifier.MoreThan);
    }
}
