using System;
using System.Collections.Generic;
using FactsGenerator.Extraction.Numbers;
using FactsGenerator.Extraction.Text;
using static FactsGenerator.Extraction.Quantities.TokenWindow;

namespace FactsGenerator.Extraction.Quantities;

/// <summary>
/// "protests for a fifth straight day", "the rate rose for a third consecutive month", "prices rose for the fourth month
/// in a row": an ordinal that closes an unbroken run of days, weeks, months or years says how long the run has lasted
/// (5 days, 3 months, 4 months). Any other ordinal ("the third day of the trial", "a second consecutive win") stays no
/// quantity.
/// </summary>
internal static class StreakReader
{
    /// <summary>
    /// True when token <paramref name="i"/> is an ordinal (a word, or digits with "st", "nd", "rd" or "th") closing a run of
    /// time; <paramref name="number"/> then spans the ordinal alone, so the unit after it is read as for a cardinal.
    /// </summary>
    public static bool TryRead(IReadOnlyList<Token> tokens, int i, out NumberMatch number)
    {
        number = default;
        // "first" opens no run: the run is at least its second unit.
        if (!TryOrdinal(tokens, i, 2, out var value, out var last))
        {
            return false;
        }

        var unit = last + 1;
        var unbroken = IsWordAt(tokens, unit) && QuantityLexicon.IsUnbrokenRunWord(tokens[unit].Text);
        if (unbroken)
        {
            unit++;
        }

        // The unit is singular, as after any ordinal ("a third straight month"); "in a row" may close the run instead.
        if (!IsWordAt(tokens, unit) || !QuantityLexicon.TryTimeUnit(tokens[unit].Text, out _) || tokens[unit].Text.EndsWith("s", StringComparison.OrdinalIgnoreCase)
            || !(unbroken || (IsAt(tokens, unit + 1, "in") && IsAt(tokens, unit + 2, "a") && IsAt(tokens, unit + 3, "row"))))
        {
            return false;
        }

        number = new NumberMatch(value, i, last, NumberForm.Words);
        return true;
    }

    /// <summary>"fifth", or "5th" (one word, or the digits and a glued "th"), of at least <paramref name="minimum"/>.</summary>
    internal static bool TryOrdinal(IReadOnlyList<Token> tokens, int i, int minimum, out decimal value, out int last)
    {
        last = i;
        if (tokens[i].IsWord && NumberWords.TryOrdinalWord(tokens[i].Text, out var word) && word >= minimum)
        {
            value = word;
            return true;
        }

        value = 0m;
        var text = tokens[i].Text;
        if (tokens[i].IsNumber && i + 1 < tokens.Count && tokens[i + 1].IsOrdinalSuffix
            && int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var digits) && digits >= minimum)
        {
            value = digits;
            last = i + 1;
            return true;
        }

        return false;
    }
}
