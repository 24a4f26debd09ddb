using System.Collections.Generic;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Quotes;

/// <summary>
/// Finds quoted passages paragraph by paragraph. Double quotation marks (straight or curly) pair up in
/// order; a paragraph that ends inside a quotation ends that quotation there. A long quotation over several
/// paragraphs (each opening with a mark, only the last closing) is one quotation a paragraph, as the
/// annotations count them; the next paragraph's opening mark starts the next one. Single quotation marks
/// are read only in paragraphs without double ones, and only at word boundaries, so apostrophes are not
/// taken for quotes.
/// </summary>
internal static class QuotationFinder
{
    public static List<Quotation> Find(AnalyzedText text)
    {
        var result = new List<Quotation>();
        var normalized = text.Normalized;
        foreach (var paragraph in text.Paragraphs)
        {
            if (HasDouble(normalized, paragraph.Start, paragraph.End))
            {
                FindDouble(normalized, text.Original, paragraph, result);
            }
            else
            {
                FindSingle(normalized, paragraph.Start, paragraph.End, result);
            }
        }

        result.Sort((a, b) => a.Start.CompareTo(b.Start));
        return result;
    }

    private static void FindDouble(string text, string original, Paragraph paragraph, List<Quotation> result)
    {
        var open = -1;
        for (var i = paragraph.Start; i < paragraph.End; i++)
        {
            if (text[i] != '"')
            {
                continue;
            }

            if (open < 0)
            {
                open = i;
            }
            else if (OpensInner(text, i, paragraph))
            {
                // "The "Union" holds none": a mark after a space and before a word opens a quotation inside
                // the quotation; skip to its closing mark, the outer quotation goes on.
                var inner = i + 1;
                while (inner < paragraph.End && text[inner] != '"')
                {
                    inner++;
                }

                if (inner >= paragraph.End || !ClosesInner(text, inner, paragraph))
                {
                    // No inner closing mark: the mark closes the outer quotation after all. A curly opening mark
                    // inside a curly quotation ("“It was late. “Then the lights went out.”") opens the next
                    // quotation: the writer left the first one unclosed.
                    if (original[i] == '\u201C' && original[open] == '\u201C')
                    {
                        var unclosedEnd = TrimEnd(text, open + 1, i);
                        if (unclosedEnd > open + 1)
                        {
                            result.Add(new Quotation(open + 1, unclosedEnd, open, -1));
                        }

                        open = i;
                        continue;
                    }

                    CloseAt(result, ref open, i);
                    continue;
                }

                i = inner;
            }
            else
            {
                CloseAt(result, ref open, i);
            }
        }

        // Left open: the quotation runs to the end of the paragraph (a long one goes on in the next paragraph
        // as a quotation of its own).
        if (open < 0)
        {
            return;
        }

        var end = TrimEnd(text, open + 1, paragraph.End);
        if (end > open + 1)
        {
            result.Add(new Quotation(open + 1, end, open, -1));
        }
    }

    private static void CloseAt(List<Quotation> result, ref int open, int i)
    {
        if (i > open + 1)
        {
            result.Add(new Quotation(open + 1, i, open, i));
        }

        open = -1;
    }

    // A space before the mark and a letter after it: it opens a quotation rather than closing one.
    private static bool OpensInner(string text, int i, Paragraph paragraph) =>
        i > paragraph.Start && char.IsWhiteSpace(text[i - 1]) && i + 1 < paragraph.End && char.IsLetterOrDigit(text[i + 1]);

    // The inner quotation's closing mark follows a word or punctuation and is followed by a space or punctuation,
    // and a later mark remains to close the outer quotation.
    private static bool ClosesInner(string text, int i, Paragraph paragraph)
    {
        if (char.IsWhiteSpace(text[i - 1]) || (i + 1 < paragraph.End && char.IsLetterOrDigit(text[i + 1])))
        {
            return false;
        }

        for (var k = i + 1; k < paragraph.End; k++)
        {
            if (text[k] == '"')
            {
                return true;
            }
        }

        return false;
    }

    private static void FindSingle(string text, int start, int end, List<Quotation> result)
    {
        var open = -1;
        for (var i = start; i < end; i++)
        {
            if (text[i] != '\'')
            {
                continue;
            }

            var before = i > start ? text[i - 1] : ' ';
            var after = i + 1 < end ? text[i + 1] : ' ';
            if (open < 0)
            {
                if ((char.IsWhiteSpace(before) || before is '(' or '[' or '-' or ':') && (char.IsLetterOrDigit(after) || after == '.'))
                {
                    open = i;
                }
            }
            else if (!char.IsWhiteSpace(before) && !char.IsLetterOrDigit(after))
            {
                result.Add(new Quotation(open + 1, i, open, i));
                open = -1;
            }
        }
    }

    private static bool HasDouble(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (text[i] == '"')
            {
                return true;
            }
        }

        return false;
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
