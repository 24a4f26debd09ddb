using System.Linq;
using FactsGenerator.Extraction.Model;
namespace FactsGenerator.Extraction.Tests.Quantities;

public class NonQuantityTests
{
    [Theory]
    [InlineData("The war ended in 1994 with a truce.")]
    [InlineData("Azerbaijan regained the territories in 2020.")]
    [InlineData("The talks were held on 21 September in Brussels.")]
    [InlineData("The vote is due on September 21 in the capital.")]
    [InlineData("The deadline was moved to Sept. 4 by the council.")]
    [InlineData("The march began at about 19:30 local time.")]
    [InlineData("The blast happened at 3 p.m. on the main road.")]
    [InlineData("Trading resumed at 1800 UTC on the exchange.")]
    [InlineData("Fighting resumed on the second day of the truce.")]
    [InlineData("It is a problem of the 21st century for the region.")]
    [InlineData("The movement started in the 1970s in the north.")]
    [InlineData("Leaders met at the G7 summit in France.")]
    [InlineData("The issue was raised at the G-7 in Biarritz.")]
    [InlineData("The airline grounded its Boeing 737 jets after the crash.")]
    [InlineData("The patients had Covid-19 symptoms.")]
    [InlineData("The passengers of flight 302 were identified.")]
    [InlineData("The Group of Seven met in Italy.")]
    [InlineData("One of them was arrested later.")]
    [InlineData("At one point the crowd moved back.")]
    [InlineData("The two sides agreed to talk again.")]
    [InlineData("The 2019-20 season was cancelled.")]
    [InlineData("Read chapter 12-3 before the exam.")]
    [InlineData("Phase two of the works was delayed until spring.")]
    [InlineData("The champions were knocked out in round three.")]
    [InlineData("One key concern is the cost of the scheme.")]
    [InlineData("On one occasion the guards left the gate open.")]
    [InlineData("The service runs 24/7 in the capital.")]
    public void IgnoresNumbersThatCountNothing(string sentence)
    {
        Assert.Empty(QuantityTestText.Extract(sentence));
    }

    [Fact]
    public void SkipsAHeadlineFigureTheBodyRepeats()
    {
        var facts = QuantityTestText.Extract("Five soldiers killed in border clash\n\nThe army said on Monday that five soldiers of a patrol were killed.");
        Assert.Single(facts);
        Assert.Equal(5m, facts[0].Value);
        Assert.Equal("five soldiers of a patrol were killed", facts[0].Evidence.Text);
    }

    [Fact]
    public void KeepsAnAgeOnlyTheHeadlineStates()
    {
        var fact = QuantityTestText.Single("Film star dies at 91\n\nThe actor made his last film in 1990.");
        Assert.Equal(91m, fact.Value);
        Assert.Equal("years", fact.Unit);
    }

    [Fact]
    public void KeepsAFigureOnlyTheHeadlineStates()
    {
        var facts = QuantityTestText.Extract("Mayor pardons nine people\n\nThe mayor signed six pardons and three commutations on Monday.");
        Assert.Equal(new decimal?[] { 6m, 3m, 9m }, facts.Select(f => f.Value).ToArray());
        Assert.Equal("people", facts[2].Unit);
    }

    [Theory]
    [InlineData("Residents gathered to mark two years since the flood.", 2)]
    [InlineData("One rescue worker died in the blast.", 1)]
    [InlineData("The third stage lasted two days.", 2)]
    public void KeepsACountAfterANounThatIsNoSequence(string sentence, double value)
    {
        Assert.Contains(QuantityTestText.Extract(sentence), f => f.Value == (decimal)value);
    }

    [Theory]
    [InlineData("Of the patients, 1450 had already been discharged by Friday.", 1450)]
    [InlineData("In the end 1200 were evacuated from the valley.", 1200)]
    public void ReadsAYearLikeNumberThatIsThePassiveSubjectAsACount(string sentence, double value)
    {
        Assert.Contains(QuantityTestText.Extract(sentence), f => f.Value == (decimal)value && f.Unit == "people");
    }

    [Fact]
    public void StillReadsAYearBeforeAVerbAsAYear()
    {
        Assert.Empty(QuantityTestText.Extract("In the end 1999 had been a hard year for the town."));
    }

    [Fact]
    public void EndsAFiguresEvidenceWhereAPronounOpensAClause()
    {
        var fact = QuantityTestText.Extract("He admitted 12 charges on condition they would drop the death penalty.")[0];
        Assert.Equal("admitted 12 charges", fact.Evidence.Text);
    }

    [Fact]
    public void KeepsAHeadlineTollTheBodyOnlyTellsOneByOne()
    {
        var facts = QuantityTestText.Extract("Bus crash leaves two dead\n\nOne passenger died at the scene and another later in hospital. The bus had two drivers.");
        var toll = Assert.Single(facts, f => f.Value == 2m && f.Category == QuantityCategory.Casualties);
        Assert.Equal("two dead", toll.Evidence.Text);
    }

    [Fact]
    public void SkipsAHeadlineTollTheBodyRepeatsInOtherWords()
    {
        var facts = QuantityTestText.Extract("Bus crash leaves two dead\n\nTwo passengers were killed when the bus overturned.");
        Assert.Single(facts);
    }

    [Fact]
    public void ReadsTheBodyAfterTheHeadline()
    {
        var facts = QuantityTestText.Extract("Border clash\n\nFive soldiers were killed on Monday.");
        Assert.Single(facts);
        Assert.Equal(5m, facts[0].Value);
    }
}

public class NonCountPhraseTests
{
    [Theory]
    [InlineData("They analysed the three-dimensional structures.")]
    [InlineData("He is known for two-handed tapping.")]
    [InlineData("A statement came from 10 Downing Street on Monday.")]
    [InlineData("The new clinic opens in Tampines Avenue 5 next month.")]
    [InlineData("The fire spread between blocks in Jurong West Street 52 and 64 overnight.")]
    [InlineData("The temple dates from about 664 b.c.e. in the delta.")]
    [InlineData("If one takes the train, the trip is short.")]
    [InlineData("It was ruled by the twenty-sixth dynasty.")]
    [InlineData("When he was four-and-a-half, he started school.")]
    [InlineData("One of their daughters phoned 911 after the fight.")]
    public void IgnoresNumbersInsideAdjectivesAddressesAndEras(string sentence)
    {
        Assert.Empty(QuantityTestText.Extract(sentence));
    }

    [Theory]
    [InlineData("Three candidates withdrew on Monday.", "candidates")]
    [InlineData("He is survived by two sons Wyatt and Chris.", "sons")]
    [InlineData("After the vote, three candidates withdrew from the race.", "candidates")]
    public void EndsTheCountedPhraseBeforeAVerbOrAName(string sentence, string about)
    {
        Assert.StartsWith(about, QuantityTestText.First(sentence).About);
    }

    [Fact]
    public void DoesNotTakeAVerbAsTheCountedNoun()
    {
        Assert.Empty(QuantityTestText.Extract("In the end, four came."));
    }
}

public class IndividualOneTests
{
    [Theory]
    [InlineData("One activist, Nur Khan Liton, said arson was used.")]
    [InlineData("One study noted that skins were seized.")]
    [InlineData("The survey found one interviewee said he agreed.")]
    [InlineData("He ran for a second time in 2016.")]
    [InlineData("Not every problem can be settled in one meeting.")]
    [InlineData("They finished the job in one go.")]
    public void IgnoresOneThatPicksOutAnIndividual(string sentence)
    {
        Assert.Empty(QuantityTestText.Extract(sentence));
    }

    [Theory]
    [InlineData("He saw 35 bodies in one hospital.", 2)]
    [InlineData("One person was killed in the blast.", 1)]
    [InlineData("The vote failed by one vote.", 1)]
    public void CountsOneWhenItCountsSomething(string sentence, int count)
    {
        Assert.Equal(count, QuantityTestText.Extract(sentence).Count);
    }
}

public class YearLikeCountTests
{
    [Theory]
    [InlineData("The archive now holds over 1500 rare recordings.", 1500)]
    [InlineData("Nearly 1200 volunteers signed up this spring.", 1200)]
    public void ABoundedFourDigitNumberBeforeAPluralCounts(string sentence, double value)
    {
        Assert.Equal((decimal)value, QuantityTestText.Single(sentence).Value);
    }

    [Fact]
    public void AYearAfterAPrepositionStaysAYear()
    {
        Assert.Empty(QuantityTestText.Extract("The chapel was built around 1450 by local masons."));
    }
}

public class StormCategoryTests
{
    [Theory]
    [InlineData("The cyclone grew into a Category 4 storm overnight.", 4)]
    [InlineData("Forecasters expect the hurricane to reach category 2 by Friday.", 2)]
    public void AStormsCategoryIsAMeasure(string sentence, double value)
    {
        var fact = QuantityTestText.Single(sentence);
        Assert.Equal((decimal)value, fact.Value);
        Assert.Equal("category", fact.Unit);
        Assert.Equal("storm category", fact.About);
    }

    [Fact]
    public void ACategoryOutsideAStormIsALabel()
    {
        Assert.Empty(QuantityTestText.Extract("The grant falls under category 3 of the scheme."));
    }
}
