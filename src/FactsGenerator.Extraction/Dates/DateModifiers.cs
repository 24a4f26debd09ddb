using System;
using System.Collections.Generic;
using System.Linq;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Dates;

/// <summary>
/// Words before a date that narrow or place it belong to the date: "early 2012", "mid-2018", "the end of 2017",
/// "the first week of March", "later in June", "last June", "this past February", "late on Tuesday". A reader of the
/// timeline needs them ("2012" is not "early 2012"), and the scan that found the date only looked forward.
/// </summary>
internal static class DateModifiers
{
    private static readonly HashSet<string> Edges = new(StringComparer.OrdinalIgnoreCase) { "early", "late", "mid" };

    internal static readonly HashSet<string> Seasons = new(StringComparer.OrdinalIgnoreCase) { "spring", "summer", "autumn", "fall", "winter" };

    // "the end of", "the first week of", "the summer of": a part of the period that follows.
    private static readonly HashSet<string> PartNouns = new(
        new[] { "end", "beginning", "start", "middle", "half", "rest", "remainder", "close", "week", "weeks", "weekend", "day", "days", "months", "quarter" }.Concat(Seasons),
        StringComparer.OrdinalIgnoreCase);

    // "the first week of", "the final days of": which part.
    private static readonly HashSet<string> PartAdjectives = new(StringComparer.OrdinalIgnoreCase)
    {
        "first", "second", "third", "fourth", "last", "final", "closing", "opening", "penultimate", "early", "late", "latter",
        "same", "past",
    };

    /// <summary>
    /// Moves the phrase's first token back over the words before it that belong to it, never before
    /// <paramref name="floor"/> (the token after the previous date). A month alone after "last", "this" or "next" also
    /// learns which year it is in.
    /// </summary>
    public static void Widen(IReadOnlyList<Token> tokens, DatePhrase phrase, int floor)
    {
        if (phrase.Kind is DatePhraseKind.RelativeDay or DatePhraseKind.Century or DatePhraseKind.TimeOfDay)
        {
            return;
        }

        if (phrase.Kind == DatePhraseKind.Weekday)
        {
            phrase.First = BeforeWeekday(tokens, phrase.First, floor);
            return;
        }

        var first = IsMonthAlone(phrase) ? RelativeMonth(tokens, phrase, floor) : phrase.First;
        phrase.First = Edge(tokens, first, floor);
    }

    private static bool IsMonthAlone(DatePhrase phrase) =>
        phrase.Kind == DatePhraseKind.Calendar && phrase.Day == 0 && phrase.Year == 0 && phrase.YearOffset is null;

    // "last June", "this past February", "next March", "this June".
    private static int RelativeMonth(IReadOnlyList<Token> tokens, DatePhrase phrase, int floor)
    {
        var first = DirectionWordsBefore(tokens, phrase.First, floor, out var direction);
        if (first == phrase.First)
        {
            return first;
        }

        // "this June" is in the year of publication, whichever side of its month.
        if (direction == 0)
        {
            phrase.YearOffset = 0;
        }
        else
        {
            phrase.Direction = direction;
        }

        return first;
    }

    /// <summary>
    /// The first of the words before <paramref name="at"/> that say which side of publication a month or weekday is on
    /// ("last", "next", "this", "this past", "this coming"), not before <paramref name="floor"/>; <paramref name="at"/>
    /// when there are none. <paramref name="direction"/> is -1 for the past, 1 for the future, 0 for a plain "this".
    /// </summary>
    internal static int DirectionWordsBefore(IReadOnlyList<Token> tokens, int at, int floor, out int direction)
    {
        direction = 0;
        var i = at - 1;
        if (i - 1 >= floor && tokens[i - 1].Is("this") && (tokens[i].Is("past") || tokens[i].Is("coming")))
        {
            direction = tokens[i].Is("past") ? -1 : 1;
            return i - 1;
        }

        if (i >= floor && (tokens[i].Is("last") || tokens[i].Is("next") || tokens[i].Is("this")))
        {
            direction = tokens[i].Is("last") ? -1 : tokens[i].Is("next") ? 1 : 0;
            return i;
        }

        return at;
    }

    /// <summary>"early", "late" or "mid": a word that narrows a period to its start, end or middle.</summary>
    internal static bool IsEdge(Token token) => token.IsWord && Edges.Contains(token.Text);

    private static int Edge(IReadOnlyList<Token> tokens, int first, int floor)
    {
        var i = first - 1;
        if (i < floor)
        {
            return first;
        }

        // "early 2012", "late last May", "mid-2018"
        if (IsEdge(tokens[i]))
        {
            return i;
        }

        if (tokens[i].IsSymbol('-') && i - 1 >= floor && tokens[i - 1].Is("mid"))
        {
            return i - 1;
        }

        // "later in June", "earlier this year"
        var relative = tokens[i].Is("in") && i - 1 >= floor ? i - 1 : i;
        if (tokens[relative].Is("later") || tokens[relative].Is("earlier"))
        {
            return relative;
        }

        // "the end of 2017", "the first week of March", "the summer of 2019"
        if (tokens[i].Is("of") && i - 1 >= floor && tokens[i - 1].IsWord && PartNouns.Contains(tokens[i - 1].Text))
        {
            var part = i - 1;
            return part - 1 >= floor && tokens[part - 1].IsWord && PartAdjectives.Contains(tokens[part - 1].Text) ? part - 1 : part;
        }

        // "summer 2019"
        if (tokens[i].IsWord && Seasons.Contains(tokens[i].Text))
        {
            return i;
        }

        return first;
    }

    // "late on Tuesday", "early Tuesday", "this coming Saturday", "this past Friday".
    private static int BeforeWeekday(IReadOnlyList<Token> tokens, int first, int floor)
    {
        var i = first - 1;
        if (i < floor)
        {
            return first;
        }

        var edge = tokens[i].Is("on") && i - 1 >= floor ? i - 1 : i;
        return tokens[edge].Is("late") || tokens[edge].Is("early") ? edge : first;
    }
}
