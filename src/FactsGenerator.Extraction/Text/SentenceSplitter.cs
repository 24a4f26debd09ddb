using System;
using System.Collections.Generic;

namespace FactsGenerator.Extraction.Text;

/// <summary>
/// Splits a paragraph into sentences at '.', '!' and '?' followed by a capitalised start, except after
/// titles and month abbreviations ("Mr.", "Gen.", "Sept."), initials ("George W. Bush", "U.S."), and inside a
/// quotation that closes in the same paragraph (a quoted passage stays with its attribution).
/// </summary>
internal static class SentenceSplitter
{
    // Abbreviations that are (almost) never the end of a sentence.
    private static readonly HashSet<string> NonTerminalAbbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "st", "gen", "lt", "col", "sgt", "capt", "cpt", "cmdr", "adm", "maj", "brig", "det", "cpl", "pvt", "supt", "insp",
        "rev", "sen", "rep", "gov", "pres", "hon", "cdr", "spc", "atty", "asst", "lieut", "sens", "reps", "govs", "pfc", "fr", "no", "nos", "vs", "fig", "mt", "ft", "ave", "blvd",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "est", "cf", "al", "v",

        // "Rs. 2,500": the rupee's abbreviation stands before an amount, never at the end of a sentence.
        "rs",
    };

    private static readonly char[] SentenceMarks = { '"', '.', '!', '?' };

    public static List<(int Start, int End)> Split(string normalized, int start, int end)
    {
        var result = new List<(int, int)>();
        var quoteBalanced = CountQuotes(normalized, start, end) % 2 == 0;
        var inQuote = false;
        var sentenceStart = SkipWhitespace(normalized, start, end);
        for (var i = sentenceStart; i < end; i++)
        {
            // Only a quotation mark or a terminal can end a sentence: jump to the next one (IndexOfAny is vectorised).
            i = normalized.IndexOfAny(SentenceMarks, i, end - i);
            if (i < 0)
            {
                break;
            }

            var c = normalized[i];
            int terminal;
            int closeEnd;

            // Where scanning resumes when no sentence ends here: the end of a run of terminals ("?!", "....."),
            // so a long run is crossed once instead of once per character.
            var resume = i;
            if (c == '"' && quoteBalanced)
            {
                inQuote = !inQuote;
                if (inQuote || i == 0 || normalized[i - 1] is not ('.' or '!' or '?'))
                {
                    continue;
                }

                // A quotation ending a sentence: "... loved ones." Next sentence.
                terminal = i - 1;
                closeEnd = SkipClosers(normalized, i + 1, end, quoteBalanced);
            }
            else if (c is '.' or '!' or '?' && !inQuote)
            {
                terminal = i;
                var after = i + 1;
                while (after < end && normalized[after] is '.' or '!' or '?')
                {
                    after++;
                }

                closeEnd = SkipClosers(normalized, after, end, quoteBalanced);
                resume = after - 1;
            }
            else
            {
                continue;
            }

            if (closeEnd >= end || !char.IsWhiteSpace(normalized[closeEnd]))
            {
                i = resume;
                continue;
            }

            var next = SkipWhitespace(normalized, closeEnd, end);
            if (next >= end || !StartsSentence(normalized[next]))
            {
                i = resume;
                continue;
            }

            // Later periods of a run follow a period, so they always read as part of the abbreviation;
            // only a '!' or '?' later in the run still ends the sentence.
            if (normalized[terminal] == '.' && IsAbbreviationEnd(normalized, sentenceStart, terminal) && !HasExclamationOrQuestion(normalized, terminal + 1, resume + 1))
            {
                i = resume;
                continue;
            }

            result.Add((sentenceStart, closeEnd));
            sentenceStart = next;
            i = next - 1;
        }

        var last = TrimEnd(normalized, sentenceStart, end);
        if (last > sentenceStart)
        {
            result.Add((sentenceStart, last));
        }

        return result;
    }

    private static int SkipClosers(string text, int i, int end, bool quoteBalanced)
    {
        while (i < end && (text[i] is ')' or ']' or '\'' || (!quoteBalanced && text[i] == '"')))
        {
            i++;
        }

        return i;
    }

    private static bool StartsSentence(char c) => char.IsUpper(c) || char.IsDigit(c) || c is '"' or '\'' or '(' or '[' || (char.IsLetter(c) && !char.IsLower(c));

    private static bool IsAbbreviationEnd(string text, int sentenceStart, int period)
    {
        var wordStart = period;
        while (wordStart > sentenceStart && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        var word = text.Substring(wordStart, period - wordStart);
        if (word.Length == 0)
        {
            return false;
        }

        // A single capital letter is an initial ("George W. Bush"); letters with inner periods are an initialism ("U.S.").
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true;
        }

        if (word.IndexOf('.') >= 0)
        {
            return true;
        }

        return NonTerminalAbbreviations.Contains(word) || IsAbbreviatedGivenName(text, sentenceStart, wordStart, period, word);
    }

    // "; Ma. Teresa Ruiz, ...": "Ma." is how Filipino names write "Maria", opening a name before another capitalised
    // word. After a capitalised word it is a family name ending the sentence ("said Jack Ma. The ...").
    private static bool IsAbbreviatedGivenName(string text, int sentenceStart, int wordStart, int period, string word)
    {
        if (!AbbreviatedGivenNames.Contains(word) || period + 2 >= text.Length || text[period + 1] != ' ' || !char.IsUpper(text[period + 2]))
        {
            return false;
        }

        var before = wordStart - 1;
        while (before >= sentenceStart && text[before] == ' ')
        {
            before--;
        }

        var previousStart = before;
        while (previousStart - 1 >= sentenceStart && char.IsLetter(text[previousStart - 1]))
        {
            previousStart--;
        }

        return before < sentenceStart || !char.IsLetter(text[before]) || !char.IsUpper(text[previousStart]);
    }

    private static bool HasExclamationOrQuestion(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (text[i] is '!' or '?')
            {
                return true;
            }
        }

        return false;
    }

    private static int CountQuotes(string text, int start, int end)
    {
        var count = 0;
        for (var i = text.IndexOf('"', start, end - start); i >= 0; i = text.IndexOf('"', i + 1, end - i - 1))
        {
            count++;
        }

        return count;
    }

    private static int SkipWhitespace(string text, int i, int end)
    {
        while (i < end && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    private static int TrimEnd(string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end;
    }
}
