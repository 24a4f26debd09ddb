using System.Linq;

namespace FactsGenerator.Extraction.Tests.Quantities;

public class ElidedListItemTests
{
    [Fact]
    public void OnePairedByWithCountsWhatTheFigureBeforeCounted()
    {
        var facts = QuantityTestText.Extract("The studio has released six films, one with its rival.");
        var one = Assert.Single(facts, f => f.Value == 1m);
        Assert.Equal("films", one.Unit);
        Assert.Contains("one with its rival", one.Evidence.Text);
    }

    [Fact]
    public void OnePlacedByANameAfterAndIsOneMoreOfTheList()
    {
        var facts = QuantityTestText.Extract("Two climbers in Nepal and one in Bhutan have died of exposure this month.");
        var one = Assert.Single(facts, f => f.Value == 1m);
        Assert.Equal("people", one.Unit);
        Assert.Contains("one in Bhutan", one.Evidence.Text);
    }

    [Fact]
    public void TheEvidenceKeepsAPlaceNameOfSeveralWords()
    {
        var facts = QuantityTestText.Extract("Three wells in Alberta and one in New Brunswick were capped after the leak.");
        var one = Assert.Single(facts, f => f.Value == 1m);
        Assert.Equal("wells", one.Unit);
        Assert.Contains("one in New Brunswick", one.Evidence.Text);
    }

    [Fact]
    public void AnItemAfterANationalityCountsPeople()
    {
        var facts = QuantityTestText.Extract("Six tourists were hurt; they were two Chileans, one from Peru, and three from Spain.");
        var one = Assert.Single(facts, f => f.Value == 1m);
        Assert.Equal("people", one.Unit);
        Assert.Equal("people", one.About);
    }

    [Fact]
    public void OneInTenIsNoItemOfTheList()
    {
        var facts = QuantityTestText.Extract("Four schools closed on Monday, and one in ten pupils stayed at home.");
        Assert.DoesNotContain(facts, f => f.Value == 1m && f.Unit == "schools");
    }

    [Fact]
    public void OneWithoutAFigureBeforeStaysAPronoun()
    {
        var facts = QuantityTestText.Extract("The mayor praised the volunteers, and one in particular was thanked by name.");
        Assert.DoesNotContain(facts, f => f.Value == 1m);
    }
}
