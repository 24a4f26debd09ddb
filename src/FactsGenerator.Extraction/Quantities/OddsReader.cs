using System;
using System.Collections.Generic;
using FactsGenerator.Extraction.Numbers;
using FactsGenerator.Extraction.Text;
using static FactsGenerator.Extraction.Quantities.TokenWindow;

namespace FactsGenerator.Extraction.Quantities;

/// <summary>
/// "a one-in-five chance", "a 1 in 3 risk": odds written as two numbers are one probability (0.2, 0.33), not two counts.
/// </summary>
internal static class OddsReader
{
    private static readonly HashSet<string> OddsNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "chance", "chances", "odds", "probability", "risk", "likelihood",
    };

    /// <summary>Adds the probability that starts at token <paramref name="index"/>; returns the token after it, or -1.</summary>
    public static int TryRead(Sentence sentence, int index, List<QuantityMention> into)
    {
        var tokens = sentence.Tokens;
        if (!NumberReader.TryRead(tokens, index, out var part) || part.IsVague || part.Value is not { } numerator || part.Form == NumberForm.Fraction)
        {
            return -1;
        }

        var hyphens = IsJoiningHyphenAt(tokens, part.Last + 1);
        var inWord = hyphens ? part.Last + 2 : part.Last + 1;
        if (!IsAt(tokens, inWord, "in") || (hyphens && !IsJoiningHyphenAt(tokens, inWord + 1)))
        {
            return -1;
        }

        var wholeStart = hyphens ? inWord + 2 : inWord + 1;
        if (!NumberReader.TryRead(tokens, wholeStart, out var whole) || whole.IsVague || whole.Value is not { } denominator || denominator <= numerator
            || !IsWordAt(tokens, whole.Last + 1) || !OddsNouns.Contains(tokens[whole.Last + 1].Text))
        {
            return -1;
        }

        var mention = new QuantityMention(sentence, new NumberMatch(Math.Round(numerator / denominator, 2, MidpointRounding.AwayFromZero), index, whole.Last, NumberForm.Words))
        {
            Unit = "probability",
            UnitKind = UnitKind.Measure,
            Head = tokens[whole.Last + 1].Text.ToLowerInvariant(),
        };
        mention.CoverEvidence(whole.Last + 1);
        into.Add(mention);
        return whole.Last + 2;
    }
}
