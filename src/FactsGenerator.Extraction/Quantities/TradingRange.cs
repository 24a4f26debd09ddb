using System.Collections.Generic;
using FactsGenerator.Extraction.Numbers;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Quantities;

/// <summary>
/// "well off their 52-week high of $118.37", "a new 52-week low": the stock tables' name for the past year's extreme
/// price. The 52 names the window every such figure is read over, it reports no length of time; the price after it
/// stays a figure. "a 52-week programme" (no "high" or "low" after) is a length.
/// </summary>
internal static class TradingRange
{
    public static bool IsFiftyTwoWeekExtreme(IReadOnlyList<Token> tokens, NumberMatch number)
    {
        var index = number.First;
        if (number.Last != index || !tokens[index].IsNumber || tokens[index].Text != "52" || !TokenWindow.IsJoiningHyphenAt(tokens, index + 1)
            || !TokenWindow.IsAt(tokens, index + 2, "week") || index + 3 >= tokens.Count)
        {
            return false;
        }

        return tokens[index + 3].Text.ToLowerInvariant() is "high" or "highs" or "low" or "lows" or "range";
    }
}
