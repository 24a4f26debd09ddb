using System.Collections.Generic;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>
/// Picture credits under captions ("Protesters at the march. Image: Jo Kim.", "(Photo: Lakeside Daily)"): the name
/// after the credit label is whoever took or owns the picture, not someone or something the article is about.
/// </summary>
internal static class CreditLines
{
    /// <summary>Longest credit read after a label; a longer rest of line is prose that happens to use the word.</summary>
    private const int MaxCreditLength = 80;

    /// <summary>The character spans [start, end) of the normalised text that hold picture credits, in text order.</summary>
    public static List<(int Start, int End)> Find(AnalyzedText text)
    {
        var spans = new List<(int Start, int End)>();
        var normalized = text.Normalized;
        foreach (var sentence in text.Sentences)
        {
            var tokens = sentence.Tokens;
            for (var i = 0; i + 1 < tokens.Count; i++)
            {
                if (!IsCreditLabel(tokens[i].Text) || !tokens[i + 1].IsSymbol(':') || tokens[i + 1].SpaceBefore)
                {
                    continue;
                }

                var start = tokens[i + 1].End;
                var opened = i > 0 && tokens[i - 1].IsSymbol('(') && !tokens[i].SpaceBefore;
                var end = CreditEnd(normalized, start, opened);
                if (end <= start)
                {
                    continue;
                }

                // Spans come in text order; two labels on one line ("Image: X (Photo: Y)") make one span.
                if (spans.Count > 0 && start < spans[spans.Count - 1].End)
                {
                    var previous = spans[spans.Count - 1];
                    spans[spans.Count - 1] = (previous.Start, System.Math.Max(previous.End, end));
                }
                else
                {
                    spans.Add((start, end));
                }
            }
        }

        return spans;
    }

    /// <summary>True when <paramref name="offset"/> lies inside one of <paramref name="spans"/> (sorted and disjoint,
    /// as <see cref="Find"/> returns them; a binary search keeps a document with many captions fast).</summary>
    public static bool Covers(List<(int Start, int End)> spans, int offset)
    {
        var low = 0;
        var high = spans.Count - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            if (offset < spans[middle].Start)
            {
                high = middle - 1;
            }
            else if (offset >= spans[middle].End)
            {
                low = middle + 1;
            }
            else
            {
                return true;
            }
        }

        return false;
    }

    // Only the capitalised label counts: "the image: a boat" in prose is lower case.
    private static bool IsCreditLabel(string word) => word is "Image" or "Photo" or "Photograph" or "Picture" or "Credit" or "Photos" or "Images";

    // A credit runs to the end of its line, or to the closing bracket when it was opened with one; -1 when what
    // follows is too long to be a credit.
    private static int CreditEnd(string text, int start, bool opened)
    {
        for (var k = start; k < text.Length && k - start <= MaxCreditLength; k++)
        {
            if (text[k] == '\n' || (opened && text[k] == ')'))
            {
                return k;
            }
        }

        return start + MaxCreditLength >= text.Length ? text.Length : -1;
    }
}
