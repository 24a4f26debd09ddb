using System;
using System.Collections.Generic;
using FactsGenerator.Extraction.Numbers;
using FactsGenerator.Extraction.Text;
using static FactsGenerator.Extraction.Quantities.TokenWindow;

namespace FactsGenerator.Extraction.Quantities;

/// <summary>
/// "twice served as prime minister", "was arrested three times"-style counts written as one adverb:
/// "twice" and "thrice" count how many times something happened. "twice as many", "twice the size" compare
/// instead, and are left alone.
/// </summary>
internal static class RepetitionReader
{
    private static readonly Dictionary<string, decimal> RepetitionAdverbs = new(StringComparer.OrdinalIgnoreCase)
    {
        ["twice"] = 2m, ["thrice"] = 3m,
    };

    private static readonly WordLengths AdverbLengths = WordLengths.Of(RepetitionAdverbs.Keys);

    // Words after "twice" that make it a comparison: "twice as large", "twice the number", "twice that".
    private static readonly HashSet<string> ComparisonFollowers = new(StringComparer.OrdinalIgnoreCase)
    {
        "as", "the", "a", "an", "that", "than", "what", "its", "his", "her", "their", "this", "those", "these", "over", "more", "per", "daily", "weekly", "yearly", "monthly",
    };

    /// <summary>Adds the count of token <paramref name="index"/> when it is a repetition adverb; true when it was.</summary>
    public static bool TryRead(Sentence sentence, int index, List<QuantityMention> into)
    {
        var tokens = sentence.Tokens;
        if (!tokens[index].IsWord || !AdverbLengths.Includes(tokens[index].Text.Length) || !RepetitionAdverbs.TryGetValue(tokens[index].Text, out var times))
        {
            return false;
        }

        var next = index + 1;
        if (next < tokens.Count && (tokens[next].IsNumber || (tokens[next].IsWord && ComparisonFollowers.Contains(tokens[next].Text))))
        {
            return false;
        }

        var mention = new QuantityMention(sentence, new NumberMatch(times, index, index, NumberForm.Words))
        {
            Unit = "times",
            UnitKind = UnitKind.Measure,
        };

        // "twice served", "was arrested twice": the verb says what happened that often.
        var verb = IsWordAt(tokens, next) && !QuantityLexicon.IsFunctionWord(tokens[next].Text) ? next
            : IsWordAt(tokens, index - 1) && IsPastVerb(tokens[index - 1]) ? index - 1 : -1;
        if (verb >= 0)
        {
            mention.Verb = tokens[verb].Text.ToLowerInvariant();
            mention.CoverEvidence(verb);
        }

        into.Add(mention);
        return true;
    }
}
