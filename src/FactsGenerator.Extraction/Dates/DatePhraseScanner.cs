using System;
using System.Collections.Generic;
using System.Linq;
using System.Globalization;
using FactsGenerator.Extraction.Entities;
using FactsGenerator.Extraction.Numbers;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Dates;

/// <summary>
/// Finds date expressions in a sentence's tokens with a single left-to-right scan: calendar dates in both
/// orders ("21 September 2023", "September 21, 2023", "the fourth of July"), month and year, weekdays with a
/// part of the day, a clock time or the date after them, "yesterday"/"today"/"tomorrow", named days ("Christmas Eve"),
/// years, spans of years ("1971–1978"), years with their era ("712 BC"), decades ("the 1970s", "the '90s", "the
/// seventies") and centuries ("the 13th century"). A four-digit number is a year only when nothing marks it as a count
/// ("1,500 people", "1800 UTC", "$2000"). Words before a date that place it ("early", "the end of") are joined to it
/// afterwards by <see cref="DateModifiers"/>, which may not reach back into the date before.
/// </summary>
internal static class DatePhraseScanner
{
    private static readonly HashSet<string> PartsOfDay = new(StringComparer.OrdinalIgnoreCase) { "morning", "afternoon", "evening", "night", "overnight" };

    // The words that open an ordinal past "twentieth": "thirtieth" itself, and "twenty" and "thirty" of "twenty-first".
    // The tokenizer splits "twenty-first" at its hyphen, so the tens before a unit are read apart (OrdinalAt).
    private static readonly string[] TensOrdinalWords = { "thirtieth", "twenty", "thirty" };

    // Ordinals in words: "first" to "twentieth" (NumberWords), and "thirtieth" for the days of a month.
    private static bool TryOrdinalWord(string word, out int value)
    {
        if (NumberWords.TryOrdinalWord(word, out value))
        {
            return true;
        }

        value = string.Equals(word, "thirtieth", StringComparison.OrdinalIgnoreCase) ? 30 : 0;
        return value != 0;
    }

    private static readonly HashSet<string> NotYearFollowers = new(StringComparer.OrdinalIgnoreCase)
    {
        "utc", "gmt", "hours", "hrs", "local", "people", "km", "kilometres", "kilometers", "miles", "metres", "meters",
        "feet", "percent", "per", "votes", "seats", "troops", "residents", "deaths", "cases", "times", "tonnes", "tons",
    };

    // Capitalised words a number follows as part of a name, never as a year (case-sensitive: "in local 2019 elections" is no
    // name); the roads and regions are NameChunker's numbered places.
    private static readonly HashSet<string> NumberedNameWords = new(StringComparer.Ordinal)
    {
        "Local", "Flight", "Gate", "Pier", "Platform", "Terminal", "Room", "Precinct", "Lodge",
    };

    // Words after which a number before a plural noun is still a year ("in 2019 voters", "summer 2019 floods") and a
    // bare "May" or "March" is a month.
    private static readonly HashSet<string> YearPrepositions = new(
        new[]
        {
            "in", "since", "of", "from", "until", "till", "by", "between", "and", "to", "before", "after", "during", "early",
            "late", "mid", "the", "around", "circa", "or", "through", "year",
        }.Concat(DateModifiers.Seasons),
        StringComparer.OrdinalIgnoreCase);

    public static List<DatePhrase> Scan(IReadOnlyList<Token> tokens)
    {
        var phrases = new List<DatePhrase>();
        var i = 0;
        var floor = 0;
        while (i < tokens.Count)
        {
            if (!CanStartDate(tokens[i]))
            {
                i++;
                continue;
            }

            var phrase = NamedDayAt(tokens, i) ?? CalendarAt(tokens, i) ?? WeekdayAt(tokens, i) ?? RelativeDayAt(tokens, i) ?? RelativePeriodAt(tokens, i)
                ?? ClockAt(tokens, i) ?? EraYearAt(tokens, i) ?? FiscalYearAt(tokens, i) ?? YearAt(tokens, i) ?? TwoDigitDecadeAt(tokens, i) ?? DecadeWordAt(tokens, i) ?? CenturyAt(tokens, i);
            if (phrase is null)
            {
                i++;
                continue;
            }

            DateModifiers.Widen(tokens, phrase, floor);
            phrases.Add(phrase);
            i = phrase.Last + 1;
            floor = i;
        }

        DateRanges.Join(tokens, phrases);
        return phrases;
    }

    // Most tokens are lower-case words or punctuation that no date phrase starts with; skipping them cheaply keeps
    // the scan fast (it runs over every sentence).
    private static bool CanStartDate(Token token)
    {
        if (token.IsNumber)
        {
            return true;
        }

        if (!token.IsWord)
        {
            return false;
        }

        return char.IsUpper(token.Text[0]) || DateStarters.Contains(token.Text);
    }

    private static readonly HashSet<string> RelativeStarters = new(StringComparer.OrdinalIgnoreCase) { "yesterday", "today", "tomorrow", "last", "this", "next" };

    // The lists of lower-case words that open a date in one set: CanStartDate asks about every lower-case word, so one
    // look-up instead of four.
    private static readonly HashSet<string> DateStarters = new(RelativeStarters.Concat(new[] { "tonight", "weekend", "year", "month" }).Concat(NumberWords.Decades).Concat(NumberWords.OrdinalWords).Concat(TensOrdinalWords), StringComparer.OrdinalIgnoreCase);

    public static int MonthOf(Token token)
    {
        if (!token.IsWord || !char.IsUpper(token.Text[0]))
        {
            return 0;
        }

        return MonthsByWriting.TryGetValue(token.Text, out var month) ? month : 0;
    }

    // Every way a month is written, with its number: the full name, its first three letters (but "May" only as the
    // full name) and "Sept"; the first month in calendar order wins, as a scan of the names would find it. Asked for
    // every capitalised token, so one look-up instead of comparing against twelve names.
    private static readonly Dictionary<string, int> MonthsByWriting = BuildMonthsByWriting();

    private static Dictionary<string, int> BuildMonthsByWriting()
    {
        var months = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var m = 0; m < Lexicon.MonthNames.Length; m++)
        {
            var name = Lexicon.MonthNames[m];
            AddMonth(months, name, m + 1);
            if (name.Length >= 3 && name.Substring(0, 3) != "May")
            {
                AddMonth(months, name.Substring(0, 3), m + 1);
            }

            if (name.StartsWith("Sept", StringComparison.Ordinal))
            {
                AddMonth(months, "Sept", m + 1);
            }
        }

        return months;
    }

    private static void AddMonth(Dictionary<string, int> months, string writing, int month)
    {
        if (!months.ContainsKey(writing))
        {
            months[writing] = month;
        }
    }

    private static DatePhrase? CalendarAt(IReadOnlyList<Token> tokens, int i)
    {
        // "the fourth of July [2019]", "the twenty-first of May"
        if (OrdinalAt(tokens, i, out var ordinalLast) is var ordinalDay and > 0 && ordinalLast + 2 < tokens.Count && tokens[ordinalLast + 1].Is("of")
            && MonthOf(tokens[ordinalLast + 2]) is var ordinalMonth and > 0)
        {
            var phrase = new DatePhrase(DatePhraseKind.Calendar, i, ordinalLast + 2) { Day = ordinalDay, Month = ordinalMonth };
            ExtendWithYear(tokens, phrase, ordinalLast + 3);
            return phrase;
        }

        // "21 September [2023]", "21st of September"
        var dayEnd = DayEnd(tokens, i);
        if (dayEnd >= 0)
        {
            var monthAt = dayEnd + 1 < tokens.Count && tokens[dayEnd + 1].Is("of") ? dayEnd + 2 : dayEnd + 1;
            if (monthAt < tokens.Count && MonthOf(tokens[monthAt]) > 0)
            {
                var dayFirst = new DatePhrase(DatePhraseKind.Calendar, i, monthAt) { Day = DayNumber(tokens, i), Month = MonthOf(tokens[monthAt]) };
                ExtendWithYear(tokens, dayFirst, monthAt + 1);
                return dayFirst;
            }
        }

        var month = MonthOf(tokens[i]);
        if (month == 0)
        {
            return null;
        }

        var result = new DatePhrase(DatePhraseKind.Calendar, i, i) { Month = month };
        var next = i + 1;

        // "Oct. 31": the period of an abbreviated month.
        if (next + 1 < tokens.Count && tokens[next].IsSymbol('.') && !tokens[next].SpaceBefore && tokens[i].Text.Length <= 4 && DayNumber(tokens, next + 1) > 0)
        {
            next++;
        }
        var afterDay = DayEnd(tokens, next);
        // "May 25 after ..." is a date; "March 3 seats" is not.
        if (afterDay >= 0 && !(afterDay + 1 < tokens.Count && tokens[afterDay + 1].IsWord && (NotYearFollowers.Contains(tokens[afterDay + 1].Text) || IsPluralNoun(tokens[afterDay + 1]))))
        {
            result = new DatePhrase(DatePhraseKind.Calendar, i, afterDay) { Month = month, Day = DayNumber(tokens, next) };
            next = afterDay + 1;
            if (next < tokens.Count && tokens[next].IsSymbol(',') && YearValue(tokens, next + 1) > 0)
            {
                next++;
            }
        }

        ExtendWithYear(tokens, result, next);
        if (result.Year == 0)
        {
            ExtendWithRelativeYear(tokens, result, result.Last + 1);
        }

        // "May" and "March" are also ordinary words: without a day or year they need a date preposition.
        if (result.Day == 0 && result.Year == 0 && (tokens[i].Text is "May" or "March") && !(i > 0 && (YearPrepositions.Contains(tokens[i - 1].Text) || RelativeStarters.Contains(tokens[i - 1].Text))))
        {
            return null;
        }

        // "goalkeeper Jan Olde", "Dec Harlow said": a month's short form with no day or year is a given name when a
        // name follows it, and otherwise a month only after a date preposition ("since Jan").
        if (result.Day == 0 && result.Year == 0 && tokens[i].Text.Length <= 4 && Array.IndexOf(Lexicon.MonthNames, tokens[i].Text) < 0
            && ((i + 1 < tokens.Count && NameChunker.IsNameWord(tokens[i + 1]) && tokens[i + 1].SpaceBefore)
                || !(i > 0 && (YearPrepositions.Contains(tokens[i - 1].Text) || RelativeStarters.Contains(tokens[i - 1].Text)))))
        {
            return null;
        }

        return result;
    }

    // "Christmas Day 2019", "Christmas of 2019", "Christmas last year": a year after a named day with a fixed date is
    // the day's year. (A day that moves has no calendar value to give a year to.)
    private static DatePhrase? NamedDayAt(IReadOnlyList<Token> tokens, int i)
    {
        var day = NamedDays.At(tokens, i);
        if (day is not { Kind: DatePhraseKind.Calendar })
        {
            return day;
        }

        var next = day.Last + 1;
        ExtendWithYear(tokens, day, next < tokens.Count && tokens[next].Is("of") ? next + 1 : next);
        if (day.Year == 0)
        {
            ExtendWithRelativeYear(tokens, day, next);
        }

        return day;
    }

    // An ordinal in words at i, 1 to 31, with its last token in last: "fourth", "thirtieth", or "twenty-first" in its
    // three tokens. 0 when there is none, and for the unit of a compound ("first" in "twenty-first"), which would read
    // as another day.
    private static int OrdinalAt(IReadOnlyList<Token> tokens, int i, out int last)
    {
        last = i;
        if (!tokens[i].IsWord || (i >= 2 && IsGluedHyphen(tokens, i - 1) && IsTens(tokens[i - 2])))
        {
            return 0;
        }

        if (!IsTens(tokens[i]))
        {
            return TryOrdinalWord(tokens[i].Text, out var ordinal) ? ordinal : 0;
        }

        var tens = tokens[i].Is("twenty") ? 20 : 30;
        if (i + 2 < tokens.Count && IsGluedHyphen(tokens, i + 1) && !tokens[i + 2].SpaceBefore && tokens[i + 2].IsWord
            && TryOrdinalWord(tokens[i + 2].Text, out var unit) && unit <= 9 && tens + unit <= 31)
        {
            last = i + 2;
            return tens + unit;
        }

        return 0;
    }

    private static bool IsTens(Token token) => token.Is("twenty") || token.Is("thirty");

    private static bool IsGluedHyphen(IReadOnlyList<Token> tokens, int i) => tokens[i].IsSymbol('-') && !tokens[i].SpaceBefore;

    private static void ExtendWithYear(IReadOnlyList<Token> tokens, DatePhrase phrase, int next)
    {
        var year = YearValue(tokens, next);
        if (year > 0)
        {
            phrase.Year = year;
            phrase.Last = next;
        }
    }

    // "June of this year", "March last year": the year is stated relative to publication.
    private static void ExtendWithRelativeYear(IReadOnlyList<Token> tokens, DatePhrase phrase, int next)
    {
        var which = next < tokens.Count && tokens[next].Is("of") ? next + 1 : next;
        if (which + 1 < tokens.Count && tokens[which + 1].Is("year"))
        {
            var offset = tokens[which].Is("this") ? 0 : tokens[which].Is("last") ? -1 : tokens[which].Is("next") ? 1 : (int?)null;
            if (offset is not null)
            {
                phrase.YearOffset = offset;
                phrase.Last = which + 1;
            }
        }
    }

    // "the seventies", "the late eighties": a decade in words, its century left unresolved, needs its article, or
    // "seventies" is just a number of years.
    private static DatePhrase? DecadeWordAt(IReadOnlyList<Token> tokens, int i)
    {
        if (!tokens[i].IsWord || !NumberWords.IsDecadeWord(tokens[i].Text))
        {
            return null;
        }

        var before = BeforeDecade(tokens, i);
        return before >= 0 && (tokens[before].Is("the") || tokens[before].Text == "'s") ? new DatePhrase(DatePhraseKind.Decade, i, i) : null;
    }

    // "the 13th century", "the nineteenth century", "the 21st-century economy".
    private static DatePhrase? CenturyAt(IReadOnlyList<Token> tokens, int i)
    {
        int last;
        if (OrdinalAt(tokens, i, out var ordinalLast) > 0)
        {
            last = ordinalLast;
        }
        else if (IsDigits(tokens[i]) && tokens[i].Text.Length <= 2 && i + 1 < tokens.Count && !tokens[i + 1].SpaceBefore && tokens[i + 1].Text is "st" or "nd" or "rd" or "th")
        {
            last = i + 1;
        }
        else
        {
            return null;
        }

        var century = last + 1;
        if (century < tokens.Count && tokens[century].IsSymbol('-') && !tokens[century].SpaceBefore)
        {
            century++;
        }

        return century < tokens.Count && (tokens[century].Is("century") || tokens[century].Is("centuries")) ? new DatePhrase(DatePhraseKind.Century, i, century) : null;
    }

    private static DatePhrase? WeekdayAt(IReadOnlyList<Token> tokens, int i)
    {
        var token = tokens[i];
        if (!token.IsWord || !char.IsUpper(token.Text[0]))
        {
            return null;
        }

        var weekday = Array.IndexOf(Lexicon.WeekdayNames, token.Text);
        if (weekday < 0)
        {
            return null;
        }

        var first = DateModifiers.DirectionWordsBefore(tokens, i, 0, out var direction);

        // "Saturday, May 18": the weekday names the calendar date after it.
        var dateAt = i + 1 < tokens.Count && tokens[i + 1].IsSymbol(',') ? i + 2 : i + 1;
        if (dateAt < tokens.Count && CalendarAt(tokens, dateAt) is { Day: > 0 } date)
        {
            return new DatePhrase(DatePhraseKind.Calendar, first, date.Last) { Year = date.Year, Month = date.Month, Day = date.Day, Weekday = weekday };
        }

        var last = i;
        if (i + 1 < tokens.Count && PartsOfDay.Contains(tokens[i + 1].Text))
        {
            last = i + 1;
        }
        else if (i + 2 < tokens.Count && tokens[i + 1].Text is "'s" && PartsOfDay.Contains(tokens[i + 2].Text))
        {
            last = i + 2;
        }

        // "Friday 7:30 p.m.", "Friday at 4 p.m.": the time of the day belongs to the weekday before it.
        last = ClockTimes.End(tokens, last + 1)
            ?? (last + 1 < tokens.Count && tokens[last + 1].Is("at") ? ClockTimes.WithMeridiemEnd(tokens, last + 2) : null)
            ?? last;
        return new DatePhrase(DatePhraseKind.Weekday, first, last) { Weekday = weekday, Direction = direction };
    }

    // "at 4 p.m.", "10:30 a.m. Thursday", "4 p.m. local time on Friday", "5 a.m., May 2": a clock time with its half of
    // the day is a time of the timeline; a weekday or a day of the month right after it (past its time zone, "on" or a
    // comma) is the day it falls on, and the two are one date.
    private static DatePhrase? ClockAt(IReadOnlyList<Token> tokens, int i)
    {
        if (ClockTimes.WithMeridiemEnd(tokens, i) is not { } last)
        {
            return null;
        }

        var timeEnd = ClockTimes.EquivalentEnd(tokens, ClockTimes.ZoneEnd(tokens, last));
        var dayAt = timeEnd + 1;
        if (dayAt < tokens.Count && (tokens[dayAt].Is("on") || tokens[dayAt].IsSymbol(',')))
        {
            dayAt++;
        }

        if (dayAt < tokens.Count && (WeekdayAt(tokens, dayAt) ?? CalendarAt(tokens, dayAt)) is { } day && (day.Kind == DatePhraseKind.Weekday || day.Day > 0))
        {
            // "Saturday, May 18" and "April 13" stay the calendar dates they name: the day's phrase, every part of it kept
            // ("May 2 last year", "May 2 to 5"), only reaches back to the time.
            day.First = i;
            return day;
        }

        return new DatePhrase(DatePhraseKind.TimeOfDay, i, timeEnd);
    }

    private static DatePhrase? RelativeDayAt(IReadOnlyList<Token> tokens, int i)
    {
        var token = tokens[i];
        var days = token.Is("yesterday") ? -1 : token.Is("today") || token.Is("tonight") ? 0 : token.Is("tomorrow") ? 1 : int.MinValue;
        if (days == int.MinValue)
        {
            return PartOfDayAt(tokens, i);
        }

        var last = i + 1 < tokens.Count && PartsOfDay.Contains(tokens[i + 1].Text) ? i + 1 : i;
        return new DatePhrase(DatePhraseKind.RelativeDay, i, last) { RelativeDays = days };
    }

    // "this morning" is the day of publication and "last night" the one before: a report's own day, which a timeline
    // needs as much as "yesterday". "last evening" too; "this night" is no English.
    private static DatePhrase? PartOfDayAt(IReadOnlyList<Token> tokens, int i)
    {
        if (i + 1 >= tokens.Count)
        {
            return null;
        }

        var part = tokens[i + 1];
        if (tokens[i].Is("this") && (part.Is("morning") || part.Is("afternoon") || part.Is("evening")))
        {
            return new DatePhrase(DatePhraseKind.RelativeDay, i, i + 1) { RelativeDays = 0 };
        }

        return tokens[i].Is("last") && (part.Is("night") || part.Is("evening"))
            ? new DatePhrase(DatePhraseKind.RelativeDay, i, i + 1) { RelativeDays = -1 }
            : null;
    }

    // Prepositions before "the weekend" that make it the weekend of the report ("over the weekend"), not a noun ("the
    // weekend edition").
    private static readonly HashSet<string> WeekendPrepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "over", "at", "on", "during", "through", "throughout", "across", "by", "until", "for",
    };

    // "over the weekend", "at the weekend": the weekend nearest the report, unresolved like "this weekend".
    private static DatePhrase? TheWeekendAt(IReadOnlyList<Token> tokens, int i)
    {
        if (!tokens[i].Is("weekend") || i < 2 || !tokens[i - 1].Is("the") || !WeekendPrepositions.Contains(tokens[i - 2].Text)
            || IsPartOfADate(tokens, i))
        {
            return null;
        }

        return new DatePhrase(DatePhraseKind.RelativePeriod, i - 1, i) { Period = "weekend" };
    }

    // "the weekend of June 5": a part of the date after "of", which DateModifiers joins to that date.
    private static bool IsPartOfADate(IReadOnlyList<Token> tokens, int i) => i + 1 < tokens.Count && tokens[i + 1].Is("of");

    // The parts of a period that date an event in it ("by the end of the year"); "the hottest day of the year" or "the
    // first week of the month" are any year's.
    private static readonly HashSet<string> EdgesOfAPeriod = new(StringComparer.OrdinalIgnoreCase)
    {
        "end", "beginning", "start", "middle", "rest", "remainder", "close",
    };

    // "the end of the year", "the rest of the month": the year or month of the report, with the part that narrows it
    // (DateModifiers joins "the end of"). Only after such a part: "the year" alone is any year ("the year's worst"). A
    // year named before it in the sentence is the year meant ("in 2019, and by the end of the year"), so none is read.
    private static DatePhrase? PartOfTheCurrentPeriodAt(IReadOnlyList<Token> tokens, int i)
    {
        if (!(tokens[i].Is("year") || tokens[i].Is("month")) || i < 3 || !tokens[i - 1].Is("the") || !tokens[i - 2].Is("of")
            || !EdgesOfAPeriod.Contains(tokens[i - 3].Text) || IsPartOfADate(tokens, i))
        {
            return null;
        }

        for (var k = 0; k < i - 3; k++)
        {
            if (YearValue(tokens, k) > 0)
            {
                return null;
            }
        }

        return new DatePhrase(DatePhraseKind.RelativePeriod, i - 1, i) { Period = tokens[i].Is("year") ? "year" : "month" };
    }

    // "last week", "this year", "next month", "this weekend", "this spring".
    private static DatePhrase? RelativePeriodAt(IReadOnlyList<Token> tokens, int i)
    {
        var aroundThe = TheWeekendAt(tokens, i) ?? PartOfTheCurrentPeriodAt(tokens, i);
        if (aroundThe is not null)
        {
            return aroundThe;
        }

        if (i + 1 >= tokens.Count || !(tokens[i].Is("last") || tokens[i].Is("this") || tokens[i].Is("next")))
        {
            return null;
        }

        // (Compared in place rather than lower-cased: every "this" in the text comes here.)
        var next = tokens[i + 1];
        var period = next.Is("week") ? "week" : next.Is("month") ? "month" : next.Is("year") ? "year" : next.Is("weekend") ? "weekend"
            : IsSeasonAfter(tokens, i) ? "season" : null;
        // "the last week of April" is a part of April, which DateModifiers joins to it, not the week before publication.
        if (period is null || (i + 3 < tokens.Count && tokens[i + 2].Is("of") && (MonthOf(tokens[i + 3]) > 0 || YearValue(tokens, i + 3) > 0)))
        {
            return null;
        }

        var direction = tokens[i].Is("last") ? -1 : tokens[i].Is("next") ? 1 : 0;
        return new DatePhrase(DatePhraseKind.RelativePeriod, i, i + 1) { Period = period, Direction = direction };
    }

    // "this spring", "last summer"; "fall" only where it cannot be the noun of falling: not before "in", "of", "from" or
    // "to" ("this fall in prices") and not after an owner or article ("since his last fall").
    private static bool IsSeasonAfter(IReadOnlyList<Token> tokens, int i)
    {
        var season = tokens[i + 1];
        if (!season.IsWord || !char.IsLower(season.Text[0]) || !DateModifiers.Seasons.Contains(season.Text))
        {
            return false;
        }

        if (!season.Is("fall"))
        {
            return true;
        }

        if (i + 2 < tokens.Count && (tokens[i + 2].Is("in") || tokens[i + 2].Is("of") || tokens[i + 2].Is("from") || tokens[i + 2].Is("to")))
        {
            return false;
        }

        return i == 0 || !FallOwners.Contains(tokens[i - 1].Text);
    }

    private static readonly HashSet<string> FallOwners = new(StringComparer.OrdinalIgnoreCase)
    {
        "his", "her", "its", "their", "our", "my", "your", "a", "the", "whose",
    };

    // "FY2018-19", "FY2020": a fiscal year written glued to its mark is the year (or the span of years) it names.
    private static DatePhrase? FiscalYearAt(IReadOnlyList<Token> tokens, int i)
    {
        var text = tokens[i].Text;
        if (!tokens[i].IsWord || text.Length != 6 || text[0] != 'F' || text[1] != 'Y')
        {
            return null;
        }

        for (var k = 2; k < 6; k++)
        {
            if (text[k] < '0' || text[k] > '9')
            {
                return null;
            }
        }

        var year = int.Parse(text.Substring(2), NumberStyles.None, CultureInfo.InvariantCulture);
        if (year < 1900 || year > 2100)
        {
            return null;
        }

        var span = new DatePhrase(DatePhraseKind.Year, i, i) { Year = year };
        ExtendWithEndYear(tokens, span);
        return span;
    }

    private static DatePhrase? YearAt(IReadOnlyList<Token> tokens, int i)
    {
        var year = YearValue(tokens, i);
        if (year == 0)
        {
            return null;
        }

        // "the 1970s"
        if (i + 1 < tokens.Count && tokens[i + 1].IsWord && tokens[i + 1].Text == "s" && !tokens[i + 1].SpaceBefore)
        {
            return new DatePhrase(DatePhraseKind.Decade, i, i + 1) { Year = year };
        }

        if (i >= 1 && (tokens[i - 1].IsSymbol('$') || tokens[i - 1].IsSymbol('£') || tokens[i - 1].IsSymbol('€')))
        {
            return null;
        }

        // "UAW Local 2207", "Flight 1549", "Gate 1204": the number ends the name of a union branch, a flight or a site.
        if (i >= 1 && tokens[i].SpaceBefore && tokens[i - 1].IsWord && (NumberedNameWords.Contains(tokens[i - 1].Text) || NameChunker.IsNumberedPlaceWord(tokens[i - 1].Text)))
        {
            return null;
        }

        var next = i + 1 < tokens.Count ? tokens[i + 1] : (Token?)null;
        if (next is { } n && (n.IsSymbol('%') || (n.IsWord && NotYearFollowers.Contains(n.Text))))
        {
            return null;
        }

        var previousIsPreposition = i >= 1 && tokens[i - 1].IsWord && YearPrepositions.Contains(tokens[i - 1].Text);
        var nextIsPluralNoun = next is { } w && w.IsWord && IsPluralNoun(w);
        if (nextIsPluralNoun && !previousIsPreposition)
        {
            return null;
        }

        var span = new DatePhrase(DatePhraseKind.Year, i, i) { Year = year };
        ExtendWithEndYear(tokens, span);
        return span;
    }

    // "1971–1978", "1995–96", "from 2003 to 2011", "between 2006 and 2007": one span of years, not two dates.
    private static void ExtendWithEndYear(IReadOnlyList<Token> tokens, DatePhrase span)
    {
        var link = span.Last + 1;
        if (link + 1 >= tokens.Count)
        {
            return;
        }

        var linkToken = tokens[link];
        var dash = linkToken.IsSymbol('-') || linkToken.IsSymbol('\u2013');
        var word = linkToken.Is("to") || linkToken.Is("through") || linkToken.Is("until") || linkToken.Is("till")
            || (linkToken.Is("and") && span.First >= 1 && tokens[span.First - 1].Is("between"));
        if (!dash && !word)
        {
            return;
        }

        var endAt = link + 1;
        var end = YearValue(tokens, endAt);
        if (end == 0 && dash && !tokens[endAt].SpaceBefore && IsDigits(tokens[endAt]) && tokens[endAt].Text.Length == 2)
        {
            end = (span.Year / 100 * 100) + int.Parse(tokens[endAt].Text, NumberStyles.None, CultureInfo.InvariantCulture);
        }

        var afterEnd = endAt + 1 < tokens.Count ? tokens[endAt + 1] : (Token?)null;
        if (end <= span.Year || (afterEnd is { } a && (a.IsSymbol('%') || (a.IsWord && NotYearFollowers.Contains(a.Text)))))
        {
            return;
        }

        span.EndYear = end;
        span.Last = endAt;
    }

    // "the '90s", "the early 80s": a two-digit decade needs "the" or an apostrophe, or "in her 80s" would be an age.
    private static DatePhrase? TwoDigitDecadeAt(IReadOnlyList<Token> tokens, int i)
    {
        if (!IsDigits(tokens[i]) || tokens[i].Text.Length != 2 || tokens[i].Text[1] != '0'
            || !(i + 1 < tokens.Count && tokens[i + 1].IsWord && tokens[i + 1].Text == "s" && !tokens[i + 1].SpaceBefore))
        {
            return null;
        }

        if (i >= 1 && tokens[i - 1].IsSymbol('\'') && !tokens[i].SpaceBefore)
        {
            return new DatePhrase(DatePhraseKind.Decade, i - 1, i + 1);
        }

        var before = BeforeDecade(tokens, i);
        return before >= 0 && tokens[before].Is("the") ? new DatePhrase(DatePhraseKind.Decade, i, i + 1) : null;
    }

    // The token that must say a decade is one ("the eighties", "the late 80s"), past an edge word; -1 at the start.
    private static int BeforeDecade(IReadOnlyList<Token> tokens, int decade)
    {
        var before = decade - 1;
        return before >= 0 && DateModifiers.IsEdge(tokens[before]) ? before - 1 : before;
    }

    // "712 BC", "310 CE", "AD 79": years of fewer than four digits are dates only with their era.
    private static DatePhrase? EraYearAt(IReadOnlyList<Token> tokens, int i)
    {
        if (tokens[i].Text == "AD" && i + 1 < tokens.Count && EraYearValue(tokens[i + 1]) is var afterAd and > 0)
        {
            return new DatePhrase(DatePhraseKind.Year, i, i + 1) { Year = afterAd };
        }

        var year = EraYearValue(tokens[i]);
        if (year == 0 || i + 1 >= tokens.Count)
        {
            return null;
        }

        return EraAt(tokens[i + 1]) switch
        {
            "BC" or "BCE" => new DatePhrase(DatePhraseKind.Year, i, i + 1) { Year = year, BeforeCommonEra = true },
            "AD" or "CE" => new DatePhrase(DatePhraseKind.Year, i, i + 1) { Year = year },
            _ => null,
        };
    }

    private static int EraYearValue(Token token) =>
        IsDigits(token) && token.Text.Length <= 4 && int.Parse(token.Text, NumberStyles.None, CultureInfo.InvariantCulture) is var value and > 0 ? value : 0;

    // The era written at a token ("BC", "CE"), or null. The tokenizer keeps an initialism and its periods in one token
    // ("B.C.", "b.c.e."); written with periods an era is one in either case, while "ad" alone is a word.
    private static string? EraAt(Token token)
    {
        if (!token.IsWord)
        {
            return null;
        }

        var letters = token.Text.IndexOf('.') >= 0 ? token.Text.Replace(".", string.Empty).ToUpperInvariant() : token.Text;
        return letters is "BC" or "BCE" or "AD" or "CE" ? letters : null;
    }

    private static int YearValue(IReadOnlyList<Token> tokens, int i)
    {
        if (i < 0 || i >= tokens.Count || !IsDigits(tokens[i]) || tokens[i].Text.Length != 4)
        {
            return 0;
        }

        var value = int.Parse(tokens[i].Text, NumberStyles.None, CultureInfo.InvariantCulture);
        if (value < 1000 || value > 2100)
        {
            return 0;
        }

        // "1800 UTC" or "3:00": not when glued to a colon or a decimal point.
        if (i >= 1 && !tokens[i].SpaceBefore && tokens[i - 1].IsSymbol(':'))
        {
            return 0;
        }

        return value;
    }

    private static bool IsPluralNoun(Token w) =>
        char.IsLower(w.Text[0]) && w.Text.Length > 3 && w.Text.EndsWith("s", StringComparison.Ordinal)
        && !w.Text.EndsWith("ss", StringComparison.Ordinal) && w.Text is not ("was" or "has" or "this" or "its" or "says" or "does");

    private static bool IsDigits(Token token)
    {
        if (!token.IsNumber)
        {
            return false;
        }

        foreach (var c in token.Text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }

    // The last token of a day of the month at i ("21", "21st"), or -1.
    private static int DayEnd(IReadOnlyList<Token> tokens, int i)
    {
        if (DayNumber(tokens, i) == 0)
        {
            return -1;
        }

        if (i + 1 < tokens.Count && !tokens[i + 1].SpaceBefore && tokens[i + 1].IsWord && tokens[i + 1].Text is "st" or "nd" or "rd" or "th")
        {
            return i + 1;
        }

        return i;
    }

    private static int DayNumber(IReadOnlyList<Token> tokens, int i)
    {
        if (i < 0 || i >= tokens.Count || !IsDigits(tokens[i]) || tokens[i].Text.Length > 2)
        {
            return 0;
        }

        var value = int.Parse(tokens[i].Text, NumberStyles.None, CultureInfo.InvariantCulture);
        return value is >= 1 and <= 31 ? value : 0;
    }
}
