using System.Collections.Generic;

namespace FactsGenerator.Extraction.Text;

/// <summary>Converts offsets to 1-based line and column numbers (line breaks: \n, \r\n, \r).</summary>
internal sealed class LineMap
{
    private static readonly char[] LineBreaks = { '\r', '\n' };

    private readonly int[] lineStarts;

    public LineMap(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            // Jump to the next line break (IndexOfAny is vectorised): a line is often a whole paragraph.
            i = text.IndexOfAny(LineBreaks, i);
            if (i < 0)
            {
                break;
            }

            var c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                starts.Add(i + 1);
            }
            else if (c == '\n')
            {
                starts.Add(i + 1);
            }
        }

        lineStarts = starts.ToArray();
    }

    public int LineCount => lineStarts.Length;

    public (int Line, int Column) Locate(int offset)
    {
        var lo = 0;
        var hi = lineStarts.Length - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) / 2;
            if (lineStarts[mid] <= offset)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return (lo + 1, offset - lineStarts[lo] + 1);
    }
}
