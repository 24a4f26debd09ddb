using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Text;

/// <summary>Decides whether a document is usable text before any analysis runs.</summary>
public static class TextCheck
{
    public static DocumentProblem Inspect(string text, int maxCharacters = ExtractionOptions.DefaultMaxCharacters)
    {
        if (text.Length > maxCharacters)
        {
            return DocumentProblem.TooLarge;
        }

        var letters = 0;
        var suspicious = 0;
        foreach (var c in text)
        {
            // ASCII letters and digits first: nearly every character, and cheaper than the Unicode lookup.
            if ((uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9 || (c > '\u007F' && char.IsLetterOrDigit(c)))
            {
                letters++;
            }
            else if (c == '\uFFFD' || (c < ' ' && c is not ('\n' or '\r' or '\t' or '\f')))
            {
                suspicious++;
            }
        }

        if (letters == 0)
        {
            return suspicious > 0 ? DocumentProblem.NotText : DocumentProblem.Empty;
        }

        // Binary or wrongly decoded content: many control or replacement characters.
        return suspicious * 20 > text.Length || suspicious > letters ? DocumentProblem.NotText : DocumentProblem.None;
    }
}
