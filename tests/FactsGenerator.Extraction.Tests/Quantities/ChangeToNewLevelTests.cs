namespace FactsGenerator.Extraction.Tests.Quantities;

/// <summary>"Net profit fell 5 percent to $2.1 billion": the figure after "to" is the subject's new level.</summary>
public class ChangeToNewLevelTests
{
    [Theory]
    [InlineData("Net profit fell 5 percent to $2.1 billion in the quarter.", 2100000000, "profit", "ProfitUsd")]
    [InlineData("Turnover rose by 12% to $38.5 million last year.", 38500000, "turnover", "TurnoverUsd")]
    [InlineData("Exports climbed 8 per cent to $4 billion.", 4000000000, "exports", "ExportsUsd")]
    [InlineData("The reserve bank lifted rates by half a percentage point to 6.5 percent.", 6.5, "rates share", "RatesPercent")]
    [InlineData("The bank cut its key rate by 25 basis points to 3.75 percent.", 3.75, "rate share", "RatePercent")]
    [InlineData("Joblessness stands at 6.1 percent.", 6.1, "joblessness share", "JoblessnessPercent")]
    public void TheNewLevelIsTheSubjectsFigure(string sentence, double value, string about, string name)
    {
        var level = Assert.Single(QuantityTestText.Extract(sentence), f => f.Value == (decimal)value);
        Assert.Equal(about, level.About);
        Assert.Equal(name, level.Name);
    }

    [Fact]
    public void APopulationThatGrewToAFigureIsCounted()
    {
        var facts = QuantityTestText.Extract("The town's population grew by 3% to 12,000.");
        var level = Assert.Single(facts, f => f.Value == 12000m);
        Assert.Equal("population", level.About);
        Assert.Contains(facts, f => f.Value == 3m && f.Unit == "percent");
    }

    [Fact]
    public void PointsOfChangeLeaveTheLevelToTheSubject()
    {
        var facts = QuantityTestText.Extract("Attendance rose 4 percentage points to 61%.");
        var level = Assert.Single(facts, f => f.Value == 61m);
        Assert.Equal("AttendancePercent", level.Name);
    }

    [Fact]
    public void AFigureBeforeToWithoutAVerbOfChangeIsNoChange()
    {
        var facts = QuantityTestText.Extract("The fund gave 5 percent to charities.");
        Assert.DoesNotContain(facts, f => f.About == "fund");
    }

    [Theory]
    [InlineData("Bad-loan charges fell to 210 million euros from 390 million euros.", 390000000, "charges")]
    [InlineData("It expects profit of 40 million pounds, down from 75 million pounds a year ago.", 75000000, "profit")]
    [InlineData("Wholesale prices rose 2.8% in the year to May, up from 2.1% in April.", 2.1, "prices share")]
    [InlineData("The shortfall widened 6.2% in March to $48.5 billion.", 48500000000, "shortfall")]
    public void ALevelAfterFromOrToIsAboutTheChangeBeforeIt(string sentence, double value, string about)
    {
        var level = Assert.Single(QuantityTestText.Extract(sentence), f => f.Value == (decimal)value);
        Assert.Equal(about, level.About);
    }

    [Fact]
    public void ACeilingIsNoLevel()
    {
        var facts = QuantityTestText.Extract("Revenue rose 4% to $9 billion, and the strike could cost up to $30 million.");
        Assert.NotEqual("revenue", Assert.Single(facts, f => f.Value == 30000000m).About);
    }

    [Theory]
    [InlineData("Shares of Corvane fell $4.10 to $38.20 in early trading.", 4.10, 38.20)]
    [InlineData("The stock gained 35 cents to $11.75 on Tuesday.", 0.35, 11.75)]
    [InlineData("The jobless rate rose 2% to 9% over the decade.", 2, 9)]
    public void AMoveAndTheLevelItReachedAreTwoExactFigures(string sentence, double change, double level)
    {
        var facts = QuantityTestText.Extract(sentence);
        Assert.Contains(facts, f => f.Value == (decimal)change && f.Qualifier == Model.Qualifier.Exact);
        var reached = Assert.Single(facts, f => f.Value == (decimal)level);
        Assert.Equal(Model.Qualifier.Exact, reached.Qualifier);
        Assert.DoesNotContain("trading", reached.About);
    }

    [Fact]
    public void TradeIsWhatTheMoneyIsNotASession()
    {
        var fact = QuantityTestText.Single("The neighbours did $40 billion in trade last year.");
        Assert.StartsWith("trade", fact.About);
    }

    [Theory]
    [InlineData("Fares rose $5 to $7 on most routes.")]
    [InlineData("Prices rose 5 to 10 percent.")]
    public void ANearSecondFigureStillClosesARange(string sentence)
    {
        Assert.Contains(QuantityTestText.Extract(sentence), f => f.Qualifier == Model.Qualifier.AtLeast && f.UpperValue is not null);
    }

    [Theory]
    [InlineData("Exports fell 3.1 percent year on year in March.")]
    [InlineData("Exports fell 3.1 percent year-on-year in March.")]
    public void APeriodOnPeriodComparisonIsNoCountedNoun(string sentence)
    {
        var fact = QuantityTestText.Single(sentence);
        Assert.Equal("ExportsFellPercent", fact.Name);
    }
}
