using System.Collections.Generic;
using FactsGenerator.Extraction.Entities;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Dates;

/// <summary>
/// Two calendar dates that bound one period are one date: "from December 12 to January 5", "between January and
/// April", "March–May 2020", and two months in a row joined by "and" ("late January and February"). Two dates of a
/// change ("postponed from May 5 to June 2") or a list ("in January and April") stay two.
/// </summary>
internal static class DateRanges
{
    // Verbs that move something from one date to another: their "from X to Y" is no period.
    private static readonly HashSet<string> RescheduleVerbs = Lexicon.Set(
        "postpone postponed postpones move moved moves delay delayed delays push pushed reschedule rescheduled brought bring " +
        "shift shifted change changed extend extended extends advanced deferred defer");

    /// <summary>Joins each pair of calendar phrases that bound one period into the first, in place.</summary>
    public static void Join(IReadOnlyList<Token> tokens, List<DatePhrase> phrases)
    {
        // Found once, so that checking every pair stays linear in the sentence.
        var firstRescheduleVerb = FirstRescheduleVerb(tokens);
        for (var p = phrases.Count - 2; p >= 0; p--)
        {
            var first = phrases[p];
            var second = phrases[p + 1];
            if (first.Kind != DatePhraseKind.Calendar || second.Kind != DatePhraseKind.Calendar || second.First != first.Last + 2
                || first.RangeEnd is not null || !Bounds(tokens, first, second, firstRescheduleVerb))
            {
                continue;
            }

            // "January to March 2020": the year written once is both ends' (the year before for "December to March 2020").
            if (first.Year == 0 && second.Year > 0)
            {
                first.Year = first.Month > second.Month ? second.Year - 1 : second.Year;
            }

            first.RangeEnd = second;
            first.Last = second.Last;
            phrases.RemoveAt(p + 1);
        }
    }

    private static bool Bounds(IReadOnlyList<Token> tokens, DatePhrase first, DatePhrase second, int firstRescheduleVerb)
    {
        var link = tokens[first.Last + 1];
        var before = first.First >= 1 ? tokens[first.First - 1] : (Token?)null;
        if (link.Is("and"))
        {
            // "between January and April"; "in late January and February": months in a row are one stretch of time.
            return (before is { } b && b.Is("between"))
                || (first.Day == 0 && second.Day == 0 && first.Month > 0 && second.Month == (first.Month % 12) + 1
                    && (first.Year == 0 || second.Year == 0 || first.Year == second.Year || first.Year + 1 == second.Year));
        }

        var dash = (link.IsSymbol('-') || link.IsSymbol('\u2013')) && first.Day == 0 && second.Day == 0;
        var word = link.Is("to") || link.Is("through") || link.Is("until") || link.Is("till");
        if (!dash && !word)
        {
            return false;
        }

        // "postponed from May 5 to June 2": a verb of rescheduling before the first date makes the two a move, not a period.
        return firstRescheduleVerb >= first.First;
    }

    // The index of the first verb of rescheduling in the sentence, or the token count when there is none.
    private static int FirstRescheduleVerb(IReadOnlyList<Token> tokens)
    {
        for (var k = 0; k < tokens.Count; k++)
        {
            if (tokens[k].IsWord && RescheduleVerbs.Contains(tokens[k].Text))
            {
                return k;
            }
        }

        return tokens.Count;
    }
}
