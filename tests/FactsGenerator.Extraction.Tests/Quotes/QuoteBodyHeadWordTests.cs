using System.Linq;
using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Quotes;

/// <summary>A body named in full and then by its capitalised head word alone ("the Department", "the Court") speaks under the short name.</summary>
public class QuoteBodyHeadWordTests
{
    private static string? SpeakerOf(DocumentFacts facts, string startsWith) =>
        Assert.Single(facts.Quotes, q => q.Text.StartsWith(startsWith, System.StringComparison.Ordinal)).Speaker;

    [Fact]
    public void TheDepartmentSaidIsTheDepartmentNamedBefore()
    {
        var facts = Extract.From("The Coastal Department of Fisheries closed the bay on Monday. The Department said, \"No boat may leave the harbour until the nets are checked.\"");
        Assert.Equal("Coastal Department of Fisheries", SpeakerOf(facts, "No boat may leave"));
    }

    [Fact]
    public void TheCourtAfterTheQuotationIsTheCourtNamedBefore()
    {
        var facts = Extract.From("The Upland Appeals Court heard the case in March. \"The fee breaks every rule of fair trade,\" the Court said.");
        Assert.Equal("Upland Appeals Court", SpeakerOf(facts, "The fee breaks every rule"));
    }

    [Fact]
    public void TheDepartmentPuttingOutANoticeBeforeAColonSpeaks()
    {
        var facts = Extract.From("The Coastal Department of Fisheries counted the fleet again. The Department put out a notice on Tuesday: \"Every trawler registered in the bay is accounted for.\"");
        Assert.Equal("Coastal Department of Fisheries", SpeakerOf(facts, "Every trawler registered"));
    }

    [Fact]
    public void AHeadWordStartingAnotherNameIsNoShortName()
    {
        var facts = Extract.From("The Coastal Department of Fisheries closed the bay on Monday. The Department of Roads said, \"No lorry may use the quay road until it is repaired.\"");
        Assert.Equal("Department of Roads", SpeakerOf(facts, "No lorry may use"));
    }
}
