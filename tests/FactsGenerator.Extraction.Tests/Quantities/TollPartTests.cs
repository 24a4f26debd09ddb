using System.Linq;
using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Tests.Quantities;

public class TollPartTests
{
    [Fact]
    public void APartOfThemAfterADeathTollCountsTheDead()
    {
        var facts = QuantityTestText.Extract("Officials said 28 people drowned in the delta, 11 of them in one fishing village.");
        var part = Assert.Single(facts, f => f.Value == 11m);
        Assert.Equal("people", part.Unit);
        Assert.Equal(QuantityCategory.Casualties, part.Category);
        Assert.Contains("11 of them", part.Evidence.Text);
    }

    [Fact]
    public void APartOfThoseInjuredAfterWithKeepsTheInjury()
    {
        var facts = QuantityTestText.Extract("More than 60 people were injured, with nine of them in critical condition, the ministry said.");
        var part = Assert.Single(facts, f => f.Value == 9m);
        Assert.Equal(QuantityCategory.Casualties, part.Category);
        Assert.Equal("people", part.Unit);
    }

    [Fact]
    public void HowBadlyAPartWasHurtCountsPeopleShot()
    {
        var facts = QuantityTestText.Extract("Five people were shot, two fatally, outside a bar in the old town.");
        var part = Assert.Single(facts, f => f.Value == 2m);
        Assert.Equal(QuantityCategory.Casualties, part.Category);
        Assert.Contains("two fatally", part.Evidence.Text);
    }

    [Fact]
    public void TheSameTollComparedWithAnotherPeriodIsATollToo()
    {
        var facts = QuantityTestText.Extract("Coroners recorded 210 deaths during the storm week, compared to just 38 in the same week last year.");
        var earlier = Assert.Single(facts, f => f.Value == 38m);
        Assert.Equal(QuantityCategory.Casualties, earlier.Category);
        Assert.Equal("people", earlier.Unit);
    }

    [Fact]
    public void AnotherFigureAfterWithAddsToTheToll()
    {
        var facts = QuantityTestText.Extract("The county confirmed 40 overdose deaths, with another 115 under review.");
        var more = Assert.Single(facts, f => f.Value == 115m);
        Assert.Equal(QuantityCategory.Casualties, more.Category);
        Assert.Contains("another 115", more.Evidence.Text);
    }

    [Theory]
    [InlineData("Four climbers died on the mountain on Tuesday, with another 12 reaching the summit safely.", 12)]
    [InlineData("Three divers drowned off the Velm reef, with another 20 rescued by the coastguard.", 20)]
    [InlineData("Two porters died in the rockfall, with another eight who walked down unhurt.", 8)]
    public void AnotherFigureThatDidSomethingElseIsNoMoreOfTheToll(string sentence, int count)
    {
        var others = Assert.Single(QuantityTestText.Extract(sentence), f => f.Value == count);
        Assert.NotEqual(QuantityCategory.Casualties, others.Category);
    }

    [Fact]
    public void AnotherFigureStillMissingOrInHospitalAddsToTheToll()
    {
        var facts = QuantityTestText.Extract("Five miners were killed in the Orrin pit, with another 14 in hospital.");
        Assert.Equal(QuantityCategory.Casualties, Assert.Single(facts, f => f.Value == 14m).Category);
    }

    [Fact]
    public void APartWithAVerbOfItsOwnDoesNotTakeTheToll()
    {
        var facts = QuantityTestText.Extract("Nine climbers were trapped on the ridge, four of them were rescued by helicopter.");
        Assert.DoesNotContain(facts, f => f.Value == 4m && f.Category == QuantityCategory.Casualties);
    }

    [Fact]
    public void APartOfACountThatIsNoTollStaysOutOfTheToll()
    {
        var facts = QuantityTestText.Extract("The flames injured 12 people in 3 buildings, two of them in the school.");
        Assert.DoesNotContain(facts, f => f.Value == 2m && f.Category == QuantityCategory.Casualties);
    }

    [Fact]
    public void APartLargerThanTheTollIsNoPartOfIt()
    {
        var facts = QuantityTestText.Extract("Six people died in the crash, 40 of them in the first carriage.");
        Assert.DoesNotContain(facts, f => f.Value == 40m && f.Category == QuantityCategory.Casualties);
    }
}
