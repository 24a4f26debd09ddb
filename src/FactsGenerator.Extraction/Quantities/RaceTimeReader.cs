using System.Collections.Generic;
using FactsGenerator.Extraction.Numbers;
using FactsGenerator.Extraction.Text;
using static FactsGenerator.Extraction.Quantities.TokenWindow;

namespace FactsGenerator.Extraction.Quantities;

/// <summary>
/// "finished in 2:14:04", "a time of 2:05:45": a finishing time written as hours, minutes and seconds is one length
/// of time, counted in seconds as race times are compared. A clock reading ("at 3:24:55 UTC") is no length.
/// </summary>
internal static class RaceTimeReader
{
    private const int MaxHours = 9;

    /// <summary>Adds the time starting at token <paramref name="index"/>; returns the token after it, or 0 when there is none.</summary>
    public static int TryRead(Sentence sentence, int index, List<QuantityMention> into)
    {
        var tokens = sentence.Tokens;
        if (!TryPart(tokens, index, MaxHours, out var hours) || !IsGluedColon(tokens, index + 1) || !TryPart(tokens, index + 2, 59, out var minutes)
            || !IsGluedColon(tokens, index + 3) || !TryPart(tokens, index + 4, 59, out var seconds) || tokens[index + 2].Text.Length != 2
            || tokens[index + 4].Text.Length != 2 || IsClockReading(tokens, index))
        {
            return 0;
        }

        var last = index + 4;
        var mention = new QuantityMention(sentence, new NumberMatch((hours * 3600m) + (minutes * 60m) + seconds, index, last, NumberForm.Digits))
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

    private static bool IsGluedColon(IReadOnlyList<Token> tokens, int index) =>
        IsSymbolAt(tokens, index, ':') && !tokens[index].SpaceBefore && index + 1 < tokens.Count && !tokens[index + 1].SpaceBefore;

    // "at 3:24:55", "3:24:55 UTC", "3:24:55 pm": a moment of the day.
    private static bool IsClockReading(IReadOnlyList<Token> tokens, int index)
    {
        if (IsAt(tokens, index - 1, "at") || IsAt(tokens, index - 1, "until") || IsAt(tokens, index - 1, "by"))
        {
            return true;
        }

        var after = index + 5;
        return IsWordAt(tokens, after) && (QuantityLexicon.IsClockWord(tokens[after].Text) || IsTimeZone(tokens[after].Text));
    }

    private static bool IsTimeZone(string word) => word.Length is >= 2 and <= 4 && word.ToUpperInvariant() == word && word[word.Length - 1] == 'T'
        || word is "UTC" or "GMT";
}
