using System.Linq;

namespace FactsGenerator.Extraction.Tests.Quantities;

/// <summary>A bare duration or share is named after what it is of, not only "duration" or "share".</summary>
public class SpanOwnerTests
{
    [Theory]
    [InlineData("She governed Northvale for 12 years.", "time governed", "YearsGoverned")]
    [InlineData("Ms Varga lived in Port Kessel for almost forty years, her nephew said.", "time lived", "YearsLived")]
    [InlineData("For five days, the committee questioned each of the bidders.", "time questioned", "DaysQuestioned")]
    public void ADurationSpansTheVerbOfItsClause(string sentence, string about, string name)
    {
        var fact = QuantityTestText.Extract(sentence).Single(f => f.Unit is "years" or "months" or "days");
        Assert.Equal(about, fact.About);
        Assert.Equal(name, fact.Name);
    }

    [Theory]
    [InlineData("The walkout lasted 40 days across the region.", "walkout duration", "WalkoutDurationDays")]
    [InlineData("Looking back on six years of the campaign, she smiled.", "campaign duration", "CampaignDurationYears")]
    [InlineData("The repair took 11 hours in the rain.", "repair duration", "RepairDurationHours")]
    public void ADurationOfAnEventNounIsThatEventsLength(string sentence, string about, string name)
    {
        var fact = QuantityTestText.Extract(sentence).Single(f => f.Unit is "years" or "days" or "hours");
        Assert.Equal(about, fact.About);
        Assert.Equal(name, fact.Name);
    }

    [Theory]
    [InlineData("He was sentenced to 40 months in jail.", "MonthsSentence")]
    [InlineData("She was sentenced in absentia to nine years.", "YearsSentence")]
    [InlineData("A court in Velmora sentenced the smuggler to nine years on Tuesday.", "SmugglerDurationYears")]
    public void ATimeSomeoneIsSentencedToIsTheSentence(string sentence, string notName)
    {
        var fact = QuantityTestText.Extract(sentence).Single(f => f.Unit is "years" or "months");
        Assert.Equal("sentence", fact.About);
        Assert.StartsWith("Sentence", fact.Name);
        Assert.NotEqual(notName, fact.Name);
    }

    [Theory]
    [InlineData("A bookkeeper who forged grant letters was jailed for 30 months on Friday.")]
    [InlineData("Tomas Brell, 52, was imprisoned for six years at Harwick Crown Court.")]
    public void ATimeSomeoneIsJailedForIsTheSentence(string sentence)
    {
        // (The age is in years too.)
        var fact = QuantityTestText.Extract(sentence).Single(f => f.Value is 30m or 6m);
        Assert.Equal("sentence", fact.About);
    }

    [Fact]
    public void AnObjectPronounIsNoSubjectOfADuration()
    {
        var fact = QuantityTestText.Extract("\"Parents have been asking me about it for three years,\" she said.").Single();
        Assert.DoesNotContain("me", fact.About.Split(' '));
    }

    [Fact]
    public void TimeServedOfASentenceNamesBoth()
    {
        var fact = QuantityTestText.Extract("Dario Lenz served six years of a nine-year prison sentence, the board noted.").First(f => f.Value == 6m);
        Assert.Equal("sentence served", fact.About);
        Assert.Equal("SentenceServedYears", fact.Name);
    }

    [Theory]
    [InlineData("Three days later, the river flooded the lower town.", "time later", "DaysLater")]
    [InlineData("They met two weeks before the vote.", "time before", "WeeksBefore")]
    [InlineData("It reopened a year ago.", "time ago", "YearsAgo")]
    [InlineData("Eight months earlier, the ferry had been sold.", "time earlier", "MonthsEarlier")]
    public void ADurationThatPlacesAnEventInTimeSaysWhichWay(string sentence, string about, string name)
    {
        var fact = QuantityTestText.Extract(sentence).Single();
        Assert.Equal(about, fact.About);
        Assert.Equal(name, fact.Name);
    }

    [Theory]
    [InlineData("Within a month the mill had closed its doors.")]
    [InlineData("In the past three years the village has doubled its bakeries.")]
    public void APeriodOrDeadlineSpansNoActivity(string sentence)
    {
        var fact = QuantityTestText.Extract(sentence).Single();
        Assert.Equal("duration", fact.About);
    }

    [Theory]
    [InlineData("The dispute continued for nine years, the archive shows.")]
    [InlineData("The council remained silent for six weeks.")]
    [InlineData("For months, the mayor has been trying to sell the old depot.")]
    [InlineData("She has been devoted to the choir for 30 years.")]
    public void AnAspectVerbOrAStateSpansNoActivity(string sentence)
    {
        // What the time is then named after is left to the readers of a bare duration; only no verb may name it.
        var fact = QuantityTestText.Extract(sentence).Single(f => f.Unit is "years" or "weeks" or "months");
        Assert.DoesNotContain("time", fact.About);
        Assert.DoesNotContain("continued", fact.Name);
        Assert.DoesNotContain("remained", fact.About);
        Assert.DoesNotContain("trying", fact.About);
        Assert.DoesNotContain("devoted", fact.About);
    }

    [Theory]
    [InlineData("They were held for 90 days.", "time held", "DaysHeld")]
    [InlineData("For two years, they kept fishing off the north cape.", "time fishing", "YearsFishing")]
    [InlineData("They were kept apart for 40 years.", "time kept", "YearsKept")]
    public void APassiveOrTheVerbAfterAnAspectVerbStillNamesTheTime(string sentence, string about, string name)
    {
        var fact = QuantityTestText.Extract(sentence).Single();
        Assert.Equal(about, fact.About);
        Assert.Equal(name, fact.Name);
    }

    [Fact]
    public void TheFigureAfterForBeforeAnotherEventIsStillTimeSpent()
    {
        var fact = QuantityTestText.Extract("He worked there for a year before he moved north.").Single();
        Assert.Equal("time worked", fact.About);
    }
}

public class BareShareTests
{
    [Fact]
    public void AShareInASentenceAboutAPollIsAPollFigure()
    {
        var fact = QuantityTestText.Extract("In the latest survey, Ms Ortega is at 48 percent.").Single();
        Assert.Equal("poll share", fact.About);
        Assert.Equal("PollPercent", fact.Name);
    }

    [Fact]
    public void AShareWithAVerbIsNoPollFigureEvenInAPollSentence()
    {
        var fact = QuantityTestText.Extract("In the latest survey, Ms Ortega gained 48 percent.").Single();
        Assert.Equal("gained share", fact.About);
    }

    [Fact]
    public void AShareOfANounAfterOfIsThatNounsShare()
    {
        var fact = QuantityTestText.Extract("Turnout aside, it won 30% of the total ballots, its aides said.").Single();
        Assert.Equal("ballots won share", fact.About);
        Assert.Equal("BallotsWonPercent", fact.Name);
    }
}

public class FrontedVagueSpanTests
{
    [Fact]
    public void AVagueSpanOpeningItsSentenceSpansTheVerbAfterIt()
    {
        var fact = QuantityTestText.Extract("For decades the harbour has flooded each spring.").Single();
        Assert.Equal("time flooded", fact.About);
        Assert.Equal("DecadesFlooded", fact.Name);
    }
}
