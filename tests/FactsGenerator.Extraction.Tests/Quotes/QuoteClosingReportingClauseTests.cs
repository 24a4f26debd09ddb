using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Quotes;

/// <summary>
/// A reporting clause closing the sentence after a quoted fragment and more words: the whole sentence is its speaker's
/// account. The speaker may be a body with a phrase of where after it ("the Velm Court in eastern Velmoria said"), a
/// person followed by an aside ("said Dan Toller, a spokesman for ...") or a description followed by the name ("said
/// the head of the bureau, Simon Kravets").
/// </summary>
public class QuoteClosingReportingClauseTests
{
    private static string? SpeakerOf(string text, string quoted) => Assert.Single(Extract.From(text).Quotes, q => q.Text.StartsWith(quoted, System.StringComparison.Ordinal)).Speaker;

    [Fact]
    public void TheClosingClauseOutweighsTheSubjectOfTheFragment()
    {
        var text = "Dan Toller was jailed for life.\n\n"
            + "Toller misused \"the powers of the posts he held\" for a decade, the Velm Intermediate Court in eastern Velmoria said in a statement.";
        Assert.Equal("Velm Intermediate Court", SpeakerOf(text, "the powers"));
    }

    [Fact]
    public void ALabellingVerbBeforeTheWordsKeepsItsSubject()
    {
        // The paper only reports what Ana Ruiz called the plan.
        var text = "Ana Ruiz called the plan \"a total disaster for the harbour\" on Monday, the Velm Courier reported.";
        Assert.Equal("Ana Ruiz", SpeakerOf(text, "a total disaster"));
    }

    [Fact]
    public void ANameBeforeAClosingAside()
    {
        var text = "\"We knew this day was coming\" without more money for wages, said Dan Toller, a spokesman for the pilots' union.";
        Assert.Equal("Dan Toller", SpeakerOf(text, "We knew"));
    }

    [Fact]
    public void ANameClosingTheSentenceAfterADescription()
    {
        var text = "\"This is the biggest case we have ever seen\" involving the judges, said the head of the anti-graft bureau, Simon Kravets.";
        Assert.Equal("Simon Kravets", SpeakerOf(text, "This is the biggest"));
    }

    [Fact]
    public void AnAsideWithoutAVerbOfSayingBeforeItNamesNobody()
    {
        // No reporting verb opens the clause before the aside: the named man only met the crews.
        var text = "\"We knew this day was coming\" without more money for wages, the crews met Dan Toller, a spokesman for the union.";
        Assert.Null(SpeakerOf(text, "We knew"));
    }
}
