using System.Collections.Generic;
using FactsGenerator.Extraction.Numbers;
using FactsGenerator.Extraction.Text;
using static FactsGenerator.Extraction.Quantities.TokenWindow;

namespace FactsGenerator.Extraction.Quantities;

/// <summary>
/// "six feet two inches tall", "a 6-foot-4 forward", "5 ft 10 in", "6ft 2in": a height written in feet and inches is one figure,
/// in feet, as the text's larger unit; the inches are not a second measure.
/// </summary>
internal static class CompoundLengthReader
{
    private const decimal InchesPerFoot = 12m;

    // A foot in twelfths is a recurring fraction: four decimals keep a tenth of an inch.
    private const int Decimals = 4;

    /// <summary>Extends the feet figure <paramref name="mention"/> over the inches after it; returns the last token taken, or -1.</summary>
    public static int Extend(IReadOnlyList<Token> tokens, QuantityMention mention)
    {
        if (mention.UnitKind != UnitKind.Measure || mention.Unit is not ("feet" or "ft") || mention.UpperValue is not null || mention.Value is not { } feet)
        {
            return -1;
        }

        var unitAt = IsJoiningHyphenAt(tokens, mention.Number.Last + 1) ? mention.Number.Last + 2 : mention.Number.Last + 1;
        if (!IsWordAt(tokens, unitAt) || !QuantityLexicon.TryMeasureUnit(tokens[unitAt].Text, out var unit) || unit != mention.Unit)
        {
            return -1;
        }

        // "6-foot-4" leaves the inches unsaid; "six feet two inches" and "6 ft 4 in" say them.
        var hyphened = IsJoiningHyphenAt(tokens, unitAt + 1);
        var at = hyphened || IsAt(tokens, unitAt + 1, "and") ? unitAt + 2 : unitAt + 1;
        if (at >= tokens.Count || !NumberReader.TryRead(tokens, at, out var inches) || inches.Value is not { } value || value >= InchesPerFoot)
        {
            return -1;
        }

        var last = inches.Last;
        if (IsInchWordAt(tokens, last + 1))
        {
            last++;
        }
        else if (!hyphened)
        {
            return -1;
        }

        mention.Value = System.Math.Round(feet + (value / InchesPerFoot), Decimals);
        mention.CoverEvidence(last);
        return last;
    }

    // "inches", "inch", and the abbreviation "in" glued to its figure ("6ft 2in") or with no word after it ("stood 6 ft 4
    // in."), so "6 ft 4 in the shade" is left.
    private static bool IsInchWordAt(IReadOnlyList<Token> tokens, int index) =>
        IsAt(tokens, index, "inches") || IsAt(tokens, index, "inch")
        || (IsAt(tokens, index, "in") && (!tokens[index].SpaceBefore || (!IsWordAt(tokens, index + 1) && !(index + 1 < tokens.Count && tokens[index + 1].IsNumber))));
}
