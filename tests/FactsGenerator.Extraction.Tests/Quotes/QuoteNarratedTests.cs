using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Quotes;

/// <summary>"narrated" introduces the words of someone telling what happened, as "recounted" does.</summary>
public class QuoteNarratedTests
{
    [Fact]
    public void NarratedNamesTheSpeakerAfterTheQuotation()
    {
        var facts = Extract.From("\"The water came up to the door in a few minutes and we ran to the hill,\" narrated Tomas Edvik, a fisherman.");
        Assert.Equal("Tomas Edvik", Assert.Single(facts.Quotes).Speaker);
    }
}
