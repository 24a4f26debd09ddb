using System.Linq;
using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Tests.Quantities;

/// <summary>
/// In a report on refugees or migrants, people counted on their journey (aboard, carried, crossing, arriving) are
/// displaced; the same words in another report, and other figures of a migration report, stay `other`.
/// </summary>
public class JourneyDisplacementTests
{
    private const string MigrationReport =
        "Refugees keep reaching the coast. Aid groups say the migrants pay smugglers for the trip. ";

    [Theory]
    [InlineData("Survivors said about 250 people were aboard the dinghy.", 250)]
    [InlineData("The trawler was carrying some 90 people when its engine failed.", 90)]
    [InlineData("Around 1,400 people made the journey last week.", 1400)]
    [InlineData("As many as 12,000 people may have crossed into the province since Monday.", 12000)]
    [InlineData("Officials counted a daily average of 310 arrivals in March.", 310)]
    public void PeopleOnTheJourneyInAMigrationReportAreDisplaced(string sentence, int count)
    {
        var fact = QuantityTestText.Extract(MigrationReport + sentence).Single(f => f.Value == count);
        Assert.Equal(QuantityCategory.Displacement, fact.Category);
    }

    [Fact]
    public void PassengersAboardAFerryElsewhereStayOther()
    {
        var fact = QuantityTestText.Extract("The ferry sank near the harbour. Officials said about 250 people were aboard the vessel.").Single(f => f.Value == 250);
        Assert.Equal(QuantityCategory.Other, fact.Category);
    }

    [Fact]
    public void OtherFiguresOfAMigrationReportStayOther()
    {
        var fact = QuantityTestText.Extract(MigrationReport + "The agency hired 40 new staff for its offices.").Single(f => f.Value == 40);
        Assert.Equal(QuantityCategory.Other, fact.Category);
    }
}
