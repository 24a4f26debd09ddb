using System.Collections.Generic;

namespace FactsGenerator.Extraction.Text;

/// <summary>
/// Whether an offset of a document lies inside a direct quotation: an odd number of double quotation marks (all
/// normalised to '"') stands between the start of its paragraph and it. A quotation that runs on over paragraphs
/// opens each of them again, so counting within the paragraph is enough. The marks are listed once, on the first
/// question, and each question is a binary search. One place for the question, asked by the spoken-article filter
/// of quantities and by the reader of roles given through a pronoun.
/// </summary>
internal sealed class QuotationMarks
{
    private readonly AnalyzedText text;
    private List<int>? marks;

    public QuotationMarks(AnalyzedText text) => this.text = text;

    public bool IsInside(Paragraph paragraph, int offset)
    {
        var all = marks ??= List(text.Normalized);
        return (CountBefore(all, offset) - CountBefore(all, paragraph.Start)) % 2 == 1;
    }

    private static List<int> List(string normalized)
    {
        var found = new List<int>();
        for (var i = normalized.IndexOf('"'); i >= 0; i = normalized.IndexOf('"', i + 1))
        {
            found.Add(i);
        }

        return found;
    }

    // How many marks stand before the offset.
    private static int CountBefore(List<int> all, int offset)
    {
        int low = 0, high = all.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (all[middle] < offset)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
