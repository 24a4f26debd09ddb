using System;
using System.Collections.Generic;
using System.Linq;
using System.Globalization;
using FactsGenerator.Extraction.Entities;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Dates;

/// <summary>
/// Finds date expressions in a sentence's tokens with a single left-to-right scan: calendar dates in both
/// orders ("21 September 2023", "September 21, 2023"), month and year, "end of January", weekdays with a
/// part of the day, "yesterday"/"today"/"tomorrow", years, decades ("the 1970s", "the seventies") and centuries
/// ("the 13th century"). A four-digit number is a year only
/// when nothing marks it as a count ("1,500 people", "1800 UTC", "$2000").
/// </summary>
internal static class DatePhraseScanner
{
    private static readonly HashSet<string> PartsOfDay = new(StringComparer.OrdinalIgnoreCase) { "morning", "afternoon", "evening", "night", "overnight" };

    // The decades a news text names in words; which century they belong to is left unresolved.
    private static readonly HashSet<string> DecadeWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties",
    };

    private static readonly HashSet<string> OrdinalWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
        "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty-first",
    };

    private static readonly HashSet<string> PeriodEdges = new(StringComparer.OrdinalIgnoreCase) { "end", "beginning", "start", "middle", "mid", "early", "late" };

    private static readonly HashSet<string> NotYearFollowers = new(StringComparer.OrdinalIgnoreCase)
    {
        "utc", "gmt", "hours", "hrs", "local", "people", "km", "kilometres", "kilometers", "miles", "metres", "meters",
        "feet", "percent", "per", "votes", "seats", "troops", "residents", "deaths", "cases", "times", "tonnes", "tons",
    };

    private static readonly HashSet<string> YearPrepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "since", "of", "from", "until", "till", "by", "between", "and", "to", "before", "after", "during", "early",
        "late", "mid", "the", "around", "circa", "or", "through", "year", "summer", "winter", "spring", "autumn", "fall",
    };

    public static List<DatePhrase> Scan(IReadOnlyList<Token> tokens)
    {
        var phrases = new List<DatePhrase>();
        var i = 0;
        while (i < tokens.Count)
        {
            if (!CanStartDate(tokens[i]))
            {
                i++;
                continue;
            }

            var phrase = CalendarAt(tokens, i) ?? WeekdayAt(tokens, i) ?? RelativeDayAt(tokens, i) ?? RelativePeriodAt(tokens, i) ?? YearAt(tokens, i)
                ?? DecadeWordAt(tokens, i) ?? CenturyAt(tokens, i);
            if (phrase is null)
            {
                i++;
                continue;
            }

            phrases.Add(phrase);
            i = phrase.Last + 1;
        }

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

    // The three lists above in one set: CanStartDate asks about every lower-case word, so one look-up instead of three.
    private static readonly HashSet<string> DateStarters = new(RelativeStarters.Concat(DecadeWords).Concat(OrdinalWords), StringComparer.OrdinalIgnoreCase);

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
        // "21 September [2023]", "21st of September"
        var dayEnd = DayEnd(tokens, i);
        if (dayEnd >= 0)
        {
            var monthAt = dayEnd + 1 < tokens.Count && tokens[dayEnd + 1].Is("of") ? dayEnd + 2 : dayEnd + 1;
            if (monthAt < tokens.Count && MonthOf(tokens[monthAt]) > 0)
            {
                var phrase = new DatePhrase(DatePhraseKind.Calendar, i, monthAt) { Day = DayNumber(tokens, i), Month = MonthOf(tokens[monthAt]) };
                ExtendWithYear(tokens, phrase, monthAt + 1);
                return phrase;
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
        if (result.Day == 0 && result.Year == 0 && (tokens[i].Text is "May" or "March") && !(i > 0 && YearPrepositions.Contains(tokens[i - 1].Text)))
        {
            return null;
        }

        return WithPeriodEdge(tokens, result);
    }

    // "the end of January": the edge words belong to the date.
    private static DatePhrase WithPeriodEdge(IReadOnlyList<Token> tokens, DatePhrase phrase)
    {
        var i = phrase.First;
        if (i >= 2 && tokens[i - 1].Is("of") && PeriodEdges.Contains(tokens[i - 2].Text))
        {
            return Copy(phrase, i - 2);
        }

        if (i >= 1 && (tokens[i - 1].Is("early") || tokens[i - 1].Is("late") || tokens[i - 1].Is("mid")))
        {
            return Copy(phrase, i - 1);
        }

        if (i >= 2 && tokens[i - 1].IsSymbol('-') && tokens[i - 2].Is("mid"))
        {
            return Copy(phrase, i - 2);
        }

        return phrase;
    }

    private static DatePhrase Copy(DatePhrase phrase, int first) =>
        new(phrase.Kind, first, phrase.Last) { Year = phrase.Year, Month = phrase.Month, Day = phrase.Day };

    private static void ExtendWithYear(IReadOnlyList<Token> tokens, DatePhrase phrase, int next)
    {
        var year = YearValue(tokens, next);
        if (year > 0)
        {
            phrase.Year = year;
            phrase.Last = next;
        }
    }

    // "June of this year", "March of last year": the year is stated relative to publication.
    private static void ExtendWithRelativeYear(IReadOnlyList<Token> tokens, DatePhrase phrase, int next)
    {
        if (next + 2 < tokens.Count && tokens[next].Is("of") && tokens[next + 2].Is("year"))
        {
            var offset = tokens[next + 1].Is("this") ? 0 : tokens[next + 1].Is("last") ? -1 : tokens[next + 1].Is("next") ? 1 : (int?)null;
            if (offset is not null)
            {
                phrase.YearOffset = offset;
                phrase.Last = next + 2;
            }
        }
    }

    // "the seventies", "the late eighties": a decade in words needs its article, or "seventies" is just a number of years.
    private static DatePhrase? DecadeWordAt(IReadOnlyList<Token> tokens, int i)
    {
        if (!tokens[i].IsWord || !DecadeWords.Contains(tokens[i].Text))
        {
            return null;
        }

        var before = i - 1;
        if (before >= 0 && (tokens[before].Is("early") || tokens[before].Is("late") || tokens[before].Is("mid")))
        {
            before--;
        }

        return before >= 0 && (tokens[before].Is("the") || tokens[before].Text == "'s") ? new DatePhrase(DatePhraseKind.Decade, i, i) : null;
    }

    // "the 13th century", "the nineteenth century", "the 21st-century economy".
    private static DatePhrase? CenturyAt(IReadOnlyList<Token> tokens, int i)
    {
        int last;
        if (tokens[i].IsWord && OrdinalWords.Contains(tokens[i].Text))
        {
            last = i;
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

        var first = i;
        var direction = 0;
        if (i >= 1 && (tokens[i - 1].Is("last") || tokens[i - 1].Is("next") || tokens[i - 1].Is("this")))
        {
            first = i - 1;
            direction = tokens[i - 1].Is("last") ? -1 : tokens[i - 1].Is("next") ? 1 : 0;
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

        return new DatePhrase(DatePhraseKind.Weekday, first, last) { Weekday = weekday, Direction = direction };
    }

    private static DatePhrase? RelativeDayAt(IReadOnlyList<Token> tokens, int i)
    {
        var token = tokens[i];
        var days = token.Is("yesterday") ? -1 : token.Is("today") ? 0 : token.Is("tomorrow") ? 1 : int.MinValue;
        if (days == int.MinValue)
        {
            return null;
        }

        var last = i + 1 < tokens.Count && PartsOfDay.Contains(tokens[i + 1].Text) ? i + 1 : i;
        return new DatePhrase(DatePhraseKind.RelativeDay, i, last) { RelativeDays = days };
    }

    // "last week", "this year", "next month", "this weekend".
    private static DatePhrase? RelativePeriodAt(IReadOnlyList<Token> tokens, int i)
    {
        if (i + 1 >= tokens.Count || !(tokens[i].Is("last") || tokens[i].Is("this") || tokens[i].Is("next")))
        {
            return null;
        }

        var period = tokens[i + 1].Text.ToLowerInvariant();
        if (period is not ("week" or "month" or "year" or "weekend"))
        {
            return null;
        }

        var direction = tokens[i].Is("last") ? -1 : tokens[i].Is("next") ? 1 : 0;
        return new DatePhrase(DatePhraseKind.RelativePeriod, i, i + 1) { Period = period, Direction = direction };
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

        return new DatePhrase(DatePhraseKind.Year, i, i) { Year = year };
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
