using System;
using System.Collections.Generic;
using System.Text;
using System.Threading;
using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Text;

/// <summary>
/// A document prepared for extraction: the original text, its one-to-one normalised copy, paragraphs,
/// sentences with tokens, and line numbers. Every extractor reads this; none re-scans the raw text.
/// </summary>
internal sealed class AnalyzedText
{
    private readonly LineMap lines;
    private InterviewLayout? interview;

    private AnalyzedText(string original, string normalized, LineMap lines, IReadOnlyList<Paragraph> paragraphs, IReadOnlyList<Sentence> sentences, string? headline)
    {
        Original = original;
        Normalized = normalized;
        this.lines = lines;
        Paragraphs = paragraphs;
        Sentences = sentences;
        Headline = headline;
    }

    public string Original { get; }

    public string Normalized { get; }

    public IReadOnlyList<Paragraph> Paragraphs { get; }

    public IReadOnlyList<Sentence> Sentences { get; }

    /// <summary>The first line when it reads as a headline (a short single-line first paragraph without a final period).</summary>
    public string? Headline { get; }

    /// <summary>The question-and-answer layout, read on first use (most documents have none).</summary>
    public InterviewLayout Interview => interview ??= InterviewLayout.Read(Normalized, Paragraphs);

    /// <summary>Sentences of the body (the headline excluded).</summary>
    public IEnumerable<Sentence> BodySentences
    {
        get
        {
            foreach (var sentence in Sentences)
            {
                if (!sentence.IsHeadline)
                {
                    yield return sentence;
                }
            }
        }
    }

    public int WordCount
    {
        get
        {
            var count = 0;
            foreach (var sentence in Sentences)
            {
                // Indexed, not foreach: enumerating an IReadOnlyList boxes an enumerator per sentence.
                var tokens = sentence.Tokens;
                for (var i = 0; i < tokens.Count; i++)
                {
                    if (tokens[i].Kind != TokenKind.Symbol)
                    {
                        count++;
                    }
                }
            }

            return count;
        }
    }

    public static AnalyzedText Analyze(string original, CancellationToken cancellationToken = default)
    {
        var normalized = TextNormalizer.Normalize(original);
        var lineMap = new LineMap(original);
        var paragraphs = FindParagraphs(normalized);
        var headlineParagraph = paragraphs.Count > 1 && IsHeadline(normalized, paragraphs[0]) ? paragraphs[0] : null;
        var sentences = new List<Sentence>();
        foreach (var paragraph in paragraphs)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var spans = paragraph == headlineParagraph
                ? new List<(int Start, int End)> { (paragraph.Start, paragraph.End) }
                : SentenceSplitter.Split(normalized, paragraph.Start, paragraph.End);
            foreach (var (start, end) in spans)
            {
                // Per sentence too: one paragraph may be the whole document (a single 2 MB line).
                cancellationToken.ThrowIfCancellationRequested();
                var tokens = Tokenizer.Tokenize(normalized, start, end);
                GluedEmDashes.Separate(tokens, original);
                sentences.Add(new Sentence(sentences.Count, paragraph, start, end, tokens, CollapseWhitespace(original, start, end), paragraph == headlineParagraph));
            }
        }

        var headline = headlineParagraph is null ? null : CollapseWhitespace(original, headlineParagraph.Start, headlineParagraph.End);
        return new AnalyzedText(original, normalized, lineMap, paragraphs, sentences, headline);
    }

    /// <summary>Evidence for the phrase [start, end) of <paramref name="sentence"/>.</summary>
    public Evidence EvidenceFor(Sentence sentence, int start, int end)
    {
        var (line, column) = lines.Locate(start);
        return new Evidence(start, end - start, line, column, CollapseWhitespace(Original, start, end), sentence.Text);
    }

    public Evidence EvidenceFor(Sentence sentence, Token first, Token last) => EvidenceFor(sentence, first.Start, last.End);

    /// <summary>The sentence containing <paramref name="offset"/>, or null.</summary>
    public Sentence? SentenceAt(int offset)
    {
        var lo = 0;
        var hi = Sentences.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            var s = Sentences[mid];
            if (offset < s.Start)
            {
                hi = mid - 1;
            }
            else if (offset >= s.End)
            {
                lo = mid + 1;
            }
            else
            {
                return s;
            }
        }

        return null;
    }

    public static string CollapseWhitespace(string text, int start, int end)
    {
        // Most phrases have nothing to collapse (single spaces between words): then the result is the substring,
        // without a builder and its copy. Every sentence, name chunk and evidence passes here.
        if (IsCollapsed(text, start, end))
        {
            return text.Substring(start, end - start);
        }

        var builder = new StringBuilder(end - start);
        var pendingSpace = false;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (IsSpaceLike(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    // What CollapseWhitespace turns into a single space or drops: white space, control characters and the invisible
    // zero-width space and byte-order mark. The cheap ASCII tests come first, as nearly every character is a printable
    // ASCII one (none of which is white space), so the Unicode table is read only beyond ASCII.
    private static bool IsSpaceLike(char c) => c <= ' ' || (c >= '\u007F' && (c is '\u200B' or '\uFEFF' || char.IsWhiteSpace(c)));

    // True when CollapseWhitespace would return the text unchanged: no leading or trailing space-like character,
    // and every inner one is a plain space between two characters that stay.
    private static bool IsCollapsed(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (!IsSpaceLike(c))
            {
                continue;
            }

            if (c != ' ' || i == start || i + 1 >= end || IsSpaceLike(text[i - 1]) || IsSpaceLike(text[i + 1]))
            {
                return false;
            }
        }

        return true;
    }

    private static List<Paragraph> FindParagraphs(string text)
    {
        var paragraphs = new List<Paragraph>();
        var i = 0;
        while (i < text.Length)
        {
            // Skip blank lines.
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i >= text.Length)
            {
                break;
            }

            var start = i;
            var end = i;
            while (i < text.Length)
            {
                var lineEnd = text.IndexOf('\n', i);
                if (lineEnd < 0)
                {
                    lineEnd = text.Length;
                }

                if (IsBlank(text, i, lineEnd))
                {
                    break;
                }

                end = lineEnd;
                i = Math.Min(lineEnd + 1, text.Length);
            }

            paragraphs.Add(new Paragraph(paragraphs.Count, start, TrimEnd(text, start, end)));
        }

        return paragraphs;
    }

    private static bool IsHeadline(string text, Paragraph paragraph)
    {
        var length = paragraph.End - paragraph.Start;
        if (length == 0 || length > 250 || text.IndexOf('\n', paragraph.Start, length) >= 0)
        {
            return false;
        }

        return text[paragraph.End - 1] is not '.';
    }

    private static bool IsBlank(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return false;
            }
        }

        return true;
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
