using System.Linq;
using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Quotes;

/// <summary>A document named after the quotation ("..., the statement said") speaks for whoever a recent sentence says made it.</summary>
public class QuoteDocumentAfterQuotationTests
{
    private static string? SpeakerOf(DocumentFacts facts, string startsWith) =>
        Assert.Single(facts.Quotes, q => q.Text.StartsWith(startsWith, System.StringComparison.Ordinal)).Speaker;

    [Fact]
    public void TheStatementSaidAfterTheQuotationIsItsMakersWords()
    {
        var facts = Extract.From("The Lakeside Ferry Board released a statement on Friday. \"Every crossing will run again by the spring,\" the statement said.");
        Assert.Equal("Lakeside Ferry Board", SpeakerOf(facts, "Every crossing will run"));
    }

    [Fact]
    public void TheLetterReadAfterTheQuotationIsItsSendersWords()
    {
        var facts = Extract.From("Councillor Mira Osei sent a letter to the ferry board. \"The timetable leaves the island without a morning boat,\" the letter read.");
        Assert.Equal("Mira Osei", SpeakerOf(facts, "The timetable leaves"));
    }

    [Fact]
    public void ReadsTheReportAfterTheQuotationIsItsPublishersWords()
    {
        var facts = Extract.From("The Lakeside Ferry Board published a report on Friday. \"Most crossings ran late in the winter months\", reads the report.");
        Assert.Equal("Lakeside Ferry Board", SpeakerOf(facts, "Most crossings ran late"));
    }

    [Fact]
    public void ADocumentNobodyIsSaidToHaveMadeHasNoSpeaker()
    {
        var facts = Extract.From("The ferry crossed twice on Friday. \"Every crossing will run again by the spring,\" the statement said.");
        Assert.Null(SpeakerOf(facts, "Every crossing will run"));
    }
}
