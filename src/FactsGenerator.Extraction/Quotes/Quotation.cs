namespace FactsGenerator.Extraction.Quotes;

/// <summary>A quoted passage: [Start, End) are the offsets of its text inside the quotation marks.</summary>
internal sealed class Quotation
{
    public Quotation(int start, int end, int openMark, int closeMark)
    {
        Start = start;
        End = end;
        OpenMark = openMark;
        CloseMark = closeMark;
    }

    public int Start { get; }

    public int End { get; }

    /// <summary>Offset of the opening quotation mark.</summary>
    public int OpenMark { get; }

    /// <summary>Offset of the closing quotation mark, or -1 when the passage runs to the end of its paragraph.</summary>
    public int CloseMark { get; }
}
