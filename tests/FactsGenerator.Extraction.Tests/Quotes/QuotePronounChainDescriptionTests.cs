using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Quotes;

/// <summary>
/// A "he" or "she" quoting after a sentence that opens with a description of a person stands for whom the description
/// stands for, also after an opening phrase ("But on Monday, the health minister said ...") and through sentences
/// between whose subject is the same pronoun ("He said ..."); a description with words before its noun first takes the
/// person whose role ends with all of them.
/// </summary>
public class QuotePronounChainDescriptionTests
{
    private static QuoteFact Quote(DocumentFacts facts, string startsWith) => Assert.Single(facts.Quotes, q => q.Text.StartsWith(startsWith, System.StringComparison.Ordinal));

    private const string TwoMinisters = "Ward reopens\n\nHealth Minister Jo Kim said the ward was closed.\n\nHarbour Minister Ana Ruiz said the ferries would run.\n\n";

    [Fact]
    public void ThePronounChainEndsAtTheDescriptionAfterAnOpeningPhrase()
    {
        var facts = Extract.From(TwoMinisters + "But on Monday, the health minister said the ward had reopened.\n\n"
            + "He said the nurses were back at work.\n\n"
            + "\"Every patient who left has now returned to the ward,\" he told reporters.");
        Assert.Equal("Jo Kim", Quote(facts, "Every patient who left").Speaker);
    }

    [Fact]
    public void AnOpeningPhraseBeforeTheDescriptionIsSkipped()
    {
        var facts = Extract.From(TwoMinisters + "On Monday, the health minister said the ward had reopened.\n\n"
            + "\"Every patient who left has now returned to the ward,\" he told reporters.");
        Assert.Equal("Jo Kim", Quote(facts, "Every patient who left").Speaker);
    }

    [Fact]
    public void ANameOpeningTheSentenceIsNoDescription()
    {
        // (The sentence before names its subject: the pronoun stands for her, as before.)
        var facts = Extract.From("Ward reopens\n\nHealth Minister Jo Kim said the ward was closed.\n\n"
            + "On Monday, Ana Ruiz said the ward had reopened.\n\n"
            + "\"Every patient who left has now returned to the ward,\" she told reporters.");
        Assert.Equal("Ana Ruiz", Quote(facts, "Every patient who left").Speaker);
    }
}
