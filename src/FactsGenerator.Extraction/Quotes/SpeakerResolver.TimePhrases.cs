using System.Collections.Generic;
using FactsGenerator.Extraction.Entities;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Quotes;

/// <summary>A phrase of time between a subject and its verb ("X on Sunday told", "X last week said").</summary>
internal sealed partial class SpeakerResolver
{
    // Lower case only: "Day said" is a person named Day.
    private static readonly HashSet<string> TimeNouns = new(System.StringComparer.Ordinal)
    {
        "yesterday", "today", "tonight", "morning", "afternoon", "evening", "night", "day", "week", "weekend", "month", "year",
    };

    // Time words that need no leading word ("Jo Kim yesterday said").
    private static readonly HashSet<string> DeicticDays = new(System.StringComparer.Ordinal) { "yesterday", "today", "tonight" };

    private static readonly HashSet<string> TimeLeaders = new(System.StringComparer.OrdinalIgnoreCase)
    {
        "on", "in", "at", "during", "last", "this", "earlier", "later", "early", "late", "next",
    };

    // The index before a phrase of time that ends at index, or index itself when none ends there. The phrase holds a
    // weekday, a month or a time noun, maybe with numbers, and the words that lead it ("on Sunday night", "earlier this
    // week", "on March 8"); only "yesterday", "today" and "tonight" go without a leading word.
    private static int BeforeTimePhrase(IReadOnlyList<Token> tokens, int index)
    {
        var k = index;
        var timeWords = 0;
        while (k >= 0 && (tokens[k].IsNumber || (tokens[k].IsWord && IsTimeWord(tokens[k]))))
        {
            timeWords += tokens[k].IsNumber ? 0 : 1;
            k--;
        }

        var end = k;
        while (k >= 0 && tokens[k].IsWord && TimeLeaders.Contains(tokens[k].Text) && NameForms.IsLowerWord(tokens[k]))
        {
            k--;
        }

        var led = k < end;
        var deictic = end == index - 1 && DeicticDays.Contains(tokens[index].Text);
        return timeWords == 0 || k < 0 || !(led || deictic) ? index : k;
    }

    /// <summary>How many words a phrase of time after a verb of saying may have ("said early on Sunday night", "said on
    /// March 8 2024").</summary>
    private const int MaxTimeWordsAfterVerb = 5;

    // Whether the clause ends (the sentence, or a comma) right after the verb at index, maybe after a phrase of time:
    // "..., the agency said Thursday, adding ...", "X said on Sunday." (wire copy puts the day right after the verb; a
    // weekday alone needs no leading word there).
    private static bool EndsClauseAfterTime(IReadOnlyList<Token> tokens, int verb)
    {
        var end = verb + 1;
        while (end < tokens.Count && end - verb <= MaxTimeWordsAfterVerb && !tokens[end].IsSymbol(',') && !tokens[end].IsSymbol('.'))
        {
            end++;
        }

        if (end == tokens.Count || tokens[end].IsSymbol(',') || tokens[end].IsSymbol('.'))
        {
            var bareDay = end == verb + 2 && tokens[verb + 1].IsWord && Lexicon.IsWeekdayName(tokens[verb + 1].Text);
            return end == verb + 1 || bareDay || BeforeTimePhrase(tokens, end - 1) == verb;
        }

        return false;
    }

    private static bool IsTimeWord(Token token) =>
        TimeNouns.Contains(token.Text) || Lexicon.IsMonthOrWeekdayName(token.Text);
}
