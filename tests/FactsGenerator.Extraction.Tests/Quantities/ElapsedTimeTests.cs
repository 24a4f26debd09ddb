using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Tests.Quantities;

public class ElapsedTimeTests
{
    [Theory]
    [InlineData("The attack happened two days ago in the city.", 2, "days", "happened two days ago")]
    [InlineData("The mill shut down roughly thirty years ago.", 30, "years", "roughly thirty years ago")]
    [InlineData("She left the company a month ago.", 1, "months", "a month ago")]
    public void TheTimeSinceAnEventIsADuration(string sentence, double value, string unit, string evidence)
    {
        var fact = QuantityTestText.Single(sentence);
        Assert.Equal((decimal)value, fact.Value);
        Assert.Equal(unit, fact.Unit);
        Assert.Equal(QuantityCategory.Duration, fact.Category);
        Assert.Equal(evidence, fact.Evidence.Text);
    }
}

public class VagueOffsetTests
{
    [Theory]
    [InlineData("The band reunited years later, after a long break.", "years", "years later")]
    [InlineData("Hours after the flood receded, the road reopened.", "hours", "Hours after")]
    [InlineData("The referee stopped play mere minutes into the game.", "minutes", "minutes into")]
    [InlineData("The singer was fined for speeding years ago.", "years", "years ago")]
    [InlineData("The mayor quit just hours before the count began.", "hours", "hours before")]
    public void AnOffsetGivenOnlyByItsUnitIsAVagueDuration(string sentence, string unit, string evidence)
    {
        AssertVagueDuration(sentence, unit, evidence);
    }

    /// <summary>The sentence's one fact is a vague duration in <paramref name="unit"/> whose evidence holds <paramref name="evidence"/>.</summary>
    internal static void AssertVagueDuration(string sentence, string unit, string evidence)
    {
        var fact = QuantityTestText.Single(sentence);
        Assert.Null(fact.Value);
        Assert.Equal(Qualifier.Vague, fact.Qualifier);
        Assert.Equal(unit, fact.Unit);
        Assert.Equal(QuantityCategory.Duration, fact.Category);
        Assert.Contains(evidence, fact.Evidence.Text);
    }

    [Theory]
    [InlineData("In his final years before the war he taught music.")]
    [InlineData("It was the busiest market in years after the harvest.")]
    public void APeriodOfALifeOrAnEraIsNoOffset(string sentence)
    {
        Assert.Empty(QuantityTestText.Extract(sentence));
    }

    [Fact]
    public void ACountedOffsetKeepsItsNumber()
    {
        Assert.Equal(3m, QuantityTestText.Single("Three weeks later the bridge reopened.").Value);
    }
}

public class FollowingAfterAFigureTests
{
    [Fact]
    public void FollowingBeforeItsObjectStaysOutOfTheEvidence()
    {
        var fact = QuantityTestText.Single("The valley was cut off for a year following the quake.");
        Assert.Equal("a year", fact.Evidence.Text);
    }
}

public class VagueStretchTests
{
    [Theory]
    [InlineData("The accord closes months of haggling between the rival ferry firms.", "months", "months of haggling")]
    [InlineData("After weeks of drilling, the crew reached the aquifer.", "weeks", "weeks of drilling")]
    [InlineData("Years of drought have emptied the reservoir.", "years", "Years of drought")]
    [InlineData("Engineers warned the checks could take days to finish.", "days", "take days")]
    [InlineData("Sorting the ballots took hours.", "hours", "took hours")]
    public void AStretchGivenOnlyByItsUnitIsAVagueDuration(string sentence, string unit, string evidence)
    {
        VagueOffsetTests.AssertVagueDuration(sentence, unit, evidence);
    }

    [Theory]
    [InlineData("The years of her childhood were spent by the sea.")]
    [InlineData("In recent years of low rainfall the wells dried up.")]
    [InlineData("The long walk took years off his life.")]
    public void ACountedFixedOrIdiomaticStretchIsNoVagueDuration(string sentence)
    {
        Assert.DoesNotContain(QuantityTestText.Extract(sentence), f => f.Qualifier == Qualifier.Vague);
    }
}

public class ArticleTimeTests
{
    [Theory]
    [InlineData("It was the largest march in a decade.", 10, "years")]
    [InlineData("The senators held a minute of silence on Monday.", 1, "minutes")]
    [InlineData("The move took a year of planning.", 1, "years")]
    [InlineData("The valley was cut off for a year following the quake.", 1, "years")]
    public void ReadsASingleUnitOfTimeThatSpansAPeriod(string sentence, double value, string unit)
    {
        var fact = QuantityTestText.Single(sentence);
        Assert.Equal((decimal)value, fact.Value);
        Assert.Equal(unit, fact.Unit);
    }

    [Theory]
    [InlineData("The mayor declared Friday a day of mourning.")]
    [InlineData("He arrived a year ago.")]
    public void LeavesADayOfSomethingAndAPointInTimeAlone(string sentence)
    {
        Assert.DoesNotContain(QuantityTestText.Extract(sentence), f => f.Value == 1m && f.Unit == "days");
    }
}

public class MomentIdiomTests
{
    [Theory]
    [InlineData("She paused for a second before she answered the question.")]
    [InlineData("Consider the plan for a second and ask who pays.")]
    public void ForASecondIsAMomentNotADuration(string sentence)
    {
        Assert.Empty(QuantityTestText.Extract(sentence));
    }

    [Fact]
    public void AQualifiedSecondIsStillADuration()
    {
        Assert.Equal("seconds", QuantityTestText.Single("The lights went out for about a second.").Unit);
    }
}
