using System.Linq;
using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Quotes;

/// <summary>
/// A country's government ("the Chilean government", "the government of Peru") speaks as a body, before or after the
/// quotation; a source inside it or a government no country names gives nobody.
/// </summary>
public class QuoteGovernmentTests
{
    private static string? SpeakerOf(DocumentFacts facts, string text) => facts.Quotes.FirstOrDefault(q => q.Text.StartsWith(text, System.StringComparison.Ordinal))?.Speaker;

    [Fact]
    public void AGovernmentNamedByItsCountrysAdjectiveSpeaks()
    {
        var facts = Extract.From("The Chilean government said the new ferry was \"a lifeline for the islands\".");
        Assert.Equal("Chilean government", SpeakerOf(facts, "a lifeline"));
    }

    [Fact]
    public void AGovernmentOfACountrySpeaksAfterATimePhrase()
    {
        var facts = Extract.From("The government of Peru on Monday said: \"Relief crews will reach the valley tonight.\"");
        Assert.Equal("government of Peru", SpeakerOf(facts, "Relief crews"));
    }

    [Fact]
    public void AGovernmentAfterTheQuotationSpeaks()
    {
        var facts = Extract.From("\"The border stays open for trade,\" the Norwegian government said on Friday.");
        Assert.Equal("Norwegian government", SpeakerOf(facts, "The border stays open"));
    }

    [Fact]
    public void AGovernmentAfterAnInvertedVerbSpeaks()
    {
        var facts = Extract.From("\"The storm will pass quickly,\" said the Chilean government.");
        Assert.Equal("Chilean government", SpeakerOf(facts, "The storm will pass"));
    }

    [Fact]
    public void ASourceInsideAGovernmentIsNotTheGovernment()
    {
        var facts = Extract.From("A Chilean government source said the talks were \"going rather well\" this week.");
        Assert.NotEqual("Chilean government", SpeakerOf(facts, "going rather well"));
    }

    [Fact]
    public void AGovernmentNamedByNoCountryIsNoSpeaker()
    {
        var facts = Extract.From("The Harbour government said the quay was \"safe for all boats\".");
        Assert.NotEqual("Harbour government", SpeakerOf(facts, "safe for all boats"));
    }

    [Fact]
    public void AStatementAGovernmentIssuedIsTheGovernments()
    {
        var facts = Extract.From("The government of Peru issued a statement backing the miners. Their statement also read \"the valley belongs to the families who farm it.\"");
        Assert.Equal("government of Peru", SpeakerOf(facts, "the valley belongs"));
    }
}
