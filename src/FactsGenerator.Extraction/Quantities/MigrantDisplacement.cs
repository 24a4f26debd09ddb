using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Quantities;

/// <summary>
/// "9,000 migrants were apprehended", "20,000 asylum-seekers crossed", "a boat carrying 600 migrants": people on the
/// move across a border are counted like refugees, `displacement` (news annotators file them so in 3 of 4 migration
/// reports of the tuning set, from three publishers; one files migrants rescued at sea as `other`).
/// </summary>
internal static class MigrantDisplacement
{
    // How many words (punctuation not counted) after the number a toll verb still speaks of the same migrants: "10
    // migrants trying to reach Italy died".
    private const int TollWindow = 8;

    /// <summary>True when the counted noun is migrants or asylum-seekers and no toll is told of them.</summary>
    public static bool IsMigrantCount(QuantityMention mention, string head)
    {
        if (head.ToLowerInvariant() is not ("migrants" or "asylum-seekers"))
        {
            return false;
        }

        // A toll the event reader did not tie to them ("10 migrants trying to reach Italy died") is no displacement.
        return !TokenWindow.AnyWordWithin(mention.Sentence.Tokens, mention.Number.Last + 1, 1, TollWindow,
            static token => QuantityLexicon.TryEvent(token.Text, out var sense) && sense.Category == QuantityCategory.Casualties);
    }
}
