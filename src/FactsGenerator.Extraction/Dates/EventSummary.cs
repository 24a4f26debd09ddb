using System.Collections.Generic;
using System.Text;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Dates;

/// <summary>
/// What happened at a date, in a few words: the clause of the sentence around the date phrase (between
/// punctuation), without the date and its preposition; the sentence itself when the clause is too short.
/// </summary>
internal static class EventSummary
{
    private const int MinWords = 3;
    private const int MaxWords = 14;

    private static readonly HashSet<string> DatePrepositions = new(System.StringComparer.OrdinalIgnoreCase)
    {
        "on", "in", "since", "by", "until", "from", "during", "of", "the", "at", "last", "this", "next", "before", "after",
    };

    public static string Describe(IReadOnlyList<Token> tokens, int first, int last)
    {
        var start = first;
        while (start > 0 && !IsBoundary(tokens[start - 1]))
        {
            start--;
        }

        var end = last;
        while (end + 1 < tokens.Count && !IsBoundary(tokens[end + 1]))
        {
            end++;
        }

        var clause = Words(tokens, start, end, first, last);
        if (clause.Count < MinWords)
        {
            clause = Words(tokens, 0, tokens.Count - 1, first, last);
        }

        var builder = new StringBuilder();
        for (var i = 0; i < clause.Count && i < MaxWords; i++)
        {
            if (i > 0)
            {
                builder.Append(' ');
            }

            builder.Append(clause[i]);
        }

        return builder.ToString();
    }

    private static List<string> Words(IReadOnlyList<Token> tokens, int start, int end, int dateFirst, int dateLast)
    {
        // Drop the prepositions that only introduce the date ("on", "in the").
        var cut = dateFirst;
        while (cut - 1 >= start && tokens[cut - 1].IsWord && DatePrepositions.Contains(tokens[cut - 1].Text))
        {
            cut--;
        }

        // Only the first MaxWords words are ever shown (and fewer than MinWords is all the caller checks), so the
        // reading stops where a word after them would start: a long sentence is not copied word by word.
        var words = new List<string>(System.Math.Max(0, System.Math.Min(MaxWords, end - start + 1)));
        var lastIncluded = -2;
        for (var i = start; i <= end; i++)
        {
            if ((i >= cut && i <= dateLast) || (i == dateLast + 1 && tokens[i].Text is "'s"))
            {
                continue;
            }

            if (tokens[i].IsWord || tokens[i].IsNumber || (tokens[i].IsSymbol('-') && !tokens[i].SpaceBefore))
            {
                // Possessives and hyphenated words stay attached ("country's", "44-day").
                if (words.Count > 0 && !tokens[i].SpaceBefore && lastIncluded == i - 1)
                {
                    words[words.Count - 1] += tokens[i].Text;
                    lastIncluded = i;
                    continue;
                }

                if (words.Count == MaxWords)
                {
                    break;
                }

                words.Add(tokens[i].Text);
                lastIncluded = i;
            }
        }

        return words;
    }

    // A dash with a space before it separates clauses ("OSLO, March 4 - The bridge reopened"); a hyphen joins words.
    private static bool IsBoundary(Token token) =>
        token.Kind == TokenKind.Symbol && (token.Text is "," or ";" or ":" or "\"" or "(" or ")" or "." or "!" or "?"
            || (token.SpaceBefore && token.Text is "-" or "\u2013" or "\u2014"));
}
