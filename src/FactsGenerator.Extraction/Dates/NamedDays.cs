using System;
using System.Collections.Generic;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Dates;

/// <summary>
/// Holidays and other named days ("Christmas Eve", "New Year's Day", "Labor Day"). A day with a fixed date is a
/// calendar date without its year, resolved like "December 24"; a day that moves from year to year, or whose date
/// depends on the country ("Easter", "Independence Day"), is kept as written without a calendar value.
/// </summary>
internal static class NamedDays
{
    private sealed class NamedDay
    {
        public NamedDay(string name, int month, int day)
        {
            Words = name.Split(' ');
            Month = month;
            Day = day;
        }

        /// <summary>The name as tokens: "New Year 's Eve".</summary>
        public string[] Words { get; }

        public int Month { get; }

        /// <summary>0 with <see cref="Month"/> 0 for a day that moves.</summary>
        public int Day { get; }
    }

    // Longer names first where one name begins another ("Christmas Eve" before "Christmas").
    private static readonly NamedDay[] Days =
    {
        new("New Year 's Eve", 12, 31), new("New Year 's Day", 1, 1), new("Christmas Eve", 12, 24), new("Christmas Day", 12, 25),
        new("Christmas", 12, 25), new("Boxing Day", 12, 26), new("Halloween", 10, 31), new("Valentine 's Day", 2, 14),
        new("St Patrick 's Day", 3, 17), new("St . Patrick 's Day", 3, 17), new("Saint Patrick 's Day", 3, 17),
        new("International Women 's Day", 3, 8), new("May Day", 5, 1), new("Bastille Day", 7, 14), new("Canada Day", 7, 1),
        new("Australia Day", 1, 26), new("Anzac Day", 4, 25), new("Remembrance Day", 11, 11), new("Armistice Day", 11, 11),
        new("Veterans Day", 11, 11), new("Veterans ' Day", 11, 11), new("Juneteenth", 6, 19), new("Guy Fawkes Night", 11, 5),
        new("Easter Sunday", 0, 0), new("Easter Monday", 0, 0), new("Easter", 0, 0), new("Good Friday", 0, 0),
        new("Thanksgiving Day", 0, 0), new("Thanksgiving", 0, 0), new("Independence Day", 0, 0), new("Labor Day", 0, 0),
        new("Labour Day", 0, 0), new("Memorial Day", 0, 0), new("Election Day", 0, 0), new("Mother 's Day", 0, 0),
        new("Father 's Day", 0, 0), new("Remembrance Sunday", 0, 0), new("Martin Luther King Jr . Day", 0, 0),
        new("Presidents ' Day", 0, 0), new("Presidents Day", 0, 0), new("Lunar New Year", 0, 0), new("Chinese New Year", 0, 0),
        new("Eid al - Fitr", 0, 0), new("Eid al - Adha", 0, 0), new("Diwali", 0, 0), new("Hanukkah", 0, 0), new("Ramadan", 0, 0),
        new("Passover", 0, 0), new("Yom Kippur", 0, 0), new("Rosh Hashanah", 0, 0),
    };

    // Asked for every capitalised token: one look-up by the first word instead of trying every name.
    private static readonly Dictionary<string, List<NamedDay>> DaysByFirstWord = IndexByFirstWord();

    private static Dictionary<string, List<NamedDay>> IndexByFirstWord()
    {
        var index = new Dictionary<string, List<NamedDay>>(StringComparer.Ordinal);
        foreach (var day in Days)
        {
            if (!index.TryGetValue(day.Words[0], out var list))
            {
                index[day.Words[0]] = list = new List<NamedDay>();
            }

            list.Add(day);
        }

        return index;
    }

    /// <summary>The named day starting at token <paramref name="i"/>, or null.</summary>
    public static DatePhrase? At(IReadOnlyList<Token> tokens, int i)
    {
        if (!tokens[i].IsCapitalized)
        {
            return null;
        }

        if (!DaysByFirstWord.TryGetValue(tokens[i].Text, out var candidates))
        {
            return null;
        }

        foreach (var day in candidates)
        {
            if (Matches(tokens, i, day.Words))
            {
                var last = i + day.Words.Length - 1;
                return day.Month == 0
                    ? new DatePhrase(DatePhraseKind.NamedDay, i, last)
                    : new DatePhrase(DatePhraseKind.Calendar, i, last) { Month = day.Month, Day = day.Day };
            }
        }

        return null;
    }

    // Every word in order; the name must end there ("Christmas Island" and "Easter Island" are places, not days).
    private static bool Matches(IReadOnlyList<Token> tokens, int i, string[] words)
    {
        if (i + words.Length > tokens.Count)
        {
            return false;
        }

        for (var k = 0; k < words.Length; k++)
        {
            if (!string.Equals(tokens[i + k].Text, words[k], StringComparison.Ordinal))
            {
                return false;
            }
        }

        var after = i + words.Length;
        return after >= tokens.Count || !tokens[after].IsCapitalized;
    }
}
