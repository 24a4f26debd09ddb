using System.Linq;
using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Tests.Quantities;

/// <summary>Spaced thousands, ringgit, shares listed after place names and a definite age said twice.</summary>
public class SpacedThousandsAndListedShareTests
{
    [Theory]
    [InlineData("Some 160 000 dock workers downed tools on Monday.", 160000)]
    [InlineData("The union says 45 500 members voted for the strike.", 45500)]
    [InlineData("Officials counted 1 250 000 ballots by midnight.", 1250000)]
    [InlineData("The fund lent R2 300 000 to small farmers.", 2300000)]
    public void ReadsThousandsSetOffBySpacesAsOneFigure(string sentence, double value)
    {
        var fact = QuantityTestText.Single(sentence);
        Assert.Equal((decimal)value, fact.Value);
    }

    [Theory]
    [InlineData("Rows 4 and 12 were left empty, and 3 100 seats were sold.", 3100, 12100)]
    [InlineData("On June 9 300 tenants were moved to a school hall.", 300, 9300)]
    [InlineData("Under Clause 144 600 traders were fined.", 600, 144600)]
    public void KeepsAFigureBeforeTheGroupsApart(string sentence, double value, double joined)
    {
        var facts = QuantityTestText.Extract(sentence);
        Assert.Contains(facts, f => f.Value == (decimal)value);
        Assert.DoesNotContain(facts, f => f.Value == (decimal)joined);
    }

    [Theory]
    [InlineData("The company paid RM2.5 million to the suppliers.", 2500000)]
    [InlineData("The gang stole S$3 million (RM9.6 million) from the vault.", 9600000)]
    [InlineData("Each stall owner owes RM12,000 in back rent.", 12000)]
    public void ReadsRinggitGluedToDigits(string sentence, double value)
    {
        var facts = QuantityTestText.Extract(sentence);
        Assert.Contains(facts, f => f.Value == (decimal)value && f.Unit == "myr" && f.Category == QuantityCategory.Money);
    }

    [Theory]
    [InlineData("In the north the turnout was 61.5 per cent, Kandy 58 per cent and Galle 47.25 per cent.", 58, 47.25)]
    [InlineData("The pass rate was 70 per cent in Leeds, Bristol 66 per cent and Hull 71.5 per cent.", 66, 71.5)]
    [InlineData("Support stood at 40 percent, Oregon 38 percent and Idaho 35 percent.", 38, 35)]
    public void KeepsASharePlacedByANameBeforeIt(string sentence, double first, double second)
    {
        var facts = QuantityTestText.Extract(sentence);
        Assert.Contains(facts, f => f.Value == (decimal)first && f.Unit == "percent");
        Assert.Contains(facts, f => f.Value == (decimal)second && f.Unit == "percent");
    }

    [Fact]
    public void StillReadsANumberAfterANameWithoutAShareAsALabel()
    {
        Assert.DoesNotContain(QuantityTestText.Extract("The Boeing 737 was grounded after the incident."), f => f.Value == 737m);
    }

    [Theory]
    [InlineData("A 54-year-old Kenyan man was arrested on Monday. Police said the 54-year-old Kenyan had fled in 2019.")]
    [InlineData("A 27-year-old Ghanaian trader was robbed. The 27-year-old Ghanaian told police he lost his savings.")]
    [InlineData("A 19-year-old student nurse was hurt. Doctors said the 19-year-old nurse would recover.")]
    public void DropsADefiniteAgeThatPointsBackToTheSamePerson(string text)
    {
        Assert.Single(QuantityTestText.Extract(text), f => f.Unit == "years");
    }

    [Fact]
    public void KeepsTheSameAgeOfAnotherPerson()
    {
        var facts = QuantityTestText.Extract("A 40-year-old teacher was injured. Police later arrested the 40-year-old driver of the van.");
        Assert.Equal(2, facts.Count(f => f.Unit == "years"));
    }
}

/// <summary>Shares by which a firm's money moved, and ages listed with their unit.</summary>
public class MoneyShareAndAgeListTests
{
    [Theory]
    [InlineData("Retail sales at the chain rose 4.2% in the spring.", 4.2)]
    [InlineData("The lender reported a 23 percent drop in quarterly profit.", 23)]
    [InlineData("Shares of Norvik Mining fell 6.5 per cent on Tuesday.", 6.5)]
    [InlineData("The brewer earned $40 million, or 12 cents a share, up 31% from a year earlier.", 31)]
    [InlineData("Its stock lost $2.10, or 5 percent, to $40.", 5)]
    public void CountsAShareOfAFirmsMoneyAsMoney(string sentence, double value)
    {
        var facts = QuantityTestText.Extract(sentence);
        Assert.Contains(facts, f => f.Value == (decimal)value && f.Unit == "percent" && f.Category == QuantityCategory.Money);
    }

    [Theory]
    [InlineData("Unemployment in the province rose 2% last year.")]
    [InlineData("Turnout was 55% on Sunday.")]
    [InlineData("Jobs fell 4% while sales rose in the region.")]
    [InlineData("The party won 40 percent of the vote.")]
    public void LeavesOtherSharesAsOther(string sentence)
    {
        Assert.Contains(QuantityTestText.Extract(sentence), f => f.Unit == "percent" && f.Category == QuantityCategory.Other);
    }

    [Theory]
    [InlineData("The shots are given at the ages of 3 months, 9 months and 15 months.", 3)]
    [InlineData("The drug works for babies between the ages of 4 months and 18 months.", 2)]
    [InlineData("It helped infants aged between 6 months and 20 months.", 2)]
    public void ReadsEveryAgeOfAListWithItsOwnUnit(string sentence, int ages)
    {
        var facts = QuantityTestText.Extract(sentence);
        Assert.Equal(ages, facts.Count(f => f.Unit == "months" && f.Category == QuantityCategory.Other));
        Assert.DoesNotContain(facts, f => f.Category == QuantityCategory.Duration);
    }

    [Fact]
    public void LeavesAListOfLengthsAsDurations()
    {
        var facts = QuantityTestText.Extract("It took 5 months, 6 months and 7 months to build the bridges.");
        Assert.Equal(3, facts.Count(f => f.Unit == "months" && f.Category == QuantityCategory.Duration));
    }

    [Fact]
    public void KeepsTheEndsOfAnAgeSpanBesideTheSameSingleAges()
    {
        var facts = QuantityTestText.Extract("Shots are offered at the ages of 7 months and 19 months. The serum protects toddlers aged between 7 months and 19 months.");
        Assert.Equal(4, facts.Count(f => f.Unit == "months"));
    }
}

public class MoneySharePartOfASumTests
{
    [Theory]
    [InlineData("Just 0.8% of Danish bakery turnover is earned from deliveries.")]
    [InlineData("The council spent $5 million, or 10 percent of its budget, on roads.")]
    [InlineData("Profits are taxed at 20 percent in the state.")]
    public void LeavesAPartOfASumAsOther(string sentence)
    {
        Assert.Contains(QuantityTestText.Extract(sentence), f => f.Unit == "percent" && f.Category == QuantityCategory.Other);
    }
}

public class ComparedAgeLimitTests
{
    [Theory]
    [InlineData("The shots help children younger than 5 who live near the lake.", 5, Qualifier.FewerThan)]
    [InlineData("Adults older than 65 were also invited to the clinic.", 65, Qualifier.MoreThan)]
    [InlineData("The firm no longer hires workers older than 50.", 50, Qualifier.MoreThan)]
    public void ReadsAComparedAgeAfterAGroupAsAnAgeLimit(string sentence, double value, Qualifier qualifier)
    {
        var fact = QuantityTestText.Single(sentence);
        Assert.Equal((decimal)value, fact.Value);
        Assert.Equal(qualifier, fact.Qualifier);
        Assert.Equal("years", fact.Unit);
        Assert.Equal(QuantityCategory.Other, fact.Category);
    }

    [Fact]
    public void LeavesACountAfterAComparisonOfThingsAlone()
    {
        Assert.DoesNotContain(QuantityTestText.Extract("The new trucks are older than 12 of the old ones."), f => f.Unit == "years");
    }
}

public class VagueStepsAndKnownNumbersTests
{
    [Theory]
    [InlineData("The judge told inspectors to take several preventive measures.")]
    [InlineData("\"We got several reports of flooded cellars,\" the officer said.")]
    [InlineData("Deputies answered multiple reports of gunfire near the stadium.")]
    [InlineData("The board took a few steps to cut costs.")]
    [InlineData("The district was chosen due to the high numbers of mumps infections.")]
    public void DropsAVagueCountOfStepsOrAccountsAndKnownNumbers(string sentence)
    {
        Assert.Empty(QuantityTestText.Extract(sentence));
    }

    [Theory]
    [InlineData("Rescuers searched several flooded houses in the valley.")]
    [InlineData("Large numbers of refugees crossed the border.")]
    [InlineData("The agency published three reports on the spill.")]
    public void KeepsVagueCountsOfThingsAndExactCountsOfReports(string sentence)
    {
        Assert.NotEmpty(QuantityTestText.Extract(sentence));
    }
}

public class NumberedLabelTests
{
    [Theory]
    [InlineData("Passengers on the No. 10 city bus were shaken.")]
    [InlineData("She lives at No. 4 on the quiet lane.")]
    [InlineData("The No. 7 train was delayed again.")]
    public void ReadsAFigureAfterNoAsALabel(string sentence)
    {
        Assert.Empty(QuantityTestText.Extract(sentence));
    }

    [Fact]
    public void KeepsARankAfterNo()
    {
        Assert.Contains(QuantityTestText.Extract("The single peaked at No. 3 in May."), f => f.Value == 3m && f.Unit == "rank");
    }
}

public class PrisonTermGivenTests
{
    [Theory]
    [InlineData("The former treasurer got six years in prison for bribery.")]
    [InlineData("The smuggler faces up to 10 years behind bars.")]
    [InlineData("The clerk was handed six months in jail.")]
    public void NamesATimeGivenInPrisonTheSentence(string sentence)
    {
        Assert.Contains("sentence", QuantityTestText.Single(sentence).About);
    }

    [Theory]
    [InlineData("He spent eight years in prison before his release.")]
    [InlineData("She got two weeks off work after the crash.")]
    public void LeavesOtherTimesAlone(string sentence)
    {
        Assert.DoesNotContain("sentence", QuantityTestText.Single(sentence).About);
    }
}

public class JoinedModifierTests
{
    [Theory]
    [InlineData("Roughly 120 000 Zambian copper and zinc miners will strike.", "people")]
    [InlineData("About 300 rail and bus workers walked out on Friday.", "people")]
    [InlineData("She won ten gold and silver medals in her career.", "medals")]
    [InlineData("Thousands of comic and cosplay fans packed the arena.", "people")]
    public void ReadsTwoModifiersJoinedByAndBeforeTheirPlural(string sentence, string unit)
    {
        Assert.Equal(unit, QuantityTestText.Single(sentence).Unit);
    }

    [Fact]
    public void KeepsAPluralBeforeAndAsItsOwnCount()
    {
        Assert.Equal("apples", QuantityTestText.Single("The farm sold 40 apples and pear trees.").Unit);
    }
}

public class NounInLyTests
{
    [Theory]
    [InlineData("Results were announced for 317 national assembly seats.", "seats")]
    [InlineData("The party won 42 state assembly seats in the north.", "seats")]
    [InlineData("Two national family groups met on Monday.", "groups")]
    public void ReadsPastANounEndingInLy(string sentence, string unit)
    {
        Assert.Equal(unit, QuantityTestText.Single(sentence).Unit);
    }

    [Fact]
    public void StillEndsThePhraseAtAnAdverb()
    {
        Assert.Equal("people", QuantityTestText.Single("Five newly elected senators spoke.").Unit);
    }
}
