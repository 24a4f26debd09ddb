using System.Linq;
using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Tests.Quantities;

/// <summary>
/// A part of a toll set off by spaced dashes ("nine missing fishermen - including three teenagers -") shares the toll's
/// event as the same part set off by commas does; a part of a count that is no toll stays what it was.
/// </summary>
public class DashedTollPartTests
{
    [Theory]
    [InlineData("Divers searched for at least nine missing fishermen \u2013 including three teenagers \u2013 off the cape.", 3)]
    [InlineData("Four hikers died and several remain missing \u2014 including two students from Lima \u2014 rangers said.", 2)]
    [InlineData("Eleven sailors were wounded \u2015 including five cadets \u2015 in the blast at the dock.", 5)]
    public void APartBetweenDashesSharesTheTollsEvent(string sentence, int part)
    {
        var fact = QuantityTestText.Extract(sentence).Single(f => f.Value == part);
        Assert.Equal(QuantityCategory.Casualties, fact.Category);
    }

    [Fact]
    public void APartAfterInjuriesTreatedInHospitalIsHurt()
    {
        var facts = QuantityTestText.Extract("Another 31 villagers are being treated in hospital for burns \u2014 including four infants, said a local official.");
        Assert.Equal(QuantityCategory.Casualties, facts.Single(f => f.Value == 31).Category);
        Assert.Equal(QuantityCategory.Casualties, facts.Single(f => f.Value == 4).Category);
    }

    [Fact]
    public void ACommaPartBeforeAReportingVerbKeepsTheEventBefore()
    {
        var fact = QuantityTestText.Extract("Twelve miners were hurt, including two foremen, said the mine's owner.").Single(f => f.Value == 2);
        Assert.Equal(QuantityCategory.Casualties, fact.Category);
    }

    [Theory]
    [InlineData("The choir has 70 singers \u2013 including two former mayors \u2013 and a long waiting list.", 2)]
    [InlineData("The pharmacy stocks creams for burns \u2014 including three new brands from Japan.", 3)]
    [InlineData("Nine climbers reached the summit \u2014 including two guides \u2014 before noon.", 2)]
    public void APartOfACountThatIsNoTollIsNoToll(string sentence, int part)
    {
        var fact = QuantityTestText.Extract(sentence).Single(f => f.Value == part);
        Assert.NotEqual(QuantityCategory.Casualties, fact.Category);
    }

    [Fact]
    public void ASentenceOpeningWithTheIncludedPartIsStillRead()
    {
        // (A stray comma left the part with nothing before it to look back into.)
        var part = Assert.Single(QuantityTestText.Extract(", including five children were hurt."), f => f.Value == 5m);
        Assert.Equal(5m, part.Value);
    }
}
