using System.Linq;
using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Quotes;

/// <summary>"as X put it" right after the quotation, and a body's name used to modify its document ("the Court decision").</summary>
public class QuotePuttingItAfterTests
{
    private static string? SpeakerOf(DocumentFacts facts, string text) => Assert.Single(facts.Quotes, q => q.Text == text).Speaker;

    [Fact]
    public void AnAsideBetweenDashesAfterTheWordsNamesTheirAuthor()
    {
        var facts = Extract.From("Once the toll doubled, ticket sales \"fell off a cliff\" \u2014 as the Eastbay Appeals Court ruling put it \u2014 and never recovered.");
        Assert.Equal("Eastbay Appeals Court", SpeakerOf(facts, "fell off a cliff"));
    }

    [Fact]
    public void AnAsideBetweenCommasAfterTheWordsNamesTheirAuthor()
    {
        var facts = Extract.From("The ferry service \"slowed to a crawl\", as Vera Lund put it, during the strike.");
        Assert.Equal("Vera Lund", SpeakerOf(facts, "slowed to a crawl"));
    }

    [Fact]
    public void AnAsideNamingNobodyGivesNoAuthor()
    {
        var facts = Extract.From("Vera Lund took the ferry on Monday. The service \"slowed to a crawl and then stopped for hours\", as one commuter put it, during the strike.");
        Assert.Null(SpeakerOf(facts, "slowed to a crawl and then stopped for hours"));
    }

    [Fact]
    public void ABodysNameBeforeItsDocumentOwnsIt()
    {
        var facts = Extract.From("The Eastbay Appeals Court decision said the toll was \"unfair to every driver on the coast\".");
        Assert.Equal("Eastbay Appeals Court", SpeakerOf(facts, "unfair to every driver on the coast"));
    }

    [Fact]
    public void APossessiveOwnerBeforeABodysNameOwnsTheDocument()
    {
        var facts = Extract.From("The Orra Rowing League's Harbour Board notice said the regatta was \"postponed until the river falls again.\"");
        Assert.Equal("Orra Rowing League", SpeakerOf(facts, "postponed until the river falls again."));
    }
}
