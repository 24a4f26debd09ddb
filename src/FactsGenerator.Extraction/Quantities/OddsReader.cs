using System;
using System.Collections.Generic;
using FactsGenerator.Extraction.Numbers;
using FactsGenerator.Extraction.Text;
using static FactsGenerator.Extraction.Quantities.TokenWindow;

namespace FactsGenerator.Extraction.Quantities;

/// <summary>
/// "a one-in-five chance", "a 1 in 3 risk": odds written as two numbers are one probability (0.2, 0.33), not two counts;
/// "one in five adults" is a share of a group (20 percent).
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

        // Called at every token: reading a number is the expensive part, so first look for the "in" odds need.
        if (!InFollowsWithin(tokens, index, MaxNumeratorTokens))
        {
            return -1;
        }

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

        // "one in every five adults".
        if (!hyphens && IsAt(tokens, wholeStart, "every"))
        {
            wholeStart++;
        }

        if (!NumberReader.TryRead(tokens, wholeStart, out var whole) || whole.IsVague || whole.Value is not { } denominator || denominator <= numerator
            || !IsWordAt(tokens, whole.Last + 1))
        {
            return -1;
        }

        if (!OddsNouns.Contains(tokens[whole.Last + 1].Text))
        {
            return hyphens ? -1 : TryReadShare(sentence, index, numerator, denominator, whole.Last + 1, into);
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

    // "one hundred and twenty-five in": a numerator written in words spans a few tokens at most.
    private const int MaxNumeratorTokens = 8;

    private static bool InFollowsWithin(IReadOnlyList<Token> tokens, int index, int window)
    {
        // Asked at every token, so the next "in" after each token is found once per sentence (the last sentence's
        // table is kept per thread; sentence tokens never change once tokenized) instead of scanning the window.
        var table = nextIns ??= new NextIns();
        if (!ReferenceEquals(table.Tokens, tokens) || table.Next is null)
        {
            table.Next = NextInTable(tokens, table.Next);
            table.Tokens = tokens;
        }

        return table.Next[index] < Math.Min(tokens.Count, index + window + 1);
    }

    // One object per thread holds the table and its sentence: every thread-static access costs a thread-local look-up.
    [ThreadStatic]
    private static NextIns? nextIns;

    private sealed class NextIns
    {
        public IReadOnlyList<Token>? Tokens;
        public int[]? Next;
    }

    // For each token, the index of the first "in" after it, or int.MaxValue. Reuses the buffer when it is long enough.
    private static int[] NextInTable(IReadOnlyList<Token> tokens, int[]? buffer)
    {
        var table = buffer is not null && buffer.Length >= tokens.Count ? buffer : new int[Math.Max(tokens.Count, 64)];
        var next = int.MaxValue;
        for (var i = tokens.Count - 1; i >= 0; i--)
        {
            table[i] = next;
            if (tokens[i].Is("in"))
            {
                next = i;
            }
        }

        return table;
    }

    /// <summary>"one in five adults walks to work": the share of a group, as the percentage it is.</summary>
    private static int TryReadShare(Sentence sentence, int index, decimal numerator, decimal denominator, int nounStart, List<QuantityMention> into)
    {
        var tokens = sentence.Tokens;
        if (!NounPhraseReader.Read(tokens, nounStart, true, out var head, out var modifiers, out var nounLast) || !char.IsLower(head[0])
            || !(head.EndsWith("s", StringComparison.Ordinal) || QuantityLexicon.IsPeopleNoun(head)))
        {
            return -1;
        }

        var mention = new QuantityMention(sentence, new NumberMatch(Math.Round(numerator / denominator * 100m, 2, MidpointRounding.AwayFromZero), index, nounStart - 1, NumberForm.Words))
        {
            Unit = "percent",
            UnitKind = UnitKind.Percent,
            Head = head,
            Modifiers = modifiers,
        };
        mention.CoverEvidence(nounLast);
        into.Add(mention);
        return nounLast + 1;
    }
}
