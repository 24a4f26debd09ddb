using System.Collections.Generic;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>
/// A short form in brackets next to a name tells where the name begins and ends: "Institute for Study in Coastal
/// Reefs (ISCR)" is one body even though the chunker stops at "in", because the initials of the whole run spell the
/// short form letter for letter. The writer's own abbreviation is better evidence of the boundary than any word list.
/// </summary>
internal static partial class NameChunker
{
    private const int MinSpelledLetters = 3;
    private const int MaxConnectorGap = 2;

    // Joins two neighbouring chunks separated only by lower-case connectors ("in", "and", "for") when a bracketed
    // short form after the second ("... (ISCR)") or before the first ("ISCR [Institute ...]") is spelled by their
    // joined initials and by neither chunk alone.
    private static void JoinChunksSpelledByShortForm(AnalyzedText text, IReadOnlyList<Token> tokens, List<NameChunk> chunks)
    {
        for (var c = 1; c < chunks.Count; c++)
        {
            var left = chunks[c - 1];
            var right = chunks[c];
            if (!IsConnectorGap(tokens, left.Last + 1, right.First - 1))
            {
                continue;
            }

            if (ShortFormAfter(tokens, right.Last) is { } after && !InitialsSpellShortForm(tokens, right.First, right.Last, after))
            {
                var start = SpelledStartWithin(tokens, left.First, left.Last, right.Last, after);
                if (start < 0)
                {
                    continue;
                }

                var joined = MakeChunk(text, right.Sentence, start, right.Last, left.InsideQuote);
                var rest = start - 1;
                while (rest >= left.First && !IsNameWord(tokens[rest]))
                {
                    rest--;
                }

                if (rest >= left.First)
                {
                    chunks[c - 1] = MakeChunk(text, left.Sentence, left.First, rest, left.InsideQuote);
                    chunks[c] = joined;
                }
                else
                {
                    chunks[c - 1] = joined;
                    chunks.RemoveAt(c);
                    c--;
                }

                continue;
            }

            if (ShortFormBefore(tokens, left.First, right.Last) is { } before && !InitialsSpellShortForm(tokens, left.First, left.Last, before)
                && InitialsSpellShortForm(tokens, left.First, right.Last, before))
            {
                chunks[c - 1] = MakeChunk(text, left.Sentence, left.First, right.Last, left.InsideQuote);
                chunks.RemoveAt(c);
                c--;
            }
        }
    }

    private static NameChunk MakeChunk(AnalyzedText text, Sentence sentence, int first, int last, bool insideQuote) =>
        new(sentence, first, last, AnalyzedText.CollapseWhitespace(text.Original, sentence.Tokens[first].Start, sentence.Tokens[last].End), insideQuote);

    // One or two lower-case connectors and nothing else between the chunks.
    private static bool IsConnectorGap(IReadOnlyList<Token> tokens, int first, int last)
    {
        if (last < first || last - first + 1 > MaxConnectorGap)
        {
            return false;
        }

        for (var k = first; k <= last; k++)
        {
            if (!tokens[k].IsWord || !SpelledConnectors.Contains(tokens[k].Text))
            {
                return false;
            }
        }

        return true;
    }

    // Prepositions that join the words of a body's name ("Notes from Velmora", "Doctors without Harbours") and the
    // particles of names in French, Spanish and Italian ("Institut de ...", "Cruz de la ...").
    private static readonly HashSet<string> SpelledConnectors = new(System.StringComparer.Ordinal)
    {
        "in", "and", "for", "of", "on", "the", "to", "from", "at", "against", "with", "without", "by", "de", "du", "des", "la", "le",
    };

    // The capitals of "(ISCR)" or "[ISCR]" right after the name.
    private static string? ShortFormAfter(IReadOnlyList<Token> tokens, int last) =>
        last + 3 < tokens.Count && IsOpeningBracket(tokens[last + 1]) && IsShortForm(tokens[last + 2]) && IsClosingBracket(tokens[last + 3])
            ? CapitalsOf(tokens[last + 2].Text)
            : null;

    // "ISCR (Institute ... Reefs)": the capitals of the short form, then the name in brackets that close right after it.
    private static string? ShortFormBefore(IReadOnlyList<Token> tokens, int first, int last) =>
        first >= 2 && IsOpeningBracket(tokens[first - 1]) && IsShortForm(tokens[first - 2]) && last + 1 < tokens.Count && IsClosingBracket(tokens[last + 1])
            ? CapitalsOf(tokens[first - 2].Text)
            : null;

    private static bool IsOpeningBracket(Token token) => token.IsSymbol('(') || token.IsSymbol('[');

    private static bool IsClosingBracket(Token token) => token.IsSymbol(')') || token.IsSymbol(']');

    // Letters only, a capital first and at least two capitals ("ISCR", "CIRes").
    private static bool IsShortForm(Token token)
    {
        if (!token.IsWord || token.Text.Length < MinSpelledLetters || !char.IsUpper(token.Text[0]))
        {
            return false;
        }

        var capitals = 0;
        foreach (var c in token.Text)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }

            capitals += char.IsUpper(c) ? 1 : 0;
        }

        return capitals >= 2;
    }

    // The first word of the left chunk from which the run to `end` spells the short form, or -1.
    private static int SpelledStartWithin(IReadOnlyList<Token> tokens, int first, int last, int end, string letters)
    {
        for (var s = last; s >= first; s--)
        {
            if (IsNameWord(tokens[s]) && (s == first || tokens[s].SpaceBefore) && InitialsSpellShortForm(tokens, s, end, letters))
            {
                return s;
            }
        }

        return -1;
    }

    // Every capitalised word gives the next letter, in order; a lower-case connector may give one or be skipped; a word
    // glued by a hyphen ("Co-operation") belongs to the word before it. Tried with connectors giving letters, then without.
    // `letters` are the short form's capitals (CapitalsOf), taken once per short form rather than per try.
    private static bool InitialsSpellShortForm(IReadOnlyList<Token> tokens, int first, int last, string letters) =>
        SpellsWith(tokens, first, last, letters, connectorsGiveLetters: true) || SpellsWith(tokens, first, last, letters, connectorsGiveLetters: false);

    private static bool SpellsWith(IReadOnlyList<Token> tokens, int first, int last, string letters, bool connectorsGiveLetters)
    {
        var j = 0;
        for (var k = first; k <= last; k++)
        {
            var token = tokens[k];
            if (token.IsSymbol('-') && !token.SpaceBefore && k + 1 <= last && !tokens[k + 1].SpaceBefore)
            {
                k++;
                continue;
            }

            if (!token.IsWord || token.Text is "'s")
            {
                return false;
            }

            var matches = j < letters.Length && char.ToUpperInvariant(token.Text[0]) == letters[j];
            if (SpelledConnectors.Contains(token.Text))
            {
                j += matches && connectorsGiveLetters ? 1 : 0;
                continue;
            }

            if (!matches)
            {
                return false;
            }

            j++;
        }

        return j == letters.Length;
    }

    // "CIRes" is spelled by four words, one per capital; an all-capitals form by one word per letter.
    private static string CapitalsOf(string shortForm)
    {
        var capitals = new System.Text.StringBuilder(shortForm.Length);
        foreach (var c in shortForm)
        {
            if (char.IsUpper(c))
            {
                capitals.Append(c);
            }
        }

        return capitals.ToString();
    }
}
