using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Quotes;

/// <summary>
/// Two closing single marks written for the double one a quotation needs ("“...,’’ said X") close it; a pair of
/// single marks with no quotation open is left alone (wiki italics around a title).
/// </summary>
public class QuoteDoubledSingleMarkTests
{
    private static QuoteFact Quote(DocumentFacts facts, string startsWith) => Assert.Single(facts.Quotes, q => q.Text.StartsWith(startsWith, System.StringComparison.Ordinal));

    [Fact]
    public void TwoClosingSingleMarksCloseADoubleQuotation()
    {
        var facts = Extract.From("\u201CWe walked back from the market together. I fell asleep because I was tired,\u2019\u2019 said Orla Denholm, the girl\u2019s aunt.");
        Assert.Equal("Orla Denholm", Quote(facts, "We walked back").Speaker);
    }

    [Fact]
    public void APairAroundATitleOpensNoQuotation()
    {
        var facts = Extract.From("Orla Denholm, who said her nickname comes from \u2018\u2019Harbour Tales\u2019\u2019, was a teacher before she joined the council in the spring.");
        Assert.Empty(facts.Quotes);
    }
}
