using System.Linq;
using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Tests.Quantities;

/// <summary>Cricket's wickets-runs pairs, its one-day format, a batsman's runs in brackets and football scores in goals.</summary>
public class CricketAndFootballScoreTests
{
    [Theory]
    [InlineData("After losing an early wicket, the visitors piled up 6-318 on a flat pitch.", 6, "wickets", 318, "runs")]
    [InlineData("The spinner took 3-27 as the hosts were bowled out cheaply.", 3, "wickets", 27, "runs")]
    [InlineData("England's batsmen closed the first day on 287-6 at stumps.", 287, "runs", 6, "wickets")]
    public void ReadsAJoinedPairInACricketSentenceAsWicketsAndRuns(string sentence, double first, string firstUnit, double second, string secondUnit)
    {
        var facts = QuantityTestText.Extract(sentence);
        Assert.Contains(facts, f => f.Value == (decimal)first && f.Unit == firstUnit && f.Qualifier == Qualifier.Exact);
        Assert.Contains(facts, f => f.Value == (decimal)second && f.Unit == secondUnit && f.Qualifier == Qualifier.Exact);
    }

    [Theory]
    [InlineData("Schools will stay shut for 5-10 days after the storm.")]
    [InlineData("The bill passed 5-342 in the lower house.")]
    [InlineData("The Yankees beat the Red Sox 12-5 after a long batting rally in the ninth innings.")]
    [InlineData("The cricket camp takes children aged 5-17 from the district.")]
    [InlineData("The club's bowlers will train 3-12 hours a week.")]
    public void LeavesOtherPairsAlone(string sentence)
    {
        Assert.DoesNotContain(QuantityTestText.Extract(sentence), f => f.Unit is "wickets" or "runs");
    }

    [Theory]
    [InlineData("India won the three-match one-day series at home.")]
    [InlineData("It was the biggest crowd for a one-day international at the ground.")]
    public void ReadsOneDayBeforeAFormatAsNoDuration(string sentence)
    {
        Assert.DoesNotContain(QuantityTestText.Extract(sentence), f => f.Category == QuantityCategory.Duration);
    }

    [Fact]
    public void CountsTheMatchesOfAOneDayFormat()
    {
        var fact = QuantityTestText.Single("Scotland will host one one-day international at Aberdeen.");
        Assert.Equal(1m, fact.Value);
        Assert.Equal("internationals", fact.Unit);
    }

    [Fact]
    public void KeepsAOneDayStrikeAsADuration()
    {
        var fact = QuantityTestText.Single("Nurses staged a one-day strike over pay.");
        Assert.Equal(QuantityCategory.Duration, fact.Category);
    }

    [Fact]
    public void ReadsABracketAfterABatsmanAsRuns()
    {
        var fact = QuantityTestText.Single("The tail was bowled out quickly, with only Kane Fletcher (73) holding firm.");
        Assert.Equal(73m, fact.Value);
        Assert.Equal("runs", fact.Unit);
    }

    [Fact]
    public void KeepsABracketAfterANameOutsideCricketAsAnAge()
    {
        var fact = QuantityTestText.Single("Retired teacher Maria Lopez (67) was hurt in the fall.");
        Assert.Equal("years", fact.Unit);
    }

    [Theory]
    [InlineData("Rovers came from a goal down to beat City 3-2 at home.")]
    [InlineData("The striker's late header helped United beat Spurs 2-1.")]
    public void CountsAFootballScoreInGoals(string sentence)
    {
        var facts = QuantityTestText.Extract(sentence).Where(f => f.Value is 3m or 2m or 1m && f.Evidence.Text.Contains("-")).ToList();
        Assert.NotEmpty(facts);
        Assert.All(facts, f => Assert.Equal("goals", f.Unit));
    }

    [Theory]
    [InlineData("A late field goal helped the Chiefs beat the Bills 27-24.")]
    [InlineData("The Lakers beat the Celtics 101-99 in overtime.")]
    public void KeepsOtherGameScoresInPoints(string sentence)
    {
        Assert.Contains(QuantityTestText.Extract(sentence), f => f.Unit == "points");
    }
}
