using System;
using System.Collections.Generic;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Numbers;

/// <summary>
/// Counts written as idioms rather than numerals: "a couple of weeks" and "a couple hundred" (about two, about two
/// hundred), and the vague "a handful of", "a number of", "large numbers of", "the last few years".
/// </summary>
internal static partial class NumberReader
{
    // "a large number of", "a growing number of": an adjective may stand between the article and "number".
    private static readonly HashSet<string> NumberOfAdjectives = new(StringComparer.OrdinalIgnoreCase)
    {
        "large", "small", "great", "growing", "increasing", "rising", "record", "significant", "substantial", "limited", "huge",
        "considerable", "certain", "good", "unknown", "sizeable", "sizable", "big", "vast", "high", "larger", "smaller", "greater",
    };

    // "the last few years", "the next couple of weeks": a word that opens a stretch of a few things.
    private static readonly HashSet<string> StretchOpeners = new(StringComparer.OrdinalIgnoreCase)
    {
        "last", "past", "next", "first", "coming", "previous", "these", "those",
    };

    // "a couple of the engineers": after "of", a determiner leaves the phrase to the counted-phrase reader.
    private static readonly HashSet<string> OfDeterminers = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "its", "their", "his", "her", "our", "these", "those", "them", "my", "your", "this", "us",
    };

    /// <summary>"a couple of weeks", "the next couple of days", "a dozen shops": the idiom states two (or twelve) only
    /// roughly.</summary>
    public static bool IsRoughIdiom(IReadOnlyList<Token> tokens, NumberMatch match) =>
        (match.Form == NumberForm.Words && (tokens[match.First].Is("couple") || (tokens[match.First].Is("a") && match.First + 1 < tokens.Count && tokens[match.First + 1].Is("couple"))))
        || IsADozen(tokens, match);

    // "a dozen shops", "nearly a dozen": a dozen said once is a round number, like "a couple"; "two dozen" is counted.
    private static bool IsADozen(IReadOnlyList<Token> tokens, NumberMatch number) =>
        number.Value == 12m && (tokens[number.First].Is("a")
            ? number.Last == number.First + 1 && tokens[number.Last].Is("dozen")
            : tokens[number.First].Is("dozen") && number.Last == number.First && number.First > 0 && tokens[number.First - 1].Is("a"));

    private static bool TryReadIdiom(IReadOnlyList<Token> tokens, int index, out NumberMatch match) =>
        TryReadCouple(tokens, index, out match) || TryReadHandful(tokens, index, out match) || TryReadNumberOf(tokens, index, out match)
        || TryReadFewInAStretch(tokens, index, out match);

    /// <summary>"a couple of guns", "a couple days", "a couple hundred years", "a couple of million", "the last couple of weeks".</summary>
    private static bool TryReadCouple(IReadOnlyList<Token> tokens, int index, out NumberMatch match)
    {
        match = default;
        int couple;
        if (tokens[index].Is("a") && IsWordAt(tokens, index + 1) && tokens[index + 1].Is("couple"))
        {
            couple = index + 1;
        }
        else if (tokens[index].Is("couple") && index > 0 && StretchOpeners.Contains(tokens[index - 1].Text))
        {
            couple = index;
        }
        else
        {
            return false;
        }

        var next = couple + 1;
        var of = IsWordAt(tokens, next) && tokens[next].Is("of");
        var scaleAt = of ? next + 1 : next;
        if (IsWordAt(tokens, scaleAt) && (NumberWords.IsHundred(tokens[scaleAt].Text) || NumberWords.TryScale(tokens[scaleAt].Text, out _))
            && TryReadWordsFrom(tokens, scaleAt, 2m, Part.Unit, out var scaled))
        {
            match = new NumberMatch(scaled.Value, index, scaled.Last, NumberForm.Words);
            return true;
        }

        // "a couple of guns": the counted phrase starts after "of"; "a couple of the guns" leaves "of the" to the phrase reader.
        if (of && IsWordAt(tokens, next + 1))
        {
            match = new NumberMatch(2m, index, OfDeterminers.Contains(tokens[next + 1].Text) ? couple : next, NumberForm.Words);
            return true;
        }

        // "a couple days"; "a couple from Ohio" and "the couple" are two people named as one.
        if (!of && IsWordAt(tokens, next) && !tokens[next].IsCapitalized && IsPluralNoun(tokens[next].Text))
        {
            match = new NumberMatch(2m, index, couple, NumberForm.Words);
            return true;
        }

        return false;
    }

    /// <summary>"a handful of protesters", "only a handful": a small vague count.</summary>
    private static bool TryReadHandful(IReadOnlyList<Token> tokens, int index, out NumberMatch match)
    {
        match = default;
        if (!tokens[index].Is("a") || !IsWordAt(tokens, index + 1) || !tokens[index + 1].Is("handful"))
        {
            return false;
        }

        match = new NumberMatch(null, index, index + 1, NumberForm.Vague);
        return true;
    }

    /// <summary>"a number of residents", "a growing number of", "large numbers of": a vague count; "the number of" is not one.</summary>
    private static bool TryReadNumberOf(IReadOnlyList<Token> tokens, int index, out NumberMatch match)
    {
        match = default;
        if (tokens[index].Is("a"))
        {
            var k = index + 1;
            if (IsWordAt(tokens, k) && NumberOfAdjectives.Contains(tokens[k].Text))
            {
                k++;
            }

            if (IsWordAt(tokens, k) && tokens[k].Is("number") && IsWordAt(tokens, k + 1) && tokens[k + 1].Is("of"))
            {
                match = new NumberMatch(null, index, k, NumberForm.Vague);
                return true;
            }

            return false;
        }

        // "Numbers of residents", "large numbers of": without a determiner, as "the numbers of" and "the high numbers of"
        // refer to known figures.
        if (tokens[index].Is("numbers") && IsWordAt(tokens, index + 1) && tokens[index + 1].Is("of")
            && (index == 0 || !tokens[index - 1].IsWord
                || (NumberOfAdjectives.Contains(tokens[index - 1].Text) && !(IsWordAt(tokens, index - 2) && IsDeterminerOfKnownFigures(tokens[index - 2])))))
        {
            match = new NumberMatch(null, index, index, NumberForm.Vague);
            return true;
        }

        return false;
    }

    private static bool IsDeterminerOfKnownFigures(Token word) =>
        word.Text.ToLowerInvariant() is "the" or "these" or "those" or "its" or "their" or "his" or "her" or "our";

    /// <summary>"the last few years", "the next few hours", "these few months": a vague count inside a stretch.</summary>
    private static bool TryReadFewInAStretch(IReadOnlyList<Token> tokens, int index, out NumberMatch match)
    {
        match = default;
        if (!tokens[index].Is("few") || index == 0 || !StretchOpeners.Contains(tokens[index - 1].Text) || !IsWordAt(tokens, index + 1))
        {
            return false;
        }

        var next = tokens[index + 1].Text;
        if (NumberWords.IsHundred(next) || NumberWords.TryScale(next, out _))
        {
            match = new NumberMatch(null, index, index + 1, NumberForm.Vague);
            return true;
        }

        if (tokens[index + 1].IsCapitalized || !IsPluralNoun(next))
        {
            return false;
        }

        match = new NumberMatch(null, index, index, NumberForm.Vague);
        return true;
    }

    private static bool IsWordAt(IReadOnlyList<Token> tokens, int index) => index >= 0 && index < tokens.Count && tokens[index].IsWord;
}
