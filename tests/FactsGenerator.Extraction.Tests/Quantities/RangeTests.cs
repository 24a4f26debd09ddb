using System.Linq;
using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Tests.Quantities;

public class RangeTests
{
    [Theory]
    [InlineData("Between 36 and 40 people died in the fire.", 36, 40)]
    [InlineData("Support fell to 16-17 percent in the poll.", 16, 17)]
    [InlineData("Support fell to 16\u201317 percent in the poll.", 16, 17)]
    [InlineData("The repairs will cost between $5 and $7 billion.", 5000000000, 7000000000)]
    [InlineData("The trip takes 10 to 12 hours by bus.", 10, 12)]
    [InlineData("The survey found a failure rate of 6% to 11% in old pumps.", 6, 11)]
    [InlineData("Turnout was between 60 percent and 70 percent in the villages.", 60, 70)]
    [InlineData("Damage estimates ranged from 45% to 60% of the houses.", 45, 60)]
    public void ReadsARangeAsOneFactWithAnUpperValue(string sentence, double lower, double upper)
    {
        var fact = QuantityTestText.Single(sentence);
        Assert.Equal((decimal)lower, fact.Value);
        Assert.Equal((decimal)upper, fact.UpperValue);
        Assert.Equal(Qualifier.AtLeast, fact.Qualifier);
    }

    [Fact]
    public void ReadsARevisionAsTwoFactsWithDistinctNames()
    {
        var facts = QuantityTestText.Extract("The death toll rose from fourteen to 31 on Tuesday.");
        Assert.Equal(new decimal?[] { 14m, 31m }, facts.Select(f => f.Value).ToArray());
        Assert.All(facts, f => Assert.Equal(QuantityCategory.Casualties, f.Category));
        Assert.Equal("DeathToll", facts[1].Name);
        Assert.Equal("DeathTollEarlier", facts[0].Name);
    }

    [Fact]
    public void KeepsRangeEvidenceWhole()
    {
        Assert.Equal("Between 36 and 40 people died", QuantityTestText.Single("Between 36 and 40 people died in the fire.").Evidence.Text);
    }
}

public class RangeOrRevisionTests
{
    [Fact]
    public void ReadsFromToWithoutAChangeVerbAsARange()
    {
        var fact = QuantityTestText.Single("The injured ranged in age from eleven to 75.");
        Assert.Equal(11m, fact.Value);
        Assert.Equal(75m, fact.UpperValue);
    }

    [Theory]
    [InlineData("The toll climbed from 9 to 20 overnight.")]
    [InlineData("Officials revised the death toll from twelve to 15.")]
    public void ReadsFromToAfterAChangeVerbAsARevision(string sentence)
    {
        Assert.Equal(2, QuantityTestText.Extract(sentence).Count);
    }

    [Fact]
    public void KeepsTheChangeVerbInTheEarlierFiguresEvidence()
    {
        var facts = QuantityTestText.Extract("The count of stranded hikers climbed from six to eleven overnight.");
        Assert.Equal("climbed from six to eleven", facts.Single(f => f.Value == 6m).Evidence.Text);
    }

    [Theory]
    [InlineData("Rescuers said the death toll grew from three to eight Thursday at the quarry.")]
    [InlineData("The toll of the blast went from 5 to 12 Saturday, police said.")]
    public void NeverCountsAWeekdayAfterARevision(string sentence)
    {
        var facts = QuantityTestText.Extract(sentence);
        Assert.Equal(2, facts.Count);
        Assert.All(facts, f => Assert.Equal("people", f.Unit));
    }

    [Fact]
    public void ReadsTheNounWrittenOnceAfterTheFirstFigureOfARevision()
    {
        var facts = QuantityTestText.Extract("Rescuers raised the death toll of the flood from four people to nine because of a mudslide.");
        Assert.Equal(new decimal?[] { 4m, 9m }, facts.Select(f => f.Value).ToArray());
        Assert.All(facts, f => Assert.Equal("people", f.Unit));
        Assert.All(facts, f => Assert.Equal(QuantityCategory.Casualties, f.Category));
    }

    [Fact]
    public void ReadsTheTimeUnitWrittenOnceAfterTheFirstFigure()
    {
        var facts = QuantityTestText.Extract("The vendor cut the support period of the tablet from 8 years to 3.");
        Assert.Equal(new decimal?[] { 8m, 3m }, facts.Select(f => f.Value).ToArray());
        Assert.All(facts, f => Assert.Equal("years", f.Unit));
    }

    [Fact]
    public void CountsPlainPeopleAfterATollAsDead()
    {
        Assert.Equal(QuantityCategory.Casualties, QuantityTestText.Single("By Friday the death toll had reached 30 people.").Category);
    }
}

public class NumberOfTests
{
    [Fact]
    public void CountsTheNounAfterNumberOf()
    {
        var fact = QuantityTestText.Single("The number of deaths rose to 45 on Monday.");
        Assert.Equal(45m, fact.Value);
        Assert.Equal(QuantityCategory.Casualties, fact.Category);
    }

    [Fact]
    public void ReadsAFallFromToAsARevision()
    {
        var facts = QuantityTestText.Extract("The county cut the number of polling stations from 240 to 7.");
        Assert.Equal(new[] { "PollingStationsEarlier", "PollingStations" }, facts.Select(f => f.Name).ToArray());
        Assert.All(facts, f => Assert.Equal("stations", f.Unit));
    }

    [Fact]
    public void ReadsSeveralTensOfThousandsAsOneVagueCount()
    {
        var fact = QuantityTestText.Single("The rally drew several tens of thousands of people.");
        Assert.Null(fact.Value);
        Assert.Equal("drew several tens of thousands of people", fact.Evidence.Text);
    }

    [Fact]
    public void ReadsPercentagePoints()
    {
        Assert.Equal("percentage points", QuantityTestText.Single("Support rose by 10 percentage points.").Unit);
    }

    [Fact]
    public void ReadsFallingSharesWithTheUnitTwiceAsTwoFigures()
    {
        var facts = QuantityTestText.Extract("The mayor led her rival 51 percent to 44 percent.");
        Assert.Equal(new decimal?[] { 51m, 44m }, facts.Select(f => f.Value).ToArray());
        Assert.All(facts, f => Assert.Equal(Qualifier.Exact, f.Qualifier));
    }

    [Fact]
    public void ReadsBothSidesOfAShareTally()
    {
        var facts = QuantityTestText.Extract("In the latest poll the mayor led her rival 51.5 to 44 percent.");
        Assert.Equal(new decimal?[] { 51.5m, 44m }, facts.Select(f => f.Value).ToArray());
        Assert.All(facts, f => Assert.Equal("percent", f.Unit));
        Assert.All(facts, f => Assert.Equal(Qualifier.Exact, f.Qualifier));
    }
}

public class ApproximateRangeTests
{
    [Fact]
    public void AnApproximateRangeKeepsAboutForBothEnds()
    {
        var fact = QuantityTestText.Single("Around 300 to 500 fans waited outside the stadium.");
        Assert.Equal(300m, fact.Value);
        Assert.Equal(500m, fact.UpperValue);
        Assert.Equal(Qualifier.About, fact.Qualifier);
    }

    [Fact]
    public void TwoRangesWithTheSameLowerEndAreBothKept()
    {
        var facts = QuantityTestText.Extract("The first model gave 2-4 and the second model gave 2-3.");
        Assert.Equal(new decimal?[] { 4m, 3m }, facts.Select(f => f.UpperValue).ToArray());
    }
}

public class AlternativeFiguresTests
{
    [Fact]
    public void OneOrTwoHundredSharesTheScaleAndStaysExact()
    {
        var fact = QuantityTestText.Single("The shelter hopes to house one or two hundred dogs.");
        Assert.Equal(100m, fact.Value);
        Assert.Equal(200m, fact.UpperValue);
        Assert.Equal(Qualifier.Exact, fact.Qualifier);
    }

    [Theory]
    [InlineData("The orchard lost six or seven trees in the gale.", 6, "six or seven trees")]
    [InlineData("She began painting at the age of 14 or 15.", 14, "age of 14 or 15")]
    [InlineData("The bakery opened 9 or 10 years ago.", 9, "9 or 10 years ago")]
    [InlineData("One or two volunteers sweep the hall each morning.", 1, "One or two volunteers")]
    [InlineData("The paint needs two-three days to dry.", 2, "two-three days")]
    public void TwoWholeNumbersJoinedByOrAreOneRoughFigure(string sentence, double value, string evidence)
    {
        var fact = QuantityTestText.Single(sentence);
        Assert.Equal((decimal)value, fact.Value);
        Assert.Null(fact.UpperValue);
        Assert.Equal(Qualifier.About, fact.Qualifier);
        Assert.Contains(evidence, fact.Evidence.Text);
    }

    [Fact]
    public void AStatedQualifierOutranksTheRoughAlternative()
    {
        var fact = QuantityTestText.Single("More than 30 or 40 kites flew over the beach.");
        Assert.Equal(30m, fact.Value);
        Assert.Equal(Qualifier.MoreThan, fact.Qualifier);
    }

    [Fact]
    public void ADigitRangeWithAHyphenStillBoundsItsEnds()
    {
        var fact = QuantityTestText.Single("The paint needs 2-3 days to dry.");
        Assert.Equal(3m, fact.UpperValue);
        Assert.Equal(Qualifier.AtLeast, fact.Qualifier);
    }

    [Fact]
    public void ARangeWithToStillBoundsItsEnds()
    {
        Assert.Equal(Qualifier.AtLeast, QuantityTestText.Single("The shelter hopes to house three to four hundred dogs.").Qualifier);
    }
}

public class CountedActTests
{
    [Theory]
    [InlineData("He was convicted of six murders in the region.", "murders")]
    [InlineData("Police investigated four shootings over the weekend.", "shootings")]
    public void AnActOfViolenceIsCountedAsItself(string sentence, string unit)
    {
        var fact = QuantityTestText.Single(sentence);
        Assert.Equal(unit, fact.Unit);
    }
}

public class PluralPossessiveTollTests
{
    [Theory]
    [InlineData("The inquiry blamed the yard for nine welders' deaths.")]
    [InlineData("The inquiry blamed the yard for nine welders\u2019 deaths.")]
    public void ATollOwnedByAPluralCountsThePossessorsAsCasualties(string sentence)
    {
        var fact = QuantityTestText.Single(sentence);
        Assert.Equal(9m, fact.Value);
        Assert.Equal("people", fact.Unit);
        Assert.Equal(QuantityCategory.Casualties, fact.Category);
    }

    [Fact]
    public void AnyOtherNounOwnedByAPluralLeavesThePossessorsCounted()
    {
        var fact = QuantityTestText.Single("The permit needs three inspectors' signatures.");
        Assert.Equal("people", fact.Unit);
    }
}
