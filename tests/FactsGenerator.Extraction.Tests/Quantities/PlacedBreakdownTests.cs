using System.Linq;

namespace FactsGenerator.Extraction.Tests.Quantities;

/// <summary>
/// A count broken down by place in a bracket, after a spaced dash, "with" or "including" ("nine people (five from the
/// Lakeshore and four from Idaho)"): each bare figure placed by a name counts what the figure before it counted, and its
/// evidence keeps the place, also a name after "the".
/// </summary>
public class PlacedBreakdownTests
{
    [Fact]
    public void ABracketedBreakdownByOriginCountsTheGroupsPeople()
    {
        var facts = QuantityTestText.Extract("Nine people (five from the Lakeshore District and four from Idaho) were charged with fraud.");
        var five = Assert.Single(facts, f => f.Value == 5m);
        Assert.Equal("people", five.Unit);
        Assert.Equal("five from the Lakeshore District", five.Evidence.Text);
        var four = Assert.Single(facts, f => f.Value == 4m);
        Assert.Equal("four from Idaho", four.Evidence.Text);
        Assert.EndsWith("Idaho", four.Name);
    }

    [Fact]
    public void AFigureAfterASpacedDashIsAnItemOfTheBreakdown()
    {
        var facts = QuantityTestText.Extract("None of the 20 sailors on deck - eleven from Ghana and nine from Togo - were hurt.");
        var ghana = Assert.Single(facts, f => f.Value == 11m);
        Assert.Equal("people", ghana.Unit);
        Assert.Equal("sailors", ghana.About);
        Assert.Equal("eleven from Ghana", ghana.Evidence.Text);
        Assert.EndsWith("Ghana", ghana.Name);
        Assert.Contains(facts, f => f.Value == 9m && f.Evidence.Text == "nine from Togo");
    }

    [Fact]
    public void APartAfterIncludingKeepsItsPlaceAfterThe()
    {
        var facts = QuantityTestText.Extract("The maker sold about 4 million of its tablets, including about 2 million in the United Kingdom.");
        var part = Assert.Single(facts, f => f.Value == 2000000m);
        Assert.Equal("including about 2 million in the United Kingdom", part.Evidence.Text);
    }

    [Fact]
    public void ATimeAfterInTheIsNoPlaceOfTheBreakdown()
    {
        // "in the first quarter" names no place: the evidence of the part stops at its figure.
        var facts = QuantityTestText.Extract("The firm sold 4 million phones, including 1 million in the first quarter.");
        var part = Assert.Single(facts, f => f.Value == 1000000m);
        Assert.Equal("including 1 million", part.Evidence.Text);
    }
}
