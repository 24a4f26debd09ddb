using System.Linq;
using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Tests.Quantities;

/// <summary>"Deaths: 21 (4 confirmed, 17 probable)": a labelled figure and the bare figures of its breakdown in brackets.</summary>
public class LabelledBreakdownTests
{
    [Fact]
    public void CountsTheLabelAndItsBreakdown()
    {
        var facts = QuantityTestText.Extract("Confirmed cases: 34 (16 confirmed, 18 probable).");
        Assert.Equal(new decimal?[] { 34m, 16m, 18m }, facts.Select(f => f.Value).ToArray());
        Assert.All(facts, f => Assert.Equal("cases", f.Unit));
    }

    [Fact]
    public void ALabelNamingAnEventCountsItsPeople()
    {
        var facts = QuantityTestText.Extract("\"Confirmed cases: 34. Cumulative deaths: 21 (4 confirmed, 17 probable).\"");
        var deaths = facts.Where(f => f.Category == QuantityCategory.Casualties).Select(f => f.Value).ToArray();
        Assert.Equal(new decimal?[] { 21m, 4m, 17m }, deaths);
    }
}
