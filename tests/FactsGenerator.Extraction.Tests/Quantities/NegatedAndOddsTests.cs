using System.Linq;
using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Tests.Quantities;

public class NegatedCountTests
{
    [Theory]
    [InlineData("Not a single sailor was killed in the raid.")]
    [InlineData("This spring not even one farm flooded.")]
    [InlineData("Not one bridge collapsed in the storm.")]
    public void ReadsNotASingleAsZero(string sentence)
    {
        Assert.Equal(0m, QuantityTestText.Single(sentence).Value);
    }

    [Fact]
    public void CountsASingleLifeLostAsACasualty()
    {
        var fact = QuantityTestText.Single("Not a single British life was lost during the evacuation.");
        Assert.Equal(QuantityCategory.Casualties, fact.Category);
        Assert.Equal("people", fact.Unit);
    }

    [Theory]
    [InlineData("No one was hurt when the roof fell in.")]
    [InlineData("The wall collapsed, but no residents were injured.")]
    [InlineData("There were no deaths.")]
    public void ReadsNoOneHurtAsAZeroToll(string sentence)
    {
        var fact = QuantityTestText.Single(sentence);
        Assert.Equal(0m, fact.Value);
        Assert.Equal(QuantityCategory.Casualties, fact.Category);
        Assert.Equal("people", fact.Unit);
    }

    [Theory]
    [InlineData("No one knows who owns the land.")]
    [InlineData("No people from the village attended.")]
    public void LeavesNoOneWithoutATollAlone(string sentence)
    {
        Assert.Empty(QuantityTestText.Extract(sentence));
    }

    [Fact]
    public void DoesNotCountNotOneOfAGroup()
    {
        Assert.Empty(QuantityTestText.Extract("The editor was not one of the judges."));
    }

    [Fact]
    public void CountsTheExceptionOfAllButOne()
    {
        var fact = QuantityTestText.Single("All but one of the plaintiffs are farmers.");
        Assert.Equal(1m, fact.Value);
        Assert.Equal("people", fact.Unit);
    }

    [Fact]
    public void KeepsACompoundThatStartsWithAnEventNounAsAModifier()
    {
        Assert.Equal("treatments", QuantityTestText.Single("The lab tested two life-saving treatments.").Unit);
    }

    [Fact]
    public void ReadsServingUnderLeadersAsAnExactCount()
    {
        var facts = QuantityTestText.Extract("The diplomat served under three presidents. Under 100 people attended.");
        Assert.Equal(Qualifier.Exact, facts.Single(f => f.Value == 3m).Qualifier);
        Assert.Equal(Qualifier.FewerThan, facts.Single(f => f.Value == 100m).Qualifier);
    }
}

public class OddsTests
{
    [Theory]
    [InlineData("Forecasters gave the storm a one-in-four chance of landfall.", 0.25)]
    [InlineData("The model gives a 1 in 5 risk of failure.", 0.2)]
    [InlineData("Doctors put the odds at a two-in-three chance.", 0.67)]
    public void ReadsOddsAsOneProbability(string sentence, double value)
    {
        var fact = QuantityTestText.Single(sentence);
        Assert.Equal((decimal)value, fact.Value);
        Assert.Equal("probability", fact.Unit);
    }

    [Fact]
    public void LeavesAShareOfPeopleAlone()
    {
        Assert.DoesNotContain(QuantityTestText.Extract("One in five adults walks to work."), f => f.Unit == "probability");
    }
}
