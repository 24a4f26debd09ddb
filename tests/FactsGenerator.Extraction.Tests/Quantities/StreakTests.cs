using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Tests.Quantities;

/// <summary>An ordinal closing an unbroken run of time says how long the run has lasted.</summary>
public class StreakTests
{
    [Theory]
    [InlineData("Crowds gathered outside the court for a sixth straight day on Monday.", 6, "days")]
    [InlineData("Factory output in Velmora fell for a fourth consecutive month in May.", 4, "months")]
    [InlineData("Rents climbed for the third year in a row, the survey found.", 3, "years")]
    [InlineData("The ferry stayed in port for the 11th successive day because of the gales.", 11, "days")]
    public void CountsTheRunAsALengthOfTime(string sentence, int value, string unit)
    {
        var facts = QuantityTestText.Extract(sentence);
        Assert.Contains(facts, f => f.Value == value && f.Unit == unit && f.Category == QuantityCategory.Duration && f.Qualifier == Qualifier.Exact);
    }

    [Theory]
    [InlineData("The hearing resumed on the third day of the trial.")]
    [InlineData("The club celebrated its second consecutive win at home.")]
    [InlineData("She finished fifth in the final round.")]
    public void LeavesOtherOrdinalsOut(string sentence)
    {
        Assert.Empty(QuantityTestText.Extract(sentence));
    }

    [Theory]
    [InlineData("The striker scored 3 goals in the second consecutive win for the club.", 3)]
    [InlineData("About 40 fans waited on the third day of the trial.", 40)]
    [InlineData("The 4th straight loss cost the club 2 places in the table.", 2)]
    public void KeepsTheSentencesOwnFigureBesideAnotherOrdinal(string sentence, int value)
    {
        var facts = QuantityTestText.Extract(sentence);
        Assert.Contains(facts, f => f.Value == value);
        Assert.DoesNotContain(facts, f => f.Category == QuantityCategory.Duration);
    }
}
