using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Quotes;

/// <summary>"the Harlow Port Media Relations chief added" after "Harlow Port Media Relations chief X said": the same office,
/// unit and all, is X speaking again.</summary>
public class QuoteUnitHeadTests
{
    private static string? SpeakerOf(DocumentFacts facts, string startsWith) =>
        Assert.Single(facts.Quotes, q => q.Text.StartsWith(startsWith, System.StringComparison.Ordinal)).Speaker;

    [Fact]
    public void TheUnitsHeadNamedAgainIsThePersonNamedBefore()
    {
        var facts = Extract.From("\"The terminal will reopen on Friday,\" Harlow Port Media Relations chief Dena Morrow said. "
            + "\"We are asking travellers to check their bookings before leaving home,\" the Harlow Port Media Relations chief added.");
        Assert.Equal("Dena Morrow", SpeakerOf(facts, "We are asking travellers"));
    }
}
