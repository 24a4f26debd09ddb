using System.Collections.Generic;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Quantities;

/// <summary>
/// "on 14, 15 and 16 August", "May 2, 3 and 4", "June 3-5": every day of a list that a month name opens or closes is
/// part of a date, so none of them is a count (nor picks up the unit of a figure nearby).
/// </summary>
internal static class DayList
{
    private const int LastDay = 31;

    public static bool IsDayOfAMonth(IReadOnlyList<Token> tokens, int index)
    {
        // "May 2, 3 and 4, and 12 percent of": a number that counts what follows it is no day of the list.
        if (!IsDay(tokens, index) || !EndsItem(tokens, index + 1))
        {
            return false;
        }

        // Forward to the last day of the run: a month right after it closes the list.
        var last = index;
        while (DayBeside(tokens, last, +1) is { } next)
        {
            last = next;
        }

        if (last > index && last + 1 < tokens.Count && tokens[last + 1].IsCapitalized && QuantityLexicon.IsMonth(tokens[last + 1].Text))
        {
            return true;
        }

        // Back to the first day of the run: a month right before it opens the list.
        var first = index;
        while (DayBeside(tokens, first, -1) is { } previous)
        {
            first = previous;
        }

        return first < index && first > 0 && NonQuantityFilter.IsMonthBefore(tokens, first);
    }

    private static bool IsDay(IReadOnlyList<Token> tokens, int index) =>
        index >= 0 && index < tokens.Count && tokens[index].IsNumber && tokens[index].Text.Length <= 2
        && int.TryParse(tokens[index].Text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var day)
        && day >= 1 && day <= LastDay;

    // The day past the one or two separators beside index ("," / "and" / "or" / "to" / "-" / ", and"), after it when
    // step is +1 and before it when step is -1; null when none stands there.
    private static int? DayBeside(IReadOnlyList<Token> tokens, int index, int step)
    {
        var k = index + step;
        var separators = 0;
        while (k >= 0 && k < tokens.Count && separators < 2 && IsSeparator(tokens[k]))
        {
            k += step;
            separators++;
        }

        return separators > 0 && IsDay(tokens, k) ? k : null;
    }

    private static bool EndsItem(IReadOnlyList<Token> tokens, int next) =>
        next >= tokens.Count || IsSeparator(tokens[next]) || tokens[next].IsSymbol('.') || tokens[next].IsSymbol(';') || tokens[next].IsSymbol(')')
        || (tokens[next].IsCapitalized && QuantityLexicon.IsMonth(tokens[next].Text));

    private static bool IsSeparator(Token token) =>
        token.IsSymbol(',') || token.IsSymbol('-') || token.IsSymbol('&') || token.Is("and") || token.Is("or") || token.Is("to");
}
