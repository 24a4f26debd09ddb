using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Quotes;

/// <summary>
/// A phrase of where the speaker is or whom they work with, between the speaker and the verb of saying ("Name in nearby
/// Place said:", "The Body in Place said that", ""...," Name with the Body said"), names no speaker of its own.
/// </summary>
public class QuoteLocatingPhraseTests
{
    private static QuoteFact Quote(DocumentFacts facts, string startsWith) => Assert.Single(facts.Quotes, q => q.Text.StartsWith(startsWith, System.StringComparison.Ordinal));

    [Fact]
    public void APlaceAfterAModifierIsWhereThePersonSpoke()
    {
        var facts = Extract.From("Police spokesman Tarek Solberg in nearby Velmora said: \"We have found the missing crew on the island.\"");
        Assert.Equal("Tarek Solberg", Quote(facts, "We have found").Speaker);
    }

    [Fact]
    public void ABodyOpeningTheSentenceBeforeItsPlaceSpeaks()
    {
        var facts = Extract.From("The Velm Port Authority in Nairobi said that \u201Cthe delays raise serious doubts about the new harbour schedule\u201D.");
        Assert.Equal("Velm Port Authority", Quote(facts, "the delays raise").Speaker);
    }

    [Fact]
    public void ABodyInsideAnOpeningPhraseIsNoSpeaker()
    {
        var facts = Extract.From("After talks with the Velm Port Authority in Nairobi, the unions said that \u201Cthe delays raise serious doubts about the new harbour schedule\u201D.");
        Assert.DoesNotContain(facts.Quotes, q => q.Speaker == "Velm Port Authority");
    }

    [Fact]
    public void AWithPhraseAfterTheNameSaysWhomThePersonWorksWith()
    {
        var facts = Extract.From("\"We are still looking for the second driver,\" Sgt. Marta Velund with the Tolland Police Department said.");
        Assert.Equal("Marta Velund", Quote(facts, "We are still looking").Speaker);
    }
}
