using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Tests.Quantities;

public class OverAndAddedTimeTests
{
    [Theory]
    [InlineData("The bakery has sold bread for over 40 years.", 40)]
    [InlineData("The club won the cup for the first time in over 12 years.", 12)]
    [InlineData("The mill was built over a hundred years ago.", 100)]
    [InlineData("The survey drew on a record of over 25 years of tides.", 25)]
    [InlineData("The lockout at the mill lasted over a decade.", 10)]
    [InlineData("Her career in the lab spanned over 30 years.", 30)]
    public void OverAfterAPrepositionOrBeforeAgoBoundsTheTime(string text, int value)
    {
        var facts = QuantityTestText.Extract(text);
        Assert.Contains(facts, f => f.Value == value && f.Unit == "years" && f.Qualifier == Qualifier.MoreThan);
    }

    [Fact]
    public void OverAloneStillReadsAsTheSpanSomethingHappenedAcross()
    {
        var facts = QuantityTestText.Extract("The fair was held at two halls over four days.");
        Assert.Contains(facts, f => f.Value == 4m && f.Unit == "days" && f.Qualifier == Qualifier.Exact);
    }

    [Theory]
    [InlineData("The bridge will stay shut for three more weeks.", 3, "weeks")]
    [InlineData("The singer spent two additional years on the album.", 2, "years")]
    [InlineData("The jury asked for five extra hours.", 5, "hours")]
    public void AWordForAnAddedAmountKeepsTheFigureAsTime(string text, int value, string unit)
    {
        var facts = QuantityTestText.Extract(text);
        Assert.Contains(facts, f => f.Value == value && f.Unit == unit && f.Category == QuantityCategory.Duration);
    }

    [Theory]
    [InlineData("The pickets stood at the gate for three straight weeks.", 3, "weeks")]
    [InlineData("The index rose on four consecutive days.", 4, "days")]
    [InlineData("Refunds arrive within ten calendar days.", 10, "days")]
    [InlineData("A year on that moon lasts 40 Earth days.", 40, "days")]
    [InlineData("The tenants waited two long years for repairs.", 2, "years")]
    public void AWordForHowTheTimeRunsKeepsTheFigureAsTime(string text, int value, string unit)
    {
        var facts = QuantityTestText.Extract(text);
        Assert.Contains(facts, f => f.Value == value && f.Unit == unit && f.Category == QuantityCategory.Duration);
    }

    [Fact]
    public void AWordForHowTheTimeRunsNeedsAUnitOfTimeAfterIt()
    {
        var facts = QuantityTestText.Extract("The team has won five straight games.");
        Assert.DoesNotContain(facts, f => f.Category == QuantityCategory.Duration);
    }

    [Fact]
    public void AVagueCountOfAddedTimeIsADuration()
    {
        var facts = QuantityTestText.Extract("The repairs will need several more months.");
        Assert.Contains(facts, f => f.Value == null && f.Unit == "months" && f.Category == QuantityCategory.Duration);
    }

    [Theory]
    [InlineData("A day after the vote, the minister resigned.", "days")]
    [InlineData("The ferry sailed again a week after the storm.", "weeks")]
    [InlineData("The coach called the players an hour before the match.", "hours")]
    public void ASingleUnitBeforeAfterOrBeforeIsTheSpanBetweenEvents(string text, string unit)
    {
        var facts = QuantityTestText.Extract(text);
        Assert.Contains(facts, f => f.Value == 1m && f.Unit == unit && f.Category == QuantityCategory.Duration);
    }

    [Fact]
    public void ASingleUnitWithNothingAfterItIsNoSpan()
    {
        var facts = QuantityTestText.Extract("The club plays a day after.");
        Assert.DoesNotContain(facts, f => f.Unit == "days");
    }
}
