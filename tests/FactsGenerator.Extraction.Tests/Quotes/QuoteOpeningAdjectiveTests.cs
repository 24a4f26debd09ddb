using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Quotes;

/// <summary>A capitalised adjective opening the sentence before a role ("Comic artist X told") is no body, and the
/// person after the role is still the subject who speaks.</summary>
public class QuoteOpeningAdjectiveTests
{
    private static QuoteFact Quote(DocumentFacts facts, string startsWith) => Assert.Single(facts.Quotes, q => q.Text.StartsWith(startsWith, System.StringComparison.Ordinal));

    [Fact]
    public void ThePersonAfterAnOpeningAdjectiveAndARoleSpeaksTheNextQuote()
    {
        var facts = Extract.From("Comic artist Tomas Berg (Night Owls, Paper Moon) spoke about his early years. \"Nobody hired me for a long time.\"");
        Assert.Equal("Tomas Berg", Quote(facts, "Nobody hired me").Speaker);
        Assert.DoesNotContain("Comic", Extract.OrganizationNames(facts));
    }
}
