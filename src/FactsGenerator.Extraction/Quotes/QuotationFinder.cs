using System.Collections.Generic;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Quotes;

/// <summary>
/// Finds quoted passages paragraph by paragraph. Double quotation marks (straight or curly) pair up in
/// order; a paragraph that ends inside a quotation continues into the next paragraph when that one opens
/// with a quotation mark (the news convention for long quotes). Single quotation marks are read only in
/// paragraphs without double ones, and only at word boundaries, so apostrophes are not taken for quotes.
/// </summary>
internal static class QuotationFinder
{
    public static List<Quotation> Find(AnalyzedText text)
    {
        var result = new List<Quotation>();
        var normalized = text.Normalized;
        var paragraphs = text.Paragraphs;
        var carryStart = -1;
        var carryOpen = -1;
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var paragraph = paragraphs[p];
            if (HasDouble(normalized, paragraph.Start, paragraph.End))
            {
                carryStart = FindDouble(normalized, paragraph, result, carryStart, carryOpen, out carryOpen);
            }
            else
            {
                CloseCarried(result, ref carryStart, carryOpen, paragraphs[p - 1 >= 0 ? p - 1 : 0].End);
                FindSingle(normalized, paragraph.Start, paragraph.End, result);
            }
        }

        if (carryStart >= 0)
        {
            result.Add(new Quotation(carryStart, paragraphs[paragraphs.Count - 1].End, carryOpen, -1));
        }

        result.Sort((a, b) => a.Start.CompareTo(b.Start));
        return result;
    }

    // Returns the start of a quotation left open at the end of the paragraph, or -1.
    private static int FindDouble(string text, Paragraph paragraph, List<Quotation> result, int carryStart, int carryOpen, out int openMark)
    {
        var open = -1;
        var first = true;
        for (var i = paragraph.Start; i < paragraph.End; i++)
        {
            if (text[i] != '"')
            {
                continue;
            }

            if (first && carryStart >= 0)
            {
                first = false;
                if (i == paragraph.Start)
                {
                    // The quotation goes on in this paragraph: keep its start, look for its close.
                    open = i;
                    continue;
                }

                result.Add(new Quotation(carryStart, TrimEnd(text, carryStart, paragraph.Start), carryOpen, -1));
                carryStart = -1;
            }

            first = false;
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
                    // No inner closing mark: the mark closes the outer quotation after all.
                    CloseAt(result, ref open, ref carryStart, carryOpen, i);
                    continue;
                }

                i = inner;
            }
            else
            {
                CloseAt(result, ref open, ref carryStart, carryOpen, i);
            }
        }

        if (open >= 0)
        {
            openMark = carryStart >= 0 ? carryOpen : open;
            return carryStart >= 0 ? carryStart : open + 1;
        }

        openMark = -1;
        return -1;
    }

    private static void CloseAt(List<Quotation> result, ref int open, ref int carryStart, int carryOpen, int i)
    {
        var start = carryStart >= 0 ? carryStart : open + 1;
        var mark = carryStart >= 0 ? carryOpen : open;
        if (i > start)
        {
            result.Add(new Quotation(start, i, mark, i));
        }

        carryStart = -1;
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

    private static void CloseCarried(List<Quotation> result, ref int carryStart, int carryOpen, int end)
    {
        if (carryStart >= 0)
        {
            result.Add(new Quotation(carryStart, end, carryOpen, -1));
            carryStart = -1;
        }
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
