using System.Linq;
using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Tests.Quantities;

public class PartOfTotalAndAgeLimitTests
{
    [Fact]
    public void CountsThePartAndTheTotalOfTheSameNoun()
    {
        var facts = QuantityTestText.Extract("Organisers said 312 of the 1,450 visitors wore a hat.");
        var part = facts.Single(f => f.Value == 312m);
        var total = facts.Single(f => f.Value == 1450m);
        Assert.Equal("people", part.Unit);
        Assert.Equal("people", total.Unit);
        Assert.NotEqual("percent", part.Unit);
        Assert.Equal(Qualifier.Exact, part.Qualifier);
    }

    [Fact]
    public void LeavesWhatHappenedToThePartOffTheTotal()
    {
        var facts = QuantityTestText.Extract("The union said 14 of the 60 drivers were hurt.");
        Assert.Equal(QuantityCategory.Casualties, facts.Single(f => f.Value == 14m).Category);
        Assert.Equal(QuantityCategory.Other, facts.Single(f => f.Value == 60m).Category);
    }

    [Theory]
    [InlineData("Half of the 300 tenants were evacuated on Sunday.", 300)]
    [InlineData("Officials said most of the 80 miners were hurt.", 80)]
    public void LeavesWhatHappenedToAShareOffTheTotal(string sentence, double total)
    {
        Assert.Equal(QuantityCategory.Other, QuantityTestText.Extract(sentence).Single(f => f.Value == (decimal)total).Category);
    }

    [Fact]
    public void AFrontedTotalKeepsItsCategoryAndLendsItsNounToThePart()
    {
        var facts = QuantityTestText.Extract("Of the 250 climbers, 9 were injured in the storm.");
        Assert.Equal(QuantityCategory.Other, facts.Single(f => f.Value == 250m).Category);
        var part = facts.Single(f => f.Value == 9m);
        Assert.Equal(QuantityCategory.Casualties, part.Category);
        Assert.Equal("climbers injured", part.About);
    }

    [Fact]
    public void GivesWhatHappenedToAllOfTheTotalToTheTotal()
    {
        var facts = QuantityTestText.Extract("All of the 300 tenants were evacuated on Sunday.");
        Assert.Equal(QuantityCategory.Displacement, facts.Single(f => f.Value == 300m).Category);
    }

    [Fact]
    public void DoesNotReadAYearAsTheTotal()
    {
        Assert.DoesNotContain(QuantityTestText.Extract("The club won in week 4 of the 2021 Coastal Hockey League season."), f => f.Value == 4m && f.Unit == "leagues");
    }

    [Theory]
    [InlineData("Clinics will vaccinate children under five for free.", 5, Qualifier.FewerThan)]
    [InlineData("The pass is sold to those under 26, the council said.", 26, Qualifier.FewerThan)]
    [InlineData("Officials urged people over 70 to stay indoors.", 70, Qualifier.MoreThan)]
    [InlineData("The survey asked men aged over 50 about their diet.", 50, Qualifier.MoreThan)]
    public void ReadsALimitOnAGroupOfPeopleAsAnAge(string sentence, double value, Qualifier qualifier)
    {
        var fact = QuantityTestText.Single(sentence);
        Assert.Equal((decimal)value, fact.Value);
        Assert.Equal("years", fact.Unit);
        Assert.Equal(qualifier, fact.Qualifier);
        Assert.Equal(QuantityCategory.Other, fact.Category);
    }

    [Fact]
    public void ReadsAnAgeRangeOfAGroupInYears()
    {
        var fact = QuantityTestText.Single("The trial enrolled nurses between 25 and 40 from the city.");
        Assert.Equal(25m, fact.Value);
        Assert.Equal(40m, fact.UpperValue);
        Assert.Equal("years", fact.Unit);
    }

    [Fact]
    public void KeepsALimitOnThingsAsACount()
    {
        Assert.DoesNotContain(QuantityTestText.Extract("Scores under 10 were discarded."), f => f.Unit == "years");
    }

    [Fact]
    public void KeepsAnAgeLimitBesideAnAgeOfTheSameValue()
    {
        var facts = QuantityTestText.Extract("Pupils of 16 years of age may enrol. The rule bars those under 16, the minister said.");
        Assert.Equal(2, facts.Count(f => f.Value == 16m && f.Unit == "years"));
    }

    [Fact]
    public void ReadsTheBuriedAsDead()
    {
        Assert.Equal(QuantityCategory.Casualties, QuantityTestText.Single("Archivists believe 35 sailors buried at the site were never named.").Category);
    }

    [Theory]
    [InlineData("In the final tally, only one Conservative voted against the motion.", "Conservative")]
    [InlineData("One Democrat abstained from the second ballot.", "Democrat")]
    [InlineData("In committee, one independent opposed the plan.", "independent")]
    public void CountsOneMemberOfACampAsOnePerson(string sentence, string member)
    {
        var fact = QuantityTestText.Single(sentence);
        Assert.Equal(1m, fact.Value);
        Assert.Equal("people", fact.Unit);
        Assert.Contains(member, fact.About);
    }

    [Fact]
    public void DoesNotCountOneMemberWhoOnlySpeaks()
    {
        Assert.Empty(QuantityTestText.Extract("One Republican said the plan was flawed."));
    }
}
