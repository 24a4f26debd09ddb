using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Tests.Quantities;

/// <summary>"numerous complaints" and "within minutes": counts and lengths given without a value.</summary>
public class VagueWordTests
{
    [Fact]
    public void ReadsNumerousBeforeANounAsAVagueCount()
    {
        var fact = QuantityTestText.Single("The council received numerous complaints about the bins.");
        Assert.Null(fact.Value);
        Assert.Equal(Qualifier.Vague, fact.Qualifier);
        Assert.Equal("complaints", fact.Unit);
        Assert.Contains("complaints", fact.About);
    }

    [Theory]
    [InlineData("A few dozen volunteers cleared the beach.", "A few dozen volunteers")]
    [InlineData("Several dozen shops shut early on Friday.", "Several dozen shops")]
    public void ReadsAFewOrSeveralDozenAsAVagueCount(string sentence, string evidence)
    {
        var fact = QuantityTestText.Single(sentence);
        Assert.Null(fact.Value);
        Assert.Equal(Qualifier.Vague, fact.Qualifier);
        Assert.StartsWith(evidence, fact.Evidence.Text);
    }

    [Fact]
    public void LeavesNumerousAsAPredicateAlone()
    {
        Assert.Empty(QuantityTestText.Extract("The complaints about the bins were numerous."));
    }

    [Theory]
    [InlineData("Crews reached the barn within minutes and saved the horses.", "minutes")]
    [InlineData("The mayor resigned within hours of the vote.", "hours")]
    [InlineData("The alarm went off within seconds.", "seconds")]
    public void ReadsWithinAPluralUnitAsAVagueDuration(string sentence, string unit)
    {
        var fact = QuantityTestText.Single(sentence);
        Assert.Null(fact.Value);
        Assert.Equal(Qualifier.Vague, fact.Qualifier);
        Assert.Equal(unit, fact.Unit);
        Assert.Equal(QuantityCategory.Duration, fact.Category);
    }
}
