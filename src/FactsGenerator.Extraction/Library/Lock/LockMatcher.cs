using System;
using System.Collections.Generic;
using System.Text;

namespace FactsGenerator.Extraction.Library.Lock;

/// <summary>A fact of a document as the matcher sees it: what it is and the member inference proposes for it.</summary>
internal sealed record MatchCandidate(FactSpec Spec, string ProposedPath);

/// <summary>
/// Pairs lock entries with the facts extracted now. The stable key is kind + value + evidence phrase; when the
/// document or the engine changed, progressively looser rules find the same fact again, from the most to the
/// least certain, and each fact and entry is paired at most once. Deterministic: entries in file order, facts in
/// document order, within each rule.
/// </summary>
public static class LockMatcher
{
    private const double SameValueSimilarity = 0.5;
    private const double ChangedValueSimilarity = 0.6;

    private static readonly Func<FactSpec, MatchCandidate, string, bool>[] Rules =
    {
        // Same value, phrase and sentence: nothing changed.
        (locked, fact, _) => FactValues.SameValue(locked, fact.Spec) && locked.Evidence == fact.Spec.Evidence && locked.Sentence == fact.Spec.Sentence,

        // Same value and phrase; the rest of the sentence was edited.
        (locked, fact, _) => FactValues.SameValue(locked, fact.Spec) && locked.Evidence == fact.Spec.Evidence,

        // The same sentence: the value may have changed (a value change is reported).
        (locked, fact, _) => locked.Sentence.Length > 0 && locked.Sentence == fact.Spec.Sentence,

        // Same value and inference still proposes the locked name: the wording changed.
        (locked, fact, member) => FactValues.SameValue(locked, fact.Spec) && member == fact.ProposedPath,

        // Same value in a similar sentence.
        (locked, fact, _) => FactValues.SameValue(locked, fact.Spec) && Similarity(locked.Sentence, fact.Spec.Sentence) >= SameValueSimilarity,

        // Inference proposes the locked name: the value changed along with the sentence.
        (_, fact, member) => member == fact.ProposedPath,

        // A very similar sentence with another value.
        (locked, fact, _) => Similarity(locked.Sentence, fact.Spec.Sentence) >= ChangedValueSimilarity,
    };

    /// <summary>For every entry, the index of its fact in <paramref name="facts"/>, or -1.</summary>
    internal static int[] Match(IReadOnlyList<LockEntry> entries, IReadOnlyList<MatchCandidate> facts)
    {
        var factOf = new int[entries.Count];
        var taken = new bool[facts.Count];
        for (var e = 0; e < entries.Count; e++)
        {
            factOf[e] = -1;
        }

        foreach (var rule in Rules)
        {
            for (var e = 0; e < entries.Count; e++)
            {
                if (factOf[e] >= 0)
                {
                    continue;
                }

                var entry = entries[e];
                for (var f = 0; f < facts.Count; f++)
                {
                    if (!taken[f] && facts[f].Spec.Kind == entry.Fact.Kind && rule(entry.Fact, facts[f], entry.Member))
                    {
                        factOf[e] = f;
                        taken[f] = true;
                        break;
                    }
                }
            }
        }

        return factOf;
    }

    /// <summary>Jaccard similarity of the sets of lower-case words of two sentences (0..1).</summary>
    public static double Similarity(string a, string b)
    {
        var left = Words(a);
        var right = Words(b);
        if (left.Count == 0 || right.Count == 0)
        {
            return 0;
        }

        var shared = 0;
        foreach (var word in left)
        {
            if (right.Contains(word))
            {
                shared++;
            }
        }

        return (double)shared / (left.Count + right.Count - shared);
    }

    private static HashSet<string> Words(string text)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var word = new StringBuilder();
        foreach (var c in text + " ")
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }

        return words;
    }
}
