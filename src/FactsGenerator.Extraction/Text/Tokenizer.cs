using System;
using System.Collections.Generic;

namespace FactsGenerator.Extraction.Text;

/// <summary>A single left-to-right scanner over normalised text; linear time, no backtracking.</summary>
internal static class Tokenizer
{
    // One shared string per ASCII character: punctuation and one-letter words are about a quarter of all tokens.
    private static readonly string[] SingleCharacters = CreateSingleCharacters();

    // The tokens of the sentence being read, before they are copied into a list of exactly their number: a list
    // sized from the sentence's length stays about 40% larger than needed for the whole document.
    [ThreadStatic]
    private static List<Token>? scratch;

    private const int MaxKeptScratch = 4096;

    public static List<Token> Tokenize(string text, int start, int end)
    {
        var tokens = scratch ??= new List<Token>(256);
        tokens.Clear();
        var i = start;
        var spaceBefore = true;
        while (i < end)
        {
            var c = text[i];
            if (c == ' ' || char.IsWhiteSpace(c))
            {
                spaceBefore = true;
                i++;
                continue;
            }

            int tokenEnd;
            TokenKind kind;
            if (char.IsDigit(c))
            {
                kind = TokenKind.Number;
                tokenEnd = ScanNumber(text, i, end);
            }
            else if (char.IsLetter(c))
            {
                kind = TokenKind.Word;
                tokenEnd = ScanWord(text, i, end);
            }
            else if (c == '\'' && i + 1 < end && (text[i + 1] == 's' || text[i + 1] == 'S') && (i + 2 >= end || !char.IsLetterOrDigit(text[i + 2])) && !spaceBefore)
            {
                // Possessive "'s" is its own token so "Norway's" yields the name "Norway".
                kind = TokenKind.Word;
                tokenEnd = i + 2;
            }
            else
            {
                kind = TokenKind.Symbol;
                tokenEnd = char.IsHighSurrogate(c) && i + 1 < end ? i + 2 : i + 1;
            }

            // A substring per longer token. Sharing one string per recurring text through a per-thread table saved
            // about a tenth of the engine's allocation but cost 4 to 6% of its time: hashing every token, and writing
            // young strings into a long-lived table, which every collection then has to scan.
            var tokenText = tokenEnd - i == 1 && c < SingleCharacters.Length ? SingleCharacters[c] : text.Substring(i, tokenEnd - i);
            tokens.Add(new Token(kind, i, tokenText, spaceBefore));
            spaceBefore = false;
            i = tokenEnd;
        }

        // The list constructor copies a collection into an array of exactly its count.
        var sentenceTokens = new List<Token>(tokens);

        // A sentence of thousands of tokens (a long document without terminals) would otherwise leave its buffer on
        // the thread for good: only an ordinary sentence's is kept.
        if (tokens.Capacity > MaxKeptScratch)
        {
            scratch = null;
        }

        return sentenceTokens;
    }

    private static string[] CreateSingleCharacters()
    {
        var strings = new string[128];
        for (var c = 0; c < strings.Length; c++)
        {
            strings[c] = ((char)c).ToString();
        }

        return strings;
    }

    private static int ScanNumber(string text, int i, int end)
    {
        var start = i;
        var hasPoint = false;
        i++;
        while (i < end)
        {
            var c = text[i];
            if (char.IsDigit(c))
            {
                i++;
            }
            else if (c == ',' && IsThousandsGroupAt(text, i, end))
            {
                i++;
            }
            else if (c == ',' && !hasPoint && i - start <= 2 && IndianGroupingEnd(text, i, end) is var grouped && grouped > i)
            {
                i = grouped;
            }
            else if (c == '.' && !hasPoint && i + 1 < end && char.IsDigit(text[i + 1]))
            {
                hasPoint = true;
                i++;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    // Indian grouping ("1,62,540", "12,34,56,789"): after one or two digits, pairs of digits and a last group of three.
    // Returns the end of the whole number, or the comma's own index when the text is not grouped so (a list "1,62").
    private static int IndianGroupingEnd(string text, int comma, int end)
    {
        var k = comma;
        var pairs = 0;
        while (k < end && text[k] == ',' && IsDigitRun(text, k + 1, 2, end) && k + 3 < end && text[k + 3] == ',')
        {
            pairs++;
            k += 3;
        }

        return pairs > 0 && IsThousandsGroupAt(text, k, end) ? k + 4 : comma;
    }

    // The comma opens a last group of exactly three digits: ",500" in "2,500" or "1,62,500", not ",5000" (shared by the
    // western and the Indian grouping).
    private static bool IsThousandsGroupAt(string text, int comma, int end) =>
        IsDigitRun(text, comma + 1, 3, end) && (comma + 4 >= end || !char.IsDigit(text[comma + 4]));

    private static bool IsDigitRun(string text, int start, int count, int end)
    {
        if (start + count > end)
        {
            return false;
        }

        for (var k = start; k < start + count; k++)
        {
            if (!char.IsDigit(text[k]))
            {
                return false;
            }
        }

        return true;
    }

    private static int ScanWord(string text, int i, int end)
    {
        var start = i;
        i++;
        while (i < end)
        {
            var c = text[i];
            if (IsAsciiLetterOrDigit(c) || char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark)
            {
                i++;
            }
            else if (c == '\'' && i + 1 < end && char.IsLetter(text[i + 1]) && !IsPossessiveS(text, i, end))
            {
                i++;
            }
            else if (c == ',' && char.IsDigit(text[i - 1]) && IsThousandsGroupAt(text, i, end))
            {
                // "R2,500", "KSh400,000": an amount glued to its currency prefix keeps its thousands groups.
                i++;
            }
            else if (c == ',' && char.IsDigit(text[i - 1]) && IndianGroupingEnd(text, i, end) is var grouped && grouped > i)
            {
                // "Rs1,62,540": and its Indian grouping.
                i = grouped;
            }
            else if (c == '.' && char.IsDigit(text[i - 1]) && i + 1 < end && char.IsDigit(text[i + 1]))
            {
                // "KSh2.3", "USD1.5": and its decimal point.
                i++;
            }
            else if (c == '.' && i + 1 < end && char.IsLetter(text[i + 1]) && i + 2 <= end && IsInitialism(text, start, i, end))
            {
                i += 2;
            }
            else
            {
                break;
            }
        }

        // "U.S." keeps its final period when the word is an initialism.
        if (i < end && text[i] == '.' && i - start >= 3 && text[i - 2] == '.' && char.IsLetter(text[i - 1]))
        {
            i++;
        }

        return i;
    }

    // Nearly every character inside a word is an ASCII letter: tested before the Unicode tables.
    private static bool IsAsciiLetterOrDigit(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9;

    private static bool IsPossessiveS(string text, int apostrophe, int end) =>
        (text[apostrophe + 1] == 's' || text[apostrophe + 1] == 'S') && (apostrophe + 2 >= end || !char.IsLetterOrDigit(text[apostrophe + 2]));

    // "U.S", "e.g": single letters separated by periods.
    private static bool IsInitialism(string text, int start, int period, int end) =>
        (period - start == 1 || (period - start >= 3 && text[period - 2] == '.'))
        && (period + 2 >= end || !char.IsLetter(text[period + 2]));
}
