using System.Linq;
using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Tests.Quantities;

public class CountedElsewhereTests
{
    [Fact]
    public void NumberOfReachesPastALongModifierWithAHyphenatedName()
    {
        var fact = QuantityTestText.Single("On Monday the number of recorded deaths tied to the H5N1-like strain in the region passed 3,000, officials said.");
        Assert.Equal(3000m, fact.Value);
        Assert.Equal("people", fact.Unit);
        Assert.Equal(QuantityCategory.Casualties, fact.Category);
    }

    [Fact]
    public void ACasualtyNounAsSubjectIsWhatTheNumberCounts()
    {
        var fact = QuantityTestText.First("By Friday the confirmed fatalities had climbed to 48.");
        Assert.Equal(48m, fact.Value);
        Assert.Equal("people", fact.Unit);
        Assert.Equal(QuantityCategory.Casualties, fact.Category);
    }

    [Fact]
    public void AHyphenatedNameWithANumberStaysInsideTheCountedPhrase()
    {
        var fact = QuantityTestText.Single("The clinic treated 15 flu-19-related injuries last week.");
        Assert.Equal(QuantityCategory.Casualties, fact.Category);
    }

    [Fact]
    public void AListByPlaceCountsWhatItsFirstFigureCounted()
    {
        var facts = QuantityTestText.Extract("The agency counted 14 injured people in Springfield, 9 in Shelbyville and three in Ogdenville.");
        Assert.Equal(new decimal?[] { 14m, 9m, 3m }, facts.Select(f => f.Value).ToArray());
        Assert.All(facts, f => Assert.Equal(QuantityCategory.Casualties, f.Category));
        Assert.All(facts, f => Assert.Equal("people", f.Unit));
    }

    [Fact]
    public void ABareNumberAfterAFigureWithoutAPlaceIsNoListByPlace()
    {
        // The 12 are not more of the killed soldiers (people kept in hospital are hurt: PatientStateTests).
        var facts = QuantityTestText.Extract("Four soldiers were killed and 12 remain in hospital.");
        Assert.DoesNotContain(facts, f => f.Value == 12m && f.About.Contains("killed", System.StringComparison.Ordinal));
    }
}

public class PartOfAWholeAndStrengthTests
{
    [Fact]
    public void BothNumbersOfOutOfCountTheNounAfterThem()
    {
        var facts = QuantityTestText.Extract("The coalition took 12 out of 15 of the county's wards.");
        Assert.Equal(new decimal?[] { 12m, 15m }, facts.Select(f => f.Value).ToArray());
        Assert.All(facts, f => Assert.Equal("wards", f.Unit));
    }

    [Fact]
    public void AStrengthCountsPeople()
    {
        var fact = QuantityTestText.Single("Supporters gathered 8,000 strong outside the palace.");
        Assert.Equal("people", fact.Unit);
        Assert.EndsWith("8,000 strong", fact.Evidence.Text);
    }

    [Theory]
    [InlineData("Gusts reached 60 km/h overnight.", "km/h")]
    [InlineData("Gusts reached 60 miles per hour overnight.", "mph")]
    public void ASpeedWithASlashIsKilometresPerHour(string sentence, string unit)
    {
        Assert.Equal(unit, QuantityTestText.Single(sentence).Unit);
    }
}

public class OthersStandForTheThingCountedBeforeTests
{
    [Theory]
    [InlineData("The league plays in nine cities, with exhibition games in 14 others.", 14.0, "cities")]
    [InlineData("The chain opened six bakeries in spring and a few others in autumn.", null, "bakeries")]
    public void OthersCountTheNounOfTheFigureBefore(string sentence, double? value, string unit)
    {
        var facts = QuantityTestText.Extract(sentence);
        var fact = facts.Single(f => f.Evidence.Text.EndsWith("others", System.StringComparison.Ordinal));
        Assert.True(unit == fact.Unit, string.Join("; ", facts.Select(f => f.Evidence.Text + " = " + f.Value + " " + f.Unit)));
        Assert.Equal((decimal?)value, fact.Value);
    }

    [Theory]
    [InlineData("The patrol arrested two smugglers and questioned five others.")]
    [InlineData("The blast killed three soldiers and wounded five others.")]
    public void OthersAfterPeopleStayPeople(string sentence)
    {
        Assert.Equal("people", QuantityTestText.Extract(sentence).Single(f => f.Evidence.Text.EndsWith("others", System.StringComparison.Ordinal)).Unit);
    }

    [Theory]
    [InlineData("Two of us stayed behind to pack the van.", 2)]
    [InlineData("The four of you will share the cabin.", 4)]
    public void APartOfUsOrYouCountsPeople(string sentence, int value)
    {
        var fact = QuantityTestText.Extract(sentence).Single(f => f.Value == value);
        Assert.Equal("people", fact.Unit);
    }

    [Fact]
    public void APartOfThemCountsTheThingCountedBefore()
    {
        var facts = QuantityTestText.Extract("The lab grew five cultures, and three of them survived the heat.");
        var part = facts.Single(f => f.Value == 3m);
        Assert.Equal("cultures", part.Unit);
        Assert.StartsWith("three of them", part.Evidence.Text, System.StringComparison.Ordinal);
    }

    [Fact]
    public void AFigureWithItsOwnSubjectBorrowsNoNounFromTheSentenceBefore()
    {
        var facts = QuantityTestText.Extract("The clinic vaccinated 80 children on Monday. The new single peaked at 19 in the charts.");
        Assert.DoesNotContain(facts, f => f.Value == 19m && f.Unit == "children");
    }
}

public class NamedCountTests
{
    [Theory]
    [InlineData("By Sunday the death count had climbed to 73.", 73.0)]
    [InlineData("Officials put the body count at 19.", 19.0)]
    public void ADeathOrBodyCountIsAToll(string sentence, double value)
    {
        var fact = QuantityTestText.Single(sentence);
        Assert.Equal((decimal)value, fact.Value);
        Assert.Equal(QuantityCategory.Casualties, fact.Category);
    }

    [Fact]
    public void AHeadCountIsNoToll()
    {
        Assert.DoesNotContain(QuantityTestText.Extract("The head count reached 40 by noon."), f => f.Category == QuantityCategory.Casualties);
    }
}
