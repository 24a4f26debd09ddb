using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Quotes;

/// <summary>
/// A quotation in single marks over several sentences is attributed in the sentence where it closes, but only to a
/// speaker named there.
/// </summary>
public class QuoteSingleMarkSentencesTests
{
    private static QuoteFact Quote(DocumentFacts facts, string startsWith) => Assert.Single(facts.Quotes, q => q.Text.StartsWith(startsWith, System.StringComparison.Ordinal));

    [Fact]
    public void TheSpeakerNamedAfterTheClosingMark()
    {
        var facts = Extract.From("\u2018The airline is doing nothing about it. Four days is a long time to wait,\u2019 says Edda Holm.");
        Assert.Equal("Edda Holm", Quote(facts, "The airline is doing").Speaker);
    }

    [Fact]
    public void APronounAfterTheClosingMarkReachesNoFarAntecedent()
    {
        var facts = Extract.From("Edda Holm waited at the gate for four days.\n\n"
            + "Others are angry too.\n\n"
            + "\u2018I was going home today. Now I need to find a hotel for tonight,\u2019 he says.");
        Assert.Null(Quote(facts, "I was going home").Speaker);
    }
}
