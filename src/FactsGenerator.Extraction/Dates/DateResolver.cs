using System;
using System.Collections.Generic;
using System.Globalization;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Dates;

/// <summary>
/// Turns a date phrase into ISO text ("2019-01-21", "2018-08", "1994") using the publication date for
/// weekdays and dates without a year. A weekday is the most recent such day on or before publication,
/// or, when its sentence speaks of the future ("will", "next", "scheduled"), the first such day after it.
/// A month after "last" or "next" is the nearest such month before or after publication.
/// A day and month without a year take the publication year, or the year before when that would put a
/// past event after publication, or the year after when a future event would fall before it.
/// </summary>
internal static class DateResolver
{
    private static readonly HashSet<string> FutureMarkers = new(StringComparer.OrdinalIgnoreCase)
    {
        "will", "shall", "'ll", "scheduled", "upcoming", "expected", "planned", "plans", "next", "intends", "intend", "aims",
    };

    public static DateTime? ParsePublished(string? published)
    {
        if (published is null)
        {
            return null;
        }

        return DateTime.TryParseExact(published.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
    }

    public static string? Resolve(DatePhrase phrase, IReadOnlyList<Token> tokens, DateTime? published)
    {
        switch (phrase.Kind)
        {
            case DatePhraseKind.Year:
                return YearOrSpan(phrase);
            case DatePhraseKind.Decade:
            case DatePhraseKind.Century:
            case DatePhraseKind.NamedDay:
            case DatePhraseKind.TimeOfDay:
                return null;
            case DatePhraseKind.Calendar:
                return phrase.RangeEnd is { } end ? Interval(Calendar(phrase, tokens, published), Calendar(end, tokens, published)) : Calendar(phrase, tokens, published);
            case DatePhraseKind.RelativeDay:
                return published is { } day ? Iso(day.AddDays(phrase.RelativeDays)) : null;
            case DatePhraseKind.RelativePeriod:
                return published is { } now ? Period(phrase, now) : null;
            default:
                return published is { } anchor ? Iso(Weekday(anchor, phrase.Weekday, IsFuture(phrase, tokens))) : null;
        }
    }

    // "2019-12-12/2020-01-05": an ISO 8601 interval when both ends resolve in order, else the start alone.
    private static string? Interval(string? start, string? end) =>
        start is not null && end is not null && start.Length == end.Length && string.CompareOrdinal(start, end) < 0 ? start + "/" + end : start;

    // "1994", or "1971/1978" for a span of years (an ISO 8601 interval); a year before the common era has no ISO form here.
    private static string? YearOrSpan(DatePhrase phrase)
    {
        if (phrase.BeforeCommonEra)
        {
            return null;
        }

        var year = phrase.Year.ToString("D4", CultureInfo.InvariantCulture);
        return phrase.EndYear == 0 ? year : year + "/" + phrase.EndYear.ToString("D4", CultureInfo.InvariantCulture);
    }

    private static string? Calendar(DatePhrase phrase, IReadOnlyList<Token> tokens, DateTime? published)
    {
        var year = phrase.Year;
        if (year == 0 && phrase.Day == 0 && phrase.Direction != 0 && published is { } said)
        {
            // "last June" is the most recent June before the month of publication, "next March" the first one after it.
            year = phrase.Direction < 0
                ? (phrase.Month < said.Month ? said.Year : said.Year - 1)
                : (phrase.Month > said.Month ? said.Year : said.Year + 1);
        }

        if (year == 0 && phrase.YearOffset is { } offset)
        {
            if (published is not { } stated)
            {
                return null;
            }

            year = stated.Year + offset;
        }

        if (year == 0)
        {
            if (published is not { } anchor)
            {
                return null;
            }

            year = anchor.Year;
            var candidate = new DateTime(year, phrase.Month, Math.Min(Math.Max(phrase.Day, 1), DateTime.DaysInMonth(year, phrase.Month)));
            var future = IsFuture(phrase, tokens);
            if (candidate > anchor.AddDays(1) && !future)
            {
                year--;
            }
            else if (future && (phrase.Day == 0 ? candidate.Year * 12 + candidate.Month < anchor.Year * 12 + anchor.Month : candidate < anchor))
            {
                year++;
            }
        }

        if (phrase.Day == 0)
        {
            return year.ToString("D4", CultureInfo.InvariantCulture) + "-" + phrase.Month.ToString("D2", CultureInfo.InvariantCulture);
        }

        return phrase.Day <= DateTime.DaysInMonth(year, phrase.Month) ? Iso(new DateTime(year, phrase.Month, phrase.Day)) : null;
    }

    // "last year" → the year before publication, "this month" → the publication month; weeks stay unresolved.
    private static string? Period(DatePhrase phrase, DateTime anchor)
    {
        switch (phrase.Period)
        {
            case "year":
                return (anchor.Year + phrase.Direction).ToString("D4", CultureInfo.InvariantCulture);
            case "month":
                var month = anchor.AddMonths(phrase.Direction);
                return month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
            default:
                return null;
        }
    }

    internal static DateTime Weekday(DateTime anchor, int weekday, bool future)
    {
        var offset = weekday - (int)anchor.DayOfWeek;
        if (future)
        {
            return anchor.AddDays(offset <= 0 ? offset + 7 : offset);
        }

        return anchor.AddDays(offset > 0 ? offset - 7 : offset);
    }

    private static bool IsFuture(DatePhrase phrase, IReadOnlyList<Token> tokens)
    {
        if (phrase.Direction != 0)
        {
            return phrase.Direction > 0;
        }

        foreach (var token in tokens)
        {
            if (token.IsWord && FutureMarkers.Contains(token.Text))
            {
                return true;
            }
        }

        return false;
    }

    private static string Iso(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
