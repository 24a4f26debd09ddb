using System.Linq;
using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Tests.Quantities;

/// <summary>
/// A toll told again in a later sentence, with its casualty verb ("At least 12 people were killed ... the mayor said 12
/// people had died"), is kept: reports restate the count of each source, and news annotators list each. A toll that
/// points back with "the" ("the 12 dead") stays one fact.
/// </summary>
public class RestatedTollTests
{
    [Fact]
    public void KeepsATollRestatedByAnotherSource()
    {
        var facts = QuantityTestText.Extract(
            "At least 12 people were killed when the bridge collapsed. The mayor told reporters that 12 people had died.");
        var tolls = facts.Where(f => f.Value == 12m && f.Category == QuantityCategory.Casualties).ToList();
        Assert.Equal(2, tolls.Count);
        Assert.Contains(tolls, f => f.Qualifier == Qualifier.AtLeast);
        Assert.Contains(tolls, f => f.Qualifier == Qualifier.Exact);
    }

    [Fact]
    public void KeepsTheSameBoundSaidAgainInAQuotation()
    {
        var facts = QuantityTestText.Extract(
            "At least seven miners were injured in the blast. \"We can confirm that at least seven miners were injured,\" a spokesman said.");
        Assert.Equal(2, facts.Count(f => f.Value == 7m && f.Category == QuantityCategory.Casualties));
    }

    [Fact]
    public void DropsATollThatPointsBackWithThe()
    {
        var facts = QuantityTestText.Extract(
            "Gunmen killed nine villagers on Sunday. The nine dead were buried on Monday.");
        Assert.Single(facts, f => f.Value == 9m && f.Category == QuantityCategory.Casualties);
    }

    [Fact]
    public void DropsARepeatedCountThatIsNoToll()
    {
        var facts = QuantityTestText.Extract(
            "The council opened 14 shelters on Friday. By Sunday the council had opened 14 shelters in all.");
        Assert.Single(facts, f => f.Value == 14m);
    }
}
