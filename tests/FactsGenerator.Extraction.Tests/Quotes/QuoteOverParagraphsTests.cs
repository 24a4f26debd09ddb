using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Quotes;

/// <summary>
/// A quotation running over several paragraphs (each part but the last left open, the next paragraph opening with
/// a mark again) is the words of the speaker named after its last part.
/// </summary>
public class QuoteOverParagraphsTests
{
    private static QuoteFact Quote(DocumentFacts facts, string startsWith) => Assert.Single(facts.Quotes, q => q.Text.StartsWith(startsWith, System.StringComparison.Ordinal));

    [Fact]
    public void EveryOpenPartIsTheWordsOfTheSpeakerAfterTheLast()
    {
        var facts = Extract.From("The ferry ran aground near Velm on Saturday.\n\n"
            + "\"The crew of eleven left the ship in two lifeboats before dawn.\n\n"
            + "\"Nobody was hurt and the hull is being checked by divers.\n\n"
            + "\"The port will stay closed until the checks are finished,\" harbour master Ilse Varga said.");
        Assert.Equal("Ilse Varga", Quote(facts, "The crew of eleven").Speaker);
        Assert.Equal("Ilse Varga", Quote(facts, "Nobody was hurt").Speaker);
        Assert.Equal("Ilse Varga", Quote(facts, "The port will stay").Speaker);
    }

    [Fact]
    public void AClosedQuotationDoesNotTakeTheNextParagraphsSpeaker()
    {
        var facts = Extract.From("The ferry ran aground near Velm on Saturday.\n\n"
            + "\"The crew of eleven left the ship in two lifeboats before dawn.\"\n\n"
            + "\"The port will stay closed until the checks are finished,\" harbour master Ilse Varga said.");
        Assert.Null(Quote(facts, "The crew of eleven").Speaker);
    }

    [Fact]
    public void AnOpenPartDoesNotReachPastAParagraphWithoutQuotation()
    {
        var facts = Extract.From("The ferry ran aground near Velm on Saturday.\n\n"
            + "\"The crew of eleven left the ship in two lifeboats before dawn.\n\n"
            + "Divers went down in the afternoon.\n\n"
            + "\"The port will stay closed until the checks are finished,\" harbour master Ilse Varga said.");
        Assert.Null(Quote(facts, "The crew of eleven").Speaker);
    }
}
