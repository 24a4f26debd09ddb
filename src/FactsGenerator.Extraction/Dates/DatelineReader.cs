using System.Collections.Generic;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Dates;

/// <summary>
/// Reads a publication date from a dateline: a full date (day, month and year) at the very start of the
/// body, before a dash or alone in its paragraph ("KABUL, January 24, 2019 — ...", "Thursday, 24 January 2019").
/// </summary>
internal static class DatelineReader
{
    private const int MaxDatelineTokens = 12;

    public static (string? Published, int Last, Sentence? Sentence) Read(AnalyzedText text)
    {
        foreach (var sentence in text.BodySentences)
        {
            var tokens = sentence.Tokens;
            var limit = System.Math.Min(tokens.Count, MaxDatelineTokens);
            var window = new List<Token>();
            for (var i = 0; i < limit; i++)
            {
                window.Add(tokens[i]);
            }

            foreach (var phrase in DatePhraseScanner.Scan(window))
            {
                if (phrase.Kind != DatePhraseKind.Calendar || phrase.Year == 0 || phrase.Day == 0)
                {
                    continue;
                }

                var after = phrase.Last + 1;
                var alone = after >= tokens.Count || (after == tokens.Count - 1 && tokens[after].Kind == TokenKind.Symbol);
                var beforeDash = after < tokens.Count && tokens[after].IsSymbol('-');
                if (alone || beforeDash)
                {
                    return (Iso(phrase), phrase.Last, sentence);
                }
            }

            break;
        }

        return (null, -1, null);
    }

    private static string Iso(DatePhrase phrase) =>
        phrase.Year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture) + "-"
        + phrase.Month.ToString("D2", System.Globalization.CultureInfo.InvariantCulture) + "-"
        + phrase.Day.ToString("D2", System.Globalization.CultureInfo.InvariantCulture);
}
