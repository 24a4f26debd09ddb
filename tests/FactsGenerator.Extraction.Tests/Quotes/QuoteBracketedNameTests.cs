using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Quotes;

/// <summary>A name standing alone in brackets is an aside, never what a later "he" or "she" stands for.</summary>
public class QuoteBracketedNameTests
{
    private static string? SpeakerOf(string text) =>
        Assert.Single(Extract.From(text).Quotes, q => q.Text.StartsWith("Nobody escaped", System.StringComparison.Ordinal)).Speaker;

    [Fact]
    public void APronounSkipsANameInBrackets()
    {
        Assert.Equal("Daniel Ruiz", SpeakerOf(
            "The figures were given by Daniel Ruiz, the deputy of the district chief (Tomas Reyes).\n\n\"Nobody escaped from the cells last night,\" he added."));
    }

    [Fact]
    public void ANameBeforeABracketStaysTheAntecedent()
    {
        // Only the bracket's own content is an aside: a name followed by "(pictured)" is still the sentence's subject.
        Assert.Equal("Tomas Reyes", SpeakerOf(
            "The figures were given by Daniel Ruiz on Monday. His deputy Tomas Reyes (pictured) ran the cells.\n\n\"Nobody escaped from the cells last night,\" he added."));
    }
}
