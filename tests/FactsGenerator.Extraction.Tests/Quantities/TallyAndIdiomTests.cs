using System.Linq;
using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Tests.Quantities;

public class TallyTests
{
    [Theory]
    [InlineData("The chamber voted 71 to 22 to reject the plan.", 71, 22)]
    [InlineData("The measure passed 301-to-117 on Tuesday.", 301, 117)]
    [InlineData("The panel issued a 7-2 ruling against the city.", 7, 2)]
    [InlineData("It was approved by a vote of 58 to 41.", 58, 41)]
    public void ReadsBothSidesOfAVoteAsVotes(string sentence, double first, double second)
    {
        var facts = QuantityTestText.Extract(sentence);
        Assert.Equal(new decimal?[] { (decimal)first, (decimal)second }, facts.Select(f => f.Value).ToArray());
        Assert.All(facts, f => Assert.Equal("votes", f.Unit));
        Assert.All(facts, f => Assert.Equal(Qualifier.Exact, f.Qualifier));
    }

    [Theory]
    [InlineData("The visitors won the match 4-1 at home.", 4, 1)]
    [InlineData("Riverside defeated Northgate 38-12 on Saturday.", 38, 12)]
    [InlineData("Riverside defeated Northgate 38 points to 12 on Saturday.", 38, 12)]
    [InlineData("Hilltop knocked off Lakeside 27-20 in the semi-final.", 27, 20)]
    public void ReadsBothSidesOfAScoreAsPoints(string sentence, double first, double second)
    {
        var facts = QuantityTestText.Extract(sentence);
        Assert.Equal(new decimal?[] { (decimal)first, (decimal)second }, facts.Select(f => f.Value).ToArray());
        Assert.All(facts, f => Assert.Equal("points", f.Unit));
    }

    [Fact]
    public void SaysWhoseScoreEachSideIsWhenTheWinnerAndLoserAreNamed()
    {
        var facts = QuantityTestText.Extract("Port Hill defeated Northgate 38-12 on Saturday.");
        Assert.Equal("Port Hill points", facts[0].About);
        Assert.Equal("Northgate points", facts[1].About);
    }

    [Fact]
    public void ThePhraseBeforeOfNamesWhatATallyCounts()
    {
        var facts = QuantityTestText.Extract("The pollster forecast a final electoral tally of 300 to 238 for the challenger.");
        Assert.Equal(new decimal?[] { 300m, 238m }, facts.Select(f => f.Value).ToArray());
        Assert.All(facts, f => Assert.StartsWith("final electoral tally", f.About));
    }

    [Fact]
    public void ReadsEveryTallyOfAList()
    {
        var facts = QuantityTestText.Extract("The bills passed by votes of 310-to-95 and 288-to-117 on Friday.");
        Assert.Equal(new decimal?[] { 310m, 95m, 288m, 117m }, facts.Select(f => f.Value).ToArray());
        Assert.All(facts, f => Assert.Equal("votes", f.Unit));
    }

    [Fact]
    public void ReadsAVoteTallyWithItsNounAfterTheFirstFigure()
    {
        var facts = QuantityTestText.Extract("The motion carried 61 votes to 40.");
        Assert.Equal(new decimal?[] { 61m, 40m }, facts.Select(f => f.Value).ToArray());
        Assert.All(facts, f => Assert.Equal("votes", f.Unit));
    }

    [Fact]
    public void LeavesAChangeOfPointsToTheRevisionReading()
    {
        var facts = QuantityTestText.Extract("The index fell from 45 points to 24 in a week.");
        Assert.Equal("PointsFell", facts.Single(f => f.Value == 24m).Name);
    }

    [Theory]
    [InlineData("Read chapter 12-3 before the exam.")]
    [InlineData("The 2019-20 season was cancelled.")]
    public void LeavesAPairWithoutAVoteOrAGameAlone(string sentence)
    {
        Assert.Empty(QuantityTestText.Extract(sentence));
    }
}

public class RoughIdiomTests
{
    [Theory]
    [InlineData("The bridge is a couple hundred metres long.", 200, "metres")]
    [InlineData("The rocks formed a couple of million years ago.", 2000000, "years")]
    public void ReadsACoupleWithAScaleAsAboutTheScaledFigure(string sentence, double value, string unit)
    {
        var fact = QuantityTestText.First(sentence);
        Assert.Equal((decimal)value, fact.Value);
        Assert.Equal(Qualifier.About, fact.Qualifier);
        Assert.Equal(unit, fact.Unit);
    }

    [Theory]
    [InlineData("A couple of reporters waited outside.", "people")]
    [InlineData("They planted a couple of oaks last spring.", "oaks")]
    [InlineData("She rewrote a couple of chapters before printing.", "chapters")]
    public void ReadsACoupleOfThingsAsVague(string sentence, string unit)
    {
        var fact = QuantityTestText.First(sentence);
        Assert.Null(fact.Value);
        Assert.Equal(Qualifier.Vague, fact.Qualifier);
        Assert.Equal(unit, fact.Unit);
    }

    [Theory]
    [InlineData("The couple moved to the coast.")]
    [InlineData("A couple from Leeds won the raffle.")]
    public void LeavesACoupleOfPeopleAlone(string sentence)
    {
        Assert.Empty(QuantityTestText.Extract(sentence));
    }

    [Theory]
    [InlineData("A handful of farmers refused to sell.", "people")]
    [InlineData("A number of schools closed early.", "schools")]
    [InlineData("The council received a growing number of complaints.", "complaints")]
    [InlineData("Large numbers of birds left the lake.", "birds")]
    public void ReadsHandfulsAndNumbersOfAsVague(string sentence, string unit)
    {
        var fact = QuantityTestText.Single(sentence);
        Assert.Null(fact.Value);
        Assert.Equal(Qualifier.Vague, fact.Qualifier);
        Assert.Equal(unit, fact.Unit);
    }

    [Fact]
    public void LeavesTheNumberOfAlone()
    {
        Assert.DoesNotContain(QuantityTestText.Extract("The number of visitors is unknown."), f => f.Qualifier == Qualifier.Vague);
    }

    [Theory]
    [InlineData("Prices have risen over the last few years.", "years")]
    [InlineData("A decision is due in the next few weeks.", "weeks")]
    [InlineData("The storm will strengthen in the coming few hours.", "hours")]
    public void ReadsAFewInAStretchOfTimeAsAVagueDuration(string sentence, string unit)
    {
        var fact = QuantityTestText.Single(sentence);
        Assert.Equal(Qualifier.Vague, fact.Qualifier);
        Assert.Equal(unit, fact.Unit);
        Assert.Equal(QuantityCategory.Duration, fact.Category);
    }

    [Fact]
    public void ReadsTheLastCoupleOfWeeksAsAVagueDuration()
    {
        var fact = QuantityTestText.Single("Sales dipped over the last couple of weeks.");
        Assert.Null(fact.Value);
        Assert.Equal(Qualifier.Vague, fact.Qualifier);
        Assert.Equal("weeks", fact.Unit);
        Assert.Equal(QuantityCategory.Duration, fact.Category);
    }
}

public class CompoundDurationTests
{
    [Theory]
    [InlineData("The hearing lasted an hour and a half.", 1.5, "hours")]
    [InlineData("Talks ran for a day and a half.", 1.5, "days")]
    [InlineData("She moved abroad a year-and-a-half ago.", 1.5, "years")]
    [InlineData("The crew drifted for three and a half weeks.", 3.5, "weeks")]
    [InlineData("Guests enjoyed a week-long festival.", 1, "weeks")]
    [InlineData("Dockers began a month-long strike.", 1, "months")]
    public void ReadsHalvesAndLongAdjectivesAsDurations(string sentence, double value, string unit)
    {
        var fact = QuantityTestText.Single(sentence);
        Assert.Equal((decimal)value, fact.Value);
        Assert.Equal(unit, fact.Unit);
        Assert.Equal(QuantityCategory.Duration, fact.Category);
    }

    [Theory]
    [InlineData("She finished in 2 hours 14 minutes 5.5 seconds.", 8045.5, "seconds")]
    [InlineData("The crossing took 4 hours and 10 minutes.", 250, "minutes")]
    [InlineData("The fastest lap was 1 minute 31 seconds.", 91, "seconds")]
    public void ReadsATimeWrittenInSeveralUnitsAsOneFigure(string sentence, double value, string unit)
    {
        var fact = QuantityTestText.Single(sentence);
        Assert.Equal((decimal)value, fact.Value);
        Assert.Equal(unit, fact.Unit);
    }

    [Fact]
    public void KeepsTwoTimesInSeparateClausesApart()
    {
        Assert.Equal(2, QuantityTestText.Extract("The talks lasted 3 hours; 45 minutes went on the agenda.").Count);
    }

    [Fact]
    public void ReadsANumberedLongAdjectiveOnce()
    {
        var fact = QuantityTestText.Single("The town held a two-week-long fair.");
        Assert.Equal(2m, fact.Value);
    }
}

public class CrowdTests
{
    [Theory]
    [InlineData("The funeral was attended by thousands.")]
    [InlineData("Volunteers were joined by the hundreds on Sunday.")]
    [InlineData("Hundreds were detained overnight.")]
    [InlineData("Police said thousands gathered near the port.")]
    public void CountsAStandaloneCrowdAsPeople(string sentence)
    {
        var fact = QuantityTestText.Single(sentence);
        Assert.Equal("people", fact.Unit);
        Assert.Equal(Qualifier.Vague, fact.Qualifier);
    }

    [Theory]
    [InlineData("The deal is worth millions in fees.")]
    [InlineData("Estimates ran in the thousands.")]
    public void LeavesACrowdOfSomethingElseAlone(string sentence)
    {
        Assert.DoesNotContain(QuantityTestText.Extract(sentence), f => f.Unit == "people");
    }

    [Fact]
    public void ReadsAPresentTenseCasualtyVerb()
    {
        var fact = QuantityTestText.Single("Storm injures dozens along the coast.");
        Assert.Equal(QuantityCategory.Casualties, fact.Category);
    }
}

public class NamedSideRepeatTests
{
    [Fact]
    public void KeepsTheSameFigureReachedByDifferentNamedSides()
    {
        var facts = QuantityTestText.Extract("Ortiz finished third with 4 seats. Later, Lindqvist won 4 seats in the north.");
        Assert.Equal(2, facts.Count(f => f.Value == 4m));
    }

    [Fact]
    public void DropsTheSameSidesFigureToldTwice()
    {
        var facts = QuantityTestText.Extract("In 2012 the ticket of Ann Ortiz received a total of 5,120 votes. That year Ortiz received 5,120 votes, mostly by mail.");
        Assert.Single(facts, f => f.Value == 5120m);
    }

    [Fact]
    public void KeepsTheSameFigureTwiceInOneSentence()
    {
        var facts = QuantityTestText.Extract("The hosts kicked two goals before the visitors replied with two goals of their own.");
        Assert.Equal(2, facts.Count(f => f.Value == 2m));
    }

    [Fact]
    public void StillDropsARestatedFigureWithoutANamedSide()
    {
        var facts = QuantityTestText.Extract("The council has 40 seats. All 40 seats are up for election.");
        Assert.Single(facts);
    }
}
