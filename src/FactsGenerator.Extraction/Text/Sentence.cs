using System.Collections.Generic;

namespace FactsGenerator.Extraction.Text;

/// <summary>A paragraph: a run of non-blank lines. Offsets are into the document.</summary>
internal sealed class Paragraph
{
    public Paragraph(int index, int start, int end)
    {
        Index = index;
        Start = start;
        End = end;
    }

    public int Index { get; }

    public int Start { get; }

    public int End { get; }
}

/// <summary>A sentence with its tokens. <see cref="IsHeadline"/> marks the document's title line.</summary>
internal sealed class Sentence
{
    public Sentence(int index, Paragraph paragraph, int start, int end, IReadOnlyList<Token> tokens, string text, bool isHeadline)
    {
        Index = index;
        Paragraph = paragraph;
        Start = start;
        End = end;
        Tokens = tokens;
        Text = text;
        IsHeadline = isHeadline;
    }

    public int Index { get; }

    public Paragraph Paragraph { get; }

    public int Start { get; }

    public int End { get; }

    public IReadOnlyList<Token> Tokens { get; }

    /// <summary>The original text of the sentence with whitespace runs collapsed to one space.</summary>
    public string Text { get; }

    public bool IsHeadline { get; }

    public override string ToString() => Text;
}
