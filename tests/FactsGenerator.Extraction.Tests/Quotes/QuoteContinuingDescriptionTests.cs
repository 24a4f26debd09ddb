using System.Linq;
using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Quotes;

/// <summary>"The DESCRIPTION added" right after a person's quotation goes on with that person's speech.</summary>
public class QuoteContinuingDescriptionTests
{
    private static string? SpeakerOf(DocumentFacts facts, string startsWith) =>
        Assert.Single(facts.Quotes, q => q.Text.StartsWith(startsWith, System.StringComparison.Ordinal)).Speaker;

    [Fact]
    public void ADescriptionThatAddsGoesOnWithThePersonQuotedBefore()
    {
        var facts = Extract.From("\"The glacier loses a metre a year,\" said geologist Ines Varga. The Tyrol researcher added, \"Nobody expected it to move this fast.\"");
        Assert.Equal("Ines Varga", SpeakerOf(facts, "Nobody expected it"));
    }

    [Fact]
    public void AnAgeThatAddsAfterTheQuotationGoesOnToo()
    {
        var facts = Extract.From("\"The glacier loses a metre a year,\" said geologist Ines Varga. \"Nobody expected it to move this fast,\" the 52-year-old added.");
        Assert.Equal("Ines Varga", SpeakerOf(facts, "Nobody expected it"));
    }

    [Fact]
    public void ADescriptionThatContinuesAfterTheQuotationGoesOn()
    {
        var facts = Extract.From("\"The glacier loses a metre a year,\" said geologist Ines Varga. \"Nobody expected it to move this fast,\" the Tyrol researcher continued.");
        Assert.Equal("Ines Varga", SpeakerOf(facts, "Nobody expected it"));
    }

    [Fact]
    public void ADescriptionThatSaysMayBeSomebodyNew()
    {
        var facts = Extract.From("\"The glacier loses a metre a year,\" said geologist Ines Varga. The regional tourism minister said, \"Nobody expected it to move this fast.\"");
        Assert.Null(SpeakerOf(facts, "Nobody expected it"));
    }

    [Fact]
    public void ABodyThatAddsIsNotThePersonQuotedBefore()
    {
        var facts = Extract.From("\"The glacier loses a metre a year,\" said geologist Ines Varga. The agency added, \"Nobody expected it to move this fast.\"");
        Assert.Null(SpeakerOf(facts, "Nobody expected it"));
    }

    [Fact]
    public void ADescriptionInTheNextParagraphDoesNotGoOn()
    {
        var facts = Extract.From("\"The glacier loses a metre a year,\" said geologist Ines Varga.\n\nThe Tyrol researcher added, \"Nobody expected it to move this fast.\"");
        Assert.Null(SpeakerOf(facts, "Nobody expected it"));
    }
}
