using System.Linq;
using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Tests.Quantities;

public class AgeTests
{
    [Theory]
    [InlineData("The girls were all aged fifteen.", 15, "years")]
    [InlineData("Police believe him to be aged 25.", 25, "years")]
    [InlineData("She died on Monday at the age of 95.", 95, "years")]
    [InlineData("The man was 45 years old.", 45, "years")]
    [InlineData("A 67-year-old man was charged.", 67, "years")]
    [InlineData("An eleven-month-old boy was rescued.", 11, "months")]
    [InlineData("A 58-year old farmer was questioned.", 58, "years")]
    [InlineData("The three-month old puppy was adopted.", 3, "months")]
    [InlineData("The princess, 67, announced her candidacy.", 67, "years")]
    [InlineData("Another cousin, 23, runs the bakery now.", 23, "years")]
    [InlineData("My neighbour, 81, still swims daily.", 81, "years")]
    [InlineData("The victim, Andrew Kinsman, 49, was reported missing.", 49, "years")]
    [InlineData("The pilot (52) was unhurt.", 52, "years")]
    [InlineData("She lived to 103 years of age.", 103, "years")]
    [InlineData("The painter died at 88 in his Paris home.", 88, "years")]
    [InlineData("She moved abroad when she was 19 and never returned.", 19, "years")]
    [InlineData("He began painting when he was 7, long before art school.", 7, "years")]
    [InlineData("She joined the council in 1990, when she was about 41.", 41, "years")]
    [InlineData("He was 22 and working as a baker at the time.", 22, "years")]
    [InlineData("I was 16 when I left the farm.", 16, "years")]
    [InlineData("The court jailed Tom Briggs, now 31, for the fraud.", 31, "years")]
    public void ReadsAgesAsOtherFiguresInYearsOrMonths(string sentence, double value, string unit)
    {
        var fact = QuantityTestText.Single(sentence);
        Assert.Equal((decimal)value, fact.Value);
        Assert.Equal(unit, fact.Unit);
        Assert.Equal(QuantityCategory.Other, fact.Category);
        Assert.Contains("Age", fact.Name);
    }

    [Fact]
    public void ReadsAHedgedPredicateAgeWithItsHedge()
    {
        var fact = QuantityTestText.Single("She joined the council in 1990, when she was about 41.");
        Assert.Equal(Qualifier.About, fact.Qualifier);
    }

    [Theory]
    [InlineData("He was 22 minutes late for the vote.")]
    [InlineData("It was 22 and falling by the evening.")]
    [InlineData("She was more than 22 points ahead.")]
    public void DoesNotReadACountAfterAPronounAsAnAge(string sentence)
    {
        Assert.DoesNotContain(QuantityTestText.Extract(sentence), f => f.Unit == "years");
    }

    [Fact]
    public void ReadsEveryAgeOfAList()
    {
        var facts = QuantityTestText.Extract("The victims were aged nine, ten, thirteen and 49.");
        Assert.Equal(new decimal?[] { 9m, 10m, 13m, 49m }, facts.Select(f => f.Value).ToArray());
        Assert.All(facts, f => Assert.Equal("years", f.Unit));
        Assert.Equal("ten", facts[1].Evidence.Text);
    }

    [Fact]
    public void NamesTheAgeAfterThePersonWhenKnown()
    {
        Assert.Equal("BoyAgeMonths", QuantityTestText.Single("An eleven-month-old boy was rescued.").Name);
    }

    [Fact]
    public void KeepsOnePersonsAgeOnceWhenRepeated()
    {
        Assert.Single(QuantityTestText.Extract("The mayor was 64 years old. The 64-year-old mayor left home on Thursday."));
    }

    [Fact]
    public void DoesNotReadACountInATimeClauseAsAnAge()
    {
        Assert.DoesNotContain(QuantityTestText.Extract("He was happy when he was 3 goals ahead."), f => f.Unit == "years");
    }

    [Fact]
    public void DoesNotReadALargeNumberAfterANameAsAnAge()
    {
        Assert.Empty(QuantityTestText.Extract("He wrote to Smith, 1500, about it."));
    }

    [Fact]
    public void ReadsTheLowerEndOfAnAgeSpanAsAnAge()
    {
        var facts = QuantityTestText.Extract("The clinic treats infants between nine months and four years of age.");
        Assert.Contains(facts, f => f.Value == 9m && f.Category == QuantityCategory.Other);
    }

    [Fact]
    public void KeepsASpanOfTimeBeforeAnotherDurationADuration()
    {
        var facts = QuantityTestText.Extract("The works lasted between six months and two years in total.");
        Assert.Contains(facts, f => f.Value == 6m && f.Category == QuantityCategory.Duration);
    }
}

public class AgeAfterAnEarlierMeasureTests
{
    [Fact]
    public void AnAgeSetOffByCommasTakesNoUnitFromTheSentenceBefore()
    {
        var facts = QuantityTestText.Extract("The parcel weighed 30 kg. Another courier, 19, carried it upstairs.");
        Assert.Equal("years", facts.Single(f => f.Value == 19m).Unit);
    }
}

public class AgeBoundTests
{
    [Theory]
    [InlineData("Every citizen over the age of 21 may stand for the council.", 21, Qualifier.MoreThan)]
    [InlineData("Pupils under the age of 11 need a guardian on the trip.", 11, Qualifier.FewerThan)]
    [InlineData("The painter retired at the age of 64.", 64, Qualifier.Exact)]
    public void ABoundBeforeTheAgeOfLimitsTheAge(string sentence, double value, Qualifier qualifier)
    {
        var fact = QuantityTestText.Single(sentence);
        Assert.Equal((decimal)value, fact.Value);
        Assert.Equal("years", fact.Unit);
        Assert.Equal(qualifier, fact.Qualifier);
    }
}

public class BetweenAgesTests
{
    [Fact]
    public void ReadsBetweenTheAgesOfAsTheExactEndsOfAnAgeSpan()
    {
        var facts = QuantityTestText.Extract("Pupils between the ages of 11 and 16 may apply.");
        Assert.Contains(facts, f => f.Value == 11m && f.Unit == "years" && f.Qualifier == Model.Qualifier.Exact && f.Category == Model.QuantityCategory.Other);
        Assert.Contains(facts, f => f.Value == 16m && f.Unit == "years" && f.Qualifier == Model.Qualifier.Exact && f.Evidence.Text.StartsWith("between", System.StringComparison.Ordinal));
    }

    [Fact]
    public void ReadsTheOldestAgeBetweenTheAgesWhateverWordFollowsIt()
    {
        var facts = QuantityTestText.Extract("Drivers between the ages of 18 and 24 pay more for cover.");
        Assert.Contains(facts, f => f.Value == 24m && f.Unit == "years" && f.Category == Model.QuantityCategory.Other);
        Assert.DoesNotContain(facts, f => f.Value == 24m && f.Unit != "years");
    }

    [Theory]
    [InlineData("The scheme pays for apprentices aged 16 to 19 years.", 16, 19)]
    [InlineData("Volunteers at the shelter range in age from 19 to 83.", 19, 83)]
    [InlineData("The trial enrolled nurses between 25 and 40 from the city.", 25, 40)]
    [InlineData("Teenagers aged 13-17 joined the workshop.", 13, 17)]
    public void ReadsTheEndsOfAnAgeSpanAsExactAges(string sentence, double youngest, double oldest)
    {
        var fact = QuantityTestText.Single(sentence);
        Assert.Equal((decimal)youngest, fact.Value);
        Assert.Equal((decimal)oldest, fact.UpperValue);
        Assert.Equal(Model.Qualifier.Exact, fact.Qualifier);
        Assert.Equal("years", fact.Unit);
        Assert.Equal(Model.QuantityCategory.Other, fact.Category);
    }

    [Fact]
    public void KeepsARangeOfYearsThatIsNoAgeAsBounds()
    {
        var fact = QuantityTestText.Single("The repairs will take 10 to 12 years.");
        Assert.Equal(Model.Qualifier.AtLeast, fact.Qualifier);
        Assert.Equal(Model.QuantityCategory.Duration, fact.Category);
    }

    [Theory]
    [InlineData("The survey asked 12 to 15 year olds about their sleep.", 12)]
    [InlineData("The club now admits 17-year-olds as members.", 17)]
    [InlineData("Most of the new recruits were 18 year olds from the coast.", 18)]
    public void ReadsYearOldsAsTheAgeOfAGroup(string sentence, double age)
    {
        var fact = QuantityTestText.First(sentence);
        Assert.Equal((decimal)age, fact.Value);
        Assert.Equal("years", fact.Unit);
        Assert.Equal(Model.QuantityCategory.Other, fact.Category);
        Assert.Contains("Age", fact.Name);
    }

    [Fact]
    public void KeepsAnAgeAfterTheAgeOfExact()
    {
        var fact = QuantityTestText.First("She started racing at the age of 12 in Leeds.");
        Assert.Equal(12m, fact.Value);
        Assert.Equal(Model.Qualifier.Exact, fact.Qualifier);
    }
}

public class AgeListEndTests
{
    [Fact]
    public void AFigureWithItsOwnNounEndsAListOfAges()
    {
        var facts = QuantityTestText.Extract("The van carried the driver, aged 52, his niece, aged 9, and four others.");
        Assert.Contains(facts, f => f.Value == 4m && f.Unit == "people");
        Assert.DoesNotContain(facts, f => f.Value == 4m && f.Unit == "years");
    }

    [Fact]
    public void ABareFigureStillContinuesAListOfAges()
    {
        var facts = QuantityTestText.Extract("The pupils were aged eight, nine and 11.");
        Assert.Contains(facts, f => f.Value == 11m && f.Unit == "years");
    }
}
