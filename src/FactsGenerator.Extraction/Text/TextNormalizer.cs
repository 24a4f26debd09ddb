using System;

namespace FactsGenerator.Extraction.Text;

/// <summary>
/// Maps typographic variants to plain ASCII one character for one character, so every offset in the
/// normalised text is also an offset in the original (evidence and diagnostics point at the original).
/// </summary>
internal static class TextNormalizer
{
    public static string Normalize(string text)
    {
        // Plain text (printable ASCII and line feeds only) normalises to itself: no copy is made.
        var plain = 0;
        while (plain < text.Length && ((text[plain] >= ' ' && text[plain] <= '~' && text[plain] != '`' && !IsDoubledApostrophe(text, plain)) || text[plain] == '\n'))
        {
            plain++;
        }

        if (plain == text.Length)
        {
            return text;
        }

        var chars = BufferFor(text.Length);
        text.CopyTo(0, chars, 0, plain);
        var doubleMarksOnLine = 0;
        for (var i = plain - 1; i >= 0 && text[i] != '\n'; i--)
        {
            doubleMarksOnLine += text[i] == '"' ? 1 : 0;
        }

        for (var i = plain; i < text.Length; i++)
        {
            var c = text[i];

            // Wire copy writes the double quotation mark as two single ones: "''We stay,'' said X", "‘‘We stay,’’ said X",
            // "``We stay,'' said X". A pair at a word's start opens a quotation when none is open on the line; two
            // straight apostrophes after a word close the one that is open. The pair becomes one mark and a space,
            // the space on the outer side, so the quotation's text holds no stray apostrophe.
            if (OpensWithPair(text, i) && doubleMarksOnLine % 2 == 0)
            {
                chars[i] = ' ';
                chars[i + 1] = '"';
                doubleMarksOnLine++;
                i++;
                continue;
            }

            if (c == '\'' && doubleMarksOnLine % 2 == 1 && ClosesWithPair(text, i))
            {
                chars[i] = '"';
                chars[i + 1] = ' ';
                doubleMarksOnLine++;
                i++;
                continue;
            }

            // Printable ASCII (all but the backtick) is kept as it is: nearly every character, so the switch is skipped.
            if (c >= ' ' && c <= '~' && c != '`')
            {
                chars[i] = c;
                doubleMarksOnLine += c == '"' ? 1 : 0;
                continue;
            }

            // "“We were home,’’ said X": two closing single marks written for the double one that a quotation opened on
            // the line needs. (Elsewhere a pair is wiki italics, "on ‘’My Little Pony’’", and stays as it is.)
            if (c == '\u2019' && i + 1 < text.Length && text[i + 1] == '\u2019' && doubleMarksOnLine % 2 == 1)
            {
                chars[i] = '"';
                chars[i + 1] = ' ';
                doubleMarksOnLine++;
                i++;
                continue;
            }

            chars[i] = c switch
            {
                '\r' => i + 1 < text.Length && text[i + 1] == '\n' ? ' ' : '\n',
                '\t' or '\f' or '\v' => ' ',
                '\u00A0' or '\u2007' or '\u202F' or '\u2009' or '\u200A' or '\u2002' or '\u2003' or '\u2004' or '\u2005' or '\u2006' or '\u2008' or '\u3000' => ' ',
                '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD' => ' ',
                '\u2028' or '\u2029' or '\u0085' => '\n',
                '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '\u00B4' or '`' => '\'',
                '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\u00AB' or '\u00BB' => '"',
                '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => '-',
                '\u2026' => '.',
                _ when c < ' ' && c != '\n' => ' ',
                _ => c,
            };

            doubleMarksOnLine = chars[i] == '\n' ? 0 : chars[i] == '"' ? doubleMarksOnLine + 1 : doubleMarksOnLine;
        }

        return new string(chars, 0, text.Length);
    }

    // Articles are a few thousand characters: one buffer per thread serves them all, and only the string made
    // from it is allocated per document. A longer text gets a buffer of its own, so no thread keeps a large one.
    private const int ReusedBufferLength = 65536;

    [ThreadStatic]
    private static char[]? reusedBuffer;

    private static char[] BufferFor(int length) =>
        length <= ReusedBufferLength ? reusedBuffer ??= new char[ReusedBufferLength] : new char[length];

    private static bool IsDoubledApostrophe(string text, int i) => text[i] == '\'' && i + 1 < text.Length && text[i + 1] == '\'';

    // Two equal opening marks ('' ‘‘ ``) after the start of a line, a space or an opening bracket, before a letter or digit.
    private static bool OpensWithPair(string text, int i)
    {
        var c = text[i];
        if ((c != '\'' && c != '\u2018' && c != '`') || i + 2 >= text.Length || text[i + 1] != c || !char.IsLetterOrDigit(text[i + 2]))
        {
            return false;
        }

        var before = i > 0 ? text[i - 1] : '\n';
        return char.IsWhiteSpace(before) || before is '(' or '[';
    }

    // Two straight apostrophes after a word or its punctuation, before a space, punctuation or the end of the text.
    private static bool ClosesWithPair(string text, int i) =>
        IsDoubledApostrophe(text, i) && i > 0 && !char.IsWhiteSpace(text[i - 1])
        && (i + 2 >= text.Length || !char.IsLetterOrDigit(text[i + 2]));

    /// <summary>True for the characters that normalise to '"' (any double quotation mark).</summary>
    public static bool IsDoubleQuote(char c) => c is '"' or '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u00AB' or '\u00BB';

    /// <summary>True for dash characters that separate clauses rather than join words.</summary>
    public static bool IsClauseDash(char original) => original is '\u2013' or '\u2014' or '\u2015';
}
