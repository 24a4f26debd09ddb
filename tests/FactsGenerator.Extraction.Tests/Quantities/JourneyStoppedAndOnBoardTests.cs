using System.Linq;
using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Tests.Quantities;

/// <summary>
/// In a report on migrants or refugees, people stopped on their journey ("were intercepted", "were apprehended"), people
/// "on board" a boat and the passengers a boat carries are the displaced on the move; outside such a report they stay `other`.
/// </summary>
public class JourneyStoppedAndOnBoardTests
{
    private const string Report = "Migrants keep making the crossing, and the navy says more refugees are expected. ";

    [Theory]
    [InlineData("The navy said 85 people were intercepted near the reef.", 85)]
    [InlineData("Some 12,000 people were apprehended at the border in June.", 12000)]
    [InlineData("About 60 people were on board the fishing boat.", 60)]
    [InlineData("About 70 people (men, women) were on board the dinghy.", 70)]
    [InlineData("Officials said 41 boats carrying 2,310 passengers were turned back this year.", 2310)]
    public void FilesPeopleOnTheJourneyAsDisplacedInAMigrationReport(string sentence, double value)
    {
        var fact = QuantityTestText.Extract(Report + sentence).Single(f => f.Value == (decimal)value);
        Assert.Equal(QuantityCategory.Displacement, fact.Category);
    }

    [Theory]
    [InlineData("The coast guard said 85 people were intercepted near the reef.", 85)]
    [InlineData("About 60 people were on board the ferry when it left port.", 60)]
    public void LeavesThemOtherOutsideAMigrationReport(string sentence, double value)
    {
        var fact = QuantityTestText.Extract(sentence).Single(f => f.Value == (decimal)value);
        Assert.Equal(QuantityCategory.Other, fact.Category);
    }

    [Fact]
    public void ReachesOnBoardOnlyWithinSixWords()
    {
        var fact = QuantityTestText.Extract(Report + "About 70 people said the old men they met later were on board.").Single(f => f.Value == 70m);
        Assert.NotEqual(QuantityCategory.Displacement, fact.Category);
    }

    [Fact]
    public void LeavesOfficersWhoStoppedThemAlone()
    {
        var fact = QuantityTestText.Extract(Report + "Some 300 officers were on board the patrol ships.").Single(f => f.Value == 300m);
        Assert.NotEqual(QuantityCategory.Displacement, fact.Category);
    }
}
