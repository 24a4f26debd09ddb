using System;
using System.Collections.Generic;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Dates;

/// <summary>
/// Clock times: "7:30", "10 am", "4 p.m.", "12:00 pm", "8.10am". A time after a weekday belongs to the weekday
/// ("Friday 7:30 p.m."); a time with "a.m." or "p.m." is a date of the timeline on its own ("at 4 p.m.") or with the
/// weekday after it ("10:30 a.m. Thursday"). A bare "7:30" without its half of the day is only read after a weekday:
/// alone it is as likely a score, a ratio or a running time.
/// </summary>
internal static class ClockTimes
{
    /// <summary>The last token of a clock time at <paramref name="i"/> ("7:30", "10 am", "7:30 p.m."), or null.</summary>
    public static int? End(IReadOnlyList<Token> tokens, int i)
    {
        var hourEnd = HourEnd(tokens, i);
        if (hourEnd is not { } last)
        {
            return null;
        }

        if (IsMeridiem(tokens, last + 1))
        {
            return last + 1;
        }

        return last > i ? last : null;
    }

    /// <summary>The last token of a clock time with its half of the day at <paramref name="i"/> ("4 p.m.", "12:00 pm"), or null.</summary>
    public static int? WithMeridiemEnd(IReadOnlyList<Token> tokens, int i) =>
        HourEnd(tokens, i) is { } last && IsMeridiem(tokens, last + 1) ? last + 1 : null;

    /// <summary>
    /// The last token of the time zone after a clock time ending at <paramref name="last"/>: "local time", "EDT", "ET"
    /// (capitals of two to four letters); <paramref name="last"/> when none follows.
    /// </summary>
    public static int ZoneEnd(IReadOnlyList<Token> tokens, int last)
    {
        if (last + 2 < tokens.Count && tokens[last + 1].Is("local") && tokens[last + 2].Is("time"))
        {
            return last + 2;
        }

        return last + 1 < tokens.Count && IsZone(tokens[last + 1].Text) ? last + 1 : last;
    }

    /// <summary>
    /// The closing bracket of the same time in another zone after a clock time ending at <paramref name="last"/>
    /// ("10:21 am (1421 GMT)", "4 p.m. (0800 UTC)"): wire copy gives both, and the pair is one time; <paramref name="last"/>
    /// when none follows.
    /// </summary>
    public static int EquivalentEnd(IReadOnlyList<Token> tokens, int last)
    {
        var open = last + 1;
        if (open >= tokens.Count || !tokens[open].IsSymbol('('))
        {
            return last;
        }

        var timeEnd = open + 1 < tokens.Count && tokens[open + 1].IsNumber && tokens[open + 1].Text.Length == 4 ? open + 1 : End(tokens, open + 1);
        if (timeEnd is not { } end)
        {
            return last;
        }

        var zone = ZoneEnd(tokens, end);
        return zone > end && zone + 1 < tokens.Count && tokens[zone + 1].IsSymbol(')') ? zone + 1 : last;
    }

    // "EDT", "GMT", "ET", "UTC": zone abbreviations end with "T" for "time" (or are "UTC"); "US" or "UK" after a time
    // start a longer description ("11:25am US east coast time") that is no zone.
    private static bool IsZone(string text)
    {
        if (text.Length is < 2 or > 4 || (text[text.Length - 1] != 'T' && text != "UTC"))
        {
            return false;
        }

        foreach (var c in text)
        {
            if (c is < 'A' or > 'Z')
            {
                return false;
            }
        }

        return true;
    }

    // The last token of the hour and minutes at i: "4", "10:30" (three tokens), "8.10" (one number token); null when
    // the number cannot be an hour.
    private static int? HourEnd(IReadOnlyList<Token> tokens, int i)
    {
        if (i >= tokens.Count || !tokens[i].IsNumber)
        {
            return null;
        }

        var text = tokens[i].Text;
        if (IsHour(text, text.Length))
        {
            return i + 2 < tokens.Count && tokens[i + 1].IsSymbol(':') && !tokens[i + 1].SpaceBefore && IsMinutes(tokens[i + 2].Text, 0)
                && tokens[i + 2].IsNumber && !tokens[i + 2].SpaceBefore ? i + 2 : i;
        }

        // "8.10am": the tokenizer reads hour and minutes with a point as one decimal number.
        var point = text.IndexOf('.');
        return point > 0 && IsHour(text, point) && text.Length == point + 3 && IsMinutes(text, point + 1) ? i : null;
    }

    private static bool IsHour(string text, int length) =>
        length is 1 or 2 && IsDigit(text[0]) && (length == 1 || IsDigit(text[1])) && (length == 1 ? text[0] - '0' : ((text[0] - '0') * 10) + text[1] - '0') <= 24;

    private static bool IsMinutes(string text, int at) =>
        text.Length == at + 2 && text[at] >= '0' && text[at] <= '5' && IsDigit(text[at + 1]);

    private static bool IsDigit(char c) => c is >= '0' and <= '9';

    // "pm", "PM" or "p.m." (one token: the tokenizer keeps an initialism with its periods).
    private static bool IsMeridiem(IReadOnlyList<Token> tokens, int i)
    {
        if (i >= tokens.Count || !tokens[i].IsWord)
        {
            return false;
        }

        var text = tokens[i].Text;
        // "Of the 12 am I the oldest?": a lower-case "am" before "I" is the verb, not the morning.
        if (text == "am" && i + 1 < tokens.Count && tokens[i + 1].Text == "I")
        {
            return false;
        }

        return text.Equals("am", StringComparison.OrdinalIgnoreCase) || text.Equals("pm", StringComparison.OrdinalIgnoreCase)
            || text.Equals("a.m.", StringComparison.OrdinalIgnoreCase) || text.Equals("p.m.", StringComparison.OrdinalIgnoreCase)
            || text.Equals("a.m", StringComparison.OrdinalIgnoreCase) || text.Equals("p.m", StringComparison.OrdinalIgnoreCase);
    }
}
