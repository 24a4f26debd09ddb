using System.Collections.Generic;
using FactsGenerator.Extraction.Numbers;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Quantities;

/// <summary>
/// "at 2340 hours", "reported it at 0145 hours", "by 0600 hrs": the 24-hour clock of police, coast-guard and military
/// statements reads a time of day, it measures no length of time. Four digits that make a valid time (hours to 23,
/// minutes to 59) before "hours" or "hrs" are a clock reading when they open with a zero or follow a word that places
/// an event in time; "for 1200 hours", "after 1500 hours of testing" and "2340 hours" with nothing before stay lengths.
/// </summary>
internal static class ClockHours
{
    private static readonly HashSet<string> TimeWords = new(System.StringComparer.OrdinalIgnoreCase)
    {
        "at", "by", "until", "till", "since", "before", "after", "from", "between", "and", "to",
    };

    // "at around 2340 hours" is a time of day, "flown about 1500 hours" a length: a hedge alone places nothing in time.
    private static readonly HashSet<string> Hedges = new(System.StringComparer.OrdinalIgnoreCase) { "around", "about", "approximately" };

    public static bool IsClockReading(IReadOnlyList<Token> tokens, NumberMatch number)
    {
        var index = number.First;
        if (number.Last != index || !tokens[index].IsNumber || tokens[index].Text.Length != 4 || !IsClockDigits(tokens[index].Text)
            || !(TokenWindow.IsAt(tokens, index + 1, "hours") || TokenWindow.IsAt(tokens, index + 1, "hrs"))
            || TokenWindow.IsAt(tokens, index + 2, "of"))
        {
            return false;
        }

        var before = index - 1;
        if (before > 0 && tokens[before].IsWord && Hedges.Contains(tokens[before].Text))
        {
            before--;
        }

        return tokens[index].Text[0] == '0' || (before >= 0 && tokens[before].IsWord && TimeWords.Contains(tokens[before].Text));
    }

    private static bool IsClockDigits(string text)
    {
        foreach (var c in text)
        {
            if (c < '0' || c > '9')
            {
                return false;
            }
        }

        var hours = ((text[0] - '0') * 10) + (text[1] - '0');
        var minutes = ((text[2] - '0') * 10) + (text[3] - '0');
        return hours <= 23 && minutes <= 59;
    }
}
