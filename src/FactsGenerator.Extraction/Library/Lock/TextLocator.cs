using System.Threading;
using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Library.Lock;

/// <summary>
/// Finds a phrase or sentence of a lock file or curation rule in a document. Whitespace runs match any whitespace
/// (line breaks move when a paragraph is re-wrapped) and typographic variants match their plain forms (a curly
/// apostrophe typed as a straight one in the lock file still matches), like the engine's own normaliser.
/// </summary>
internal sealed class TextLocator
{
    private readonly AnalyzedText analyzed;
    private readonly string normalized;

    public TextLocator(string text, CancellationToken cancellationToken = default)
    {
        analyzed = AnalyzedText.Analyze(text, cancellationToken);
        normalized = analyzed.Normalized;
    }

    /// <summary>Whether the sentence still occurs in the document.</summary>
    public bool Contains(string sentence) => Find(sentence, 0, normalized.Length, out _) >= 0;

    /// <summary>
    /// Evidence for <paramref name="phrase"/>, looked for inside <paramref name="sentence"/> when one is given (so a
    /// phrase that occurs several times is found where the lock file saw it); null when the text is gone.
    /// </summary>
    public Evidence? Locate(string phrase, string? sentence)
    {
        int start, end;
        if (!string.IsNullOrWhiteSpace(sentence))
        {
            var sentenceStart = Find(sentence!, 0, normalized.Length, out var sentenceEnd);
            if (sentenceStart < 0)
            {
                return null;
            }

            start = Find(phrase, sentenceStart, sentenceEnd, out end);
            if (start < 0)
            {
                (start, end) = (sentenceStart, sentenceEnd);
            }
        }
        else
        {
            start = Find(phrase, 0, normalized.Length, out end);
            if (start < 0)
            {
                return null;
            }
        }

        var (line, column) = LineAndColumn(start);
        var containing = analyzed.SentenceAt(start);
        var sentenceText = containing?.Text ?? AnalyzedText.CollapseWhitespace(analyzed.Original, start, end);
        return new Evidence(start, end - start, line, column, AnalyzedText.CollapseWhitespace(analyzed.Original, start, end), sentenceText);
    }

    private int Find(string needle, int from, int to, out int end)
    {
        var pattern = Collapse(TextNormalizer.Normalize(needle));
        end = -1;
        if (pattern.Length == 0)
        {
            return -1;
        }

        for (var start = from; start < to; start++)
        {
            if (normalized[start] != pattern[0])
            {
                continue;
            }

            var i = start;
            var j = 0;
            while (j < pattern.Length && i < to)
            {
                if (pattern[j] == ' ')
                {
                    if (!char.IsWhiteSpace(normalized[i]))
                    {
                        break;
                    }

                    while (i < to && char.IsWhiteSpace(normalized[i]))
                    {
                        i++;
                    }

                    j++;
                }
                else if (normalized[i] == pattern[j])
                {
                    i++;
                    j++;
                }
                else
                {
                    break;
                }
            }

            if (j == pattern.Length)
            {
                end = i;
                return start;
            }
        }

        return -1;
    }

    private static string Collapse(string text) => AnalyzedText.CollapseWhitespace(text, 0, text.Length);

    private (int Line, int Column) LineAndColumn(int offset)
    {
        var line = 1;
        var lineStart = 0;
        var text = analyzed.Original;
        for (var i = 0; i < offset && i < text.Length; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, offset - lineStart + 1);
    }
}
