using System.Linq;
using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Tests.Quantities;

public class ShareTests
{
    [Theory]
    [InlineData("The tenant paid half his rent in cash.", 50)]
    [InlineData("Half the bridges in the valley were closed.", 50)]
    [InlineData("Three quarters of the nurses joined the strike.", 75)]
    [InlineData("About a quarter of the wells ran dry.", 25)]
    public void StatesHalvesAndQuartersOfAWholeAsPercent(string sentence, double value)
    {
        var fact = QuantityTestText.Single(sentence);
        Assert.Equal((decimal)value, fact.Value);
        Assert.Equal("percent", fact.Unit);
    }

    [Theory]
    [InlineData("A third of the orchards were flooded.", 33.3)]
    [InlineData("Roughly two thirds of the delegates voted for the motion.", 66.7)]
    [InlineData("Two-thirds of the clinics stayed open.", 66.7)]
    [InlineData("One tenth of the ballots were spoiled.", 10)]
    public void StatesAnyShareOfAGroupAsPercent(string sentence, double value)
    {
        var fact = QuantityTestText.Single(sentence);
        Assert.Equal((decimal)value, fact.Value);
        Assert.Equal("percent", fact.Unit);
    }

    [Fact]
    public void KeepsAShareThatQualifiesANounAsAFraction()
    {
        var fact = QuantityTestText.Single("The bill needs a two-thirds majority to pass.");
        Assert.Equal(0.667m, fact.Value);
        Assert.Equal("fraction", fact.Unit);
    }

    [Theory]
    [InlineData("The ferry was delayed by half an hour.", 0.5, "hours")]
    [InlineData("The shop has traded for half a century.", 50, "years")]
    [InlineData("The club marked its quarter century anniversary.", 25, "years")]
    [InlineData("The plane came down a quarter mile from the runway.", 0.25, "miles")]
    public void KeepsAShareOfOneUnitInThatUnit(string sentence, double value, string unit)
    {
        var fact = QuantityTestText.Single(sentence);
        Assert.Equal((decimal)value, fact.Value);
        Assert.Equal(unit, fact.Unit);
    }

    [Theory]
    [InlineData("The archive holds a quarter million letters.", 250000)]
    [InlineData("The town spent a half million dollars.", 500000)]
    public void ReadsAShareOfAScaleWord(string sentence, double value)
    {
        Assert.Equal((decimal)value, QuantityTestText.Single(sentence).Value);
    }

    [Theory]
    [InlineData("The new dam is half the size of the old one.")]
    [InlineData("Tickets cost half the price of last year.")]
    public void LeavesComparisonsAlone(string sentence)
    {
        Assert.Empty(QuantityTestText.Extract(sentence));
    }

    [Fact]
    public void ReadsOneInFiveOfAGroupAsAShare()
    {
        var fact = QuantityTestText.Single("One in five adults lives alone.");
        Assert.Equal(20m, fact.Value);
        Assert.Equal("percent", fact.Unit);
        Assert.NotEqual(QuantityCategory.Casualties, fact.Category);
    }

    [Fact]
    public void GivesAShareOfPeopleTheCategoryOfWhatHappenedToThem()
    {
        Assert.Equal(QuantityCategory.Displacement, QuantityTestText.Single("Nearly 40 percent of the villagers fled the floods.").Category);
    }

    [Theory]
    [InlineData("The mayor received 4,120 votes, or 61 percent.")]
    [InlineData("The challenger received 2,210 votes (33 percent) in the runoff.")]
    public void AShareRestatingACountIsAShareOfWhatItCounted(string sentence)
    {
        var share = QuantityTestText.Extract(sentence).Single(f => f.Unit == "percent");
        Assert.Equal("votes share", share.About);
    }

    [Fact]
    public void ReadsHalvingAsACutOfFiftyPercent()
    {
        var fact = QuantityTestText.Single("The drought halved the wheat harvest.");
        Assert.Equal(50m, fact.Value);
        Assert.Equal("percent", fact.Unit);
    }

    [Theory]
    [InlineData("Strikers have picketed the plant for weeks.", "weeks")]
    [InlineData("For decades, the lake has been shrinking.", "decades")]
    [InlineData("The couple ran the bakery for many years.", "years")]
    [InlineData("Over many months, volunteers rebuilt the pier.", "months")]
    public void ReadsAStretchGivenOnlyByItsUnitAsAVagueDuration(string sentence, string unit)
    {
        var fact = QuantityTestText.Single(sentence);
        Assert.Null(fact.Value);
        Assert.Equal(Qualifier.Vague, fact.Qualifier);
        Assert.Equal(unit, fact.Unit);
        Assert.Equal(QuantityCategory.Duration, fact.Category);
    }

    [Theory]
    [InlineData("The tree will stand for years to come.")]
    [InlineData("She was thanked for years of service.")]
    [InlineData("The shop rents rooms for hours or days.")]
    [InlineData("The monks kept the recipe secret for many centuries to come.")]
    [InlineData("She was thanked for many years of service.")]
    public void LeavesAUnitThatIsNoLengthOfTimeAlone(string sentence)
    {
        Assert.Empty(QuantityTestText.Extract(sentence));
    }

    [Fact]
    public void ReadsAVagueStretchOfYearsAsADuration()
    {
        var fact = QuantityTestText.Single("The castle has stood for hundreds of years.");
        Assert.Equal(QuantityCategory.Duration, fact.Category);
        Assert.Equal("years", fact.Unit);
    }
}

public class CurrencyCodeTests
{
    [Theory]
    [InlineData("The charity received USD 2 million from donors.", 2000000, "usd")]
    [InlineData("The treatment costs Rs.1500 there.", 1500, "inr")]
    [InlineData("The fine was EUR 300 per vehicle.", 300, "eur")]
    public void ReadsACodeBeforeTheAmount(string sentence, double value, string unit)
    {
        var fact = QuantityTestText.Single(sentence);
        Assert.Equal((decimal)value, fact.Value);
        Assert.Equal(unit, fact.Unit);
        Assert.Equal(QuantityCategory.Money, fact.Category);
    }

    [Theory]
    [InlineData("A bus ticket costs 40INR in the town.", 40, "inr")]
    [InlineData("The museum raised 12,500EUR last spring.", 12500, "eur")]
    public void ReadsACodeGluedAfterTheAmount(string sentence, double value, string unit)
    {
        var fact = QuantityTestText.Single(sentence);
        Assert.Equal((decimal)value, fact.Value);
        Assert.Equal(unit, fact.Unit);
        Assert.Equal(QuantityCategory.Money, fact.Category);
    }

    [Fact]
    public void TheDigitsAfterAGluedCommaAreNoFigureOfTheirOwn()
    {
        Assert.DoesNotContain(QuantityTestText.Extract("The stall asked 3,00INR for a mango."), f => f.Value == 0m);
    }
}

public class ConvertedSumTests
{
    [Fact]
    public void ASumConvertedInBracketsCountsWhatTheFirstSumCounts()
    {
        var facts = QuantityTestText.Extract("The judge set bail at 50,000 rupees (about US$600).");
        Assert.Equal(2, facts.Count);
        Assert.Equal("bail", facts[1].About);
        Assert.Equal(Qualifier.About, facts[1].Qualifier);
    }

    [Fact]
    public void ASumConvertedInBracketsTakesTheFirstSumsVerb()
    {
        var facts = QuantityTestText.Extract("The bank was fined £8 million (US$10 million) last year.");
        Assert.Equal(facts[0].About, facts[1].About);
    }

    [Fact]
    public void ASumRestatedInAnotherCurrencyAfterOrCountsTheSame()
    {
        var facts = QuantityTestText.Extract("Each share was worth roughly US$12 or €11 that week.");
        Assert.Equal(2, facts.Count);
        Assert.All(facts, f => Assert.Equal("share", f.About));
        Assert.All(facts, f => Assert.Equal(Qualifier.About, f.Qualifier));
    }

    [Theory]
    [InlineData("The merger is worth $5 billion.", "merger")]
    [InlineData("Officials said the ring is worth $2 million.", "ring")]
    public void ReadsWhatIsWorthTheSum(string sentence, string about)
    {
        Assert.Equal(about, QuantityTestText.Single(sentence).About);
    }

    [Theory]
    [InlineData("The estimated cost is 40 million euros.")]
    [InlineData("The total cost was $900.")]
    public void ReadsCostAfterADeterminerAsTheNounCounted(string sentence)
    {
        Assert.Equal("cost", QuantityTestText.Single(sentence).About);
    }
}

public class BitcoinSignTests
{
    [Fact]
    public void ReadsTheBitcoinSignAsACurrency()
    {
        var fact = QuantityTestText.Single("The ransom note demanded \u20BF40 from the firm.");
        Assert.Equal(40m, fact.Value);
        Assert.Equal("btc", fact.Unit);
        Assert.Equal(QuantityCategory.Money, fact.Category);
    }
}
