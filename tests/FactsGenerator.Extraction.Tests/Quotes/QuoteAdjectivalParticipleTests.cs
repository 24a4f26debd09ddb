using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Quotes;

/// <summary>"the promised tariffs", "an estimated 900 barrels": a participle of a verb of saying after an article or a
/// possessive qualifies a noun, so the verb of saying before it still gives the quotation its speaker.</summary>
public class QuoteAdjectivalParticipleTests
{
    private static string? SpeakerOf(DocumentFacts facts, string startsWith) =>
        Assert.Single(facts.Quotes, q => q.Text.StartsWith(startsWith, System.StringComparison.Ordinal)).Speaker;

    [Fact]
    public void APromisedNounAfterAPossessiveSaysNothing()
    {
        var facts = Extract.From("Harbour fees rose again in May. Ana Ruiz, the port minister, said on Friday that the "
            + "council's promised levies will \"only drive ships to other ports.\"");
        Assert.Equal("Ana Ruiz", SpeakerOf(facts, "only drive ships"));
    }

    [Fact]
    public void AnEstimatedFigureAfterAnArticleSaysNothing()
    {
        var facts = Extract.From("The pipe burst near the river. Velm Gas Corp. said that an estimated 800 barrels of crude were "
            + "\"roughly the volume of a small pond.\"");
        Assert.Equal("Velm Gas Corp.", SpeakerOf(facts, "roughly the volume"));
    }

    [Fact]
    public void AVerbOfSayingWithItsOwnSubjectStillSpeaks()
    {
        // ("the minister promised" is a verb with its subject: the minister, not the one who said the sentence.)
        var facts = Extract.From("Harbour fees rose again in May. Ana Ruiz said the port minister Tom Berg promised \"a fairer deal for "
            + "every skipper.\"");
        Assert.Equal("Tom Berg", SpeakerOf(facts, "a fairer deal"));
    }
}
