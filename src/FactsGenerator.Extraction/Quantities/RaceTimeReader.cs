using System.Collections.Generic;
using FactsGenerator.Extraction.Numbers;
using FactsGenerator.Extraction.Text;
using static FactsGenerator.Extraction.Quantities.TokenWindow;

namespace FactsGenerator.Extraction.Quantities;

/// <summary>
/// "finished in 2:14:04", "a time of 2:05:45": a finishing time written as hours, minutes and seconds is one length
/// of time, counted in seconds as race times are compared; so is a time of minutes and seconds with hundredths
/// ("swam 14:31.02": 871.02). A clock reading ("at 3:24:55 UTC") is no length.
/// </summary>
internal static class RaceTimeReader
{
    private const int MaxHours = 9;

    /// <summary>Adds the time starting at token <paramref name="index"/>; returns the token after it, or 0 when there is none.</summary>
    public static int TryRead(Sentence sentence, int index, List<QuantityMention> into)
    {
        var tokens = sentence.Tokens;
        decimal total;
        int last;
        if (TryPart(tokens, index, MaxHours, out var hours) && IsGluedColon(tokens, index + 1) && TryPart(tokens, index + 2, 59, out var minutes)
            && IsGluedColon(tokens, index + 3) && TryPart(tokens, index + 4, 59, out var seconds) && tokens[index + 2].Text.Length == 2
            && tokens[index + 4].Text.Length == 2 && !IsClockReading(tokens, index, index + 5))
        {
            total = (hours * 3600m) + (minutes * 60m) + seconds;
            last = index + 4;
        }
        else if (TryPart(tokens, index, 59, out var wholeMinutes) && IsGluedColon(tokens, index + 1)
            && TryFractionalSeconds(tokens[index + 2], out var fractional) && !IsClockReading(tokens, index, index + 3))
        {
            // "14:31.02", "1:52.38": minutes, then seconds with their hundredths, as swimming and track times are given.
            total = (wholeMinutes * 60m) + fractional;
            last = index + 2;
        }
        else
        {
            return 0;
        }

        var mention = new QuantityMention(sentence, new NumberMatch(total, index, last, NumberForm.Digits))
        {
            Unit = "seconds",
            UnitKind = UnitKind.Time,
        };

        var (qualifier, qualifierStart) = QualifierReader.ReadLeft(tokens, index);
        mention.Qualifier = qualifier;
        mention.CoverEvidence(qualifierStart);
        ContextReader.ReadBefore(tokens, qualifierStart, mention);
        // "a record of 2:17:01" is the record; a bare "2:05:46" after a runner's name is that runner's time.
        mention.MeasuredNoun ??= IsAt(tokens, qualifierStart - 1, "of") && IsWordAt(tokens, qualifierStart - 2) && !tokens[qualifierStart - 2].IsCapitalized
            ? tokens[qualifierStart - 2].Text.ToLowerInvariant()
            : "time";
        into.Add(mention);
        return last + 1;
    }

    private static bool TryPart(IReadOnlyList<Token> tokens, int index, int max, out int value)
    {
        value = 0;
        if (index >= tokens.Count || !tokens[index].IsNumber || tokens[index].Text.Length > 2)
        {
            return false;
        }

        foreach (var c in tokens[index].Text)
        {
            if (c < '0' || c > '9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return value <= max;
    }

    // "31.02": two digits of seconds (at most 59), a point and one to three digits of fractions; a clock never has them.
    private static bool TryFractionalSeconds(Token token, out decimal seconds)
    {
        seconds = 0m;
        var text = token.Text;
        if (!token.IsNumber || text.Length < 4 || text.Length > 6 || text[2] != '.')
        {
            return false;
        }

        for (var k = 0; k < text.Length; k++)
        {
            if (k != 2 && (text[k] < '0' || text[k] > '9'))
            {
                return false;
            }
        }

        var whole = ((text[0] - '0') * 10) + (text[1] - '0');
        if (whole > 59)
        {
            return false;
        }

        var scale = 1m;
        var fraction = 0m;
        for (var k = 3; k < text.Length; k++)
        {
            scale /= 10m;
            fraction += (text[k] - '0') * scale;
        }

        seconds = whole + fraction;
        return true;
    }

    private static bool IsGluedColon(IReadOnlyList<Token> tokens, int index) =>
        IsSymbolAt(tokens, index, ':') && !tokens[index].SpaceBefore && index + 1 < tokens.Count && !tokens[index + 1].SpaceBefore;

    // "at 3:24:55", "3:24:55 UTC", "3:24:55 pm": a moment of the day.
    private static bool IsClockReading(IReadOnlyList<Token> tokens, int index, int after)
    {
        if (IsAt(tokens, index - 1, "at") || IsAt(tokens, index - 1, "until") || IsAt(tokens, index - 1, "by"))
        {
            return true;
        }

        return IsWordAt(tokens, after) && (QuantityLexicon.IsClockWord(tokens[after].Text) || IsTimeZone(tokens[after].Text));
    }

    private static bool IsTimeZone(string word) => word.Length is >= 2 and <= 4 && word.ToUpperInvariant() == word && word[word.Length - 1] == 'T'
        || word is "UTC" or "GMT";
}
