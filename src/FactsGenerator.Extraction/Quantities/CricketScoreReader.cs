using System;
using System.Collections.Generic;
using FactsGenerator.Extraction.Numbers;
using FactsGenerator.Extraction.Text;
using static FactsGenerator.Extraction.Quantities.TokenWindow;

namespace FactsGenerator.Extraction.Quantities;

/// <summary>
/// "the hosts piled up 5-342", "Johnson took 4-31", "England closed on 287-6": in a sentence about cricket, two figures
/// joined by a hyphen, one of them at most ten, are wickets and runs (either order), not a range.
/// </summary>
internal static class CricketScoreReader
{
    private const int MaxWickets = 10;
    private const int MaxRuns = 999;

    // Words only a cricket sentence uses; "runs", "innings" and "batting" are baseball's too, "bat" and "bowling" everyday words.
    private static readonly HashSet<string> CricketWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "wicket", "wickets", "bowled", "bowler", "bowlers", "batsman", "batsmen", "cricket", "ODI", "T20", "paceman", "spinner",
        "seamer", "wicketkeeper", "overs", "sixes",
    };

    /// <summary>Adds a wickets and a runs figure for the pair that opens at <paramref name="lower"/>; false when it is none.</summary>
    public static bool TryAdd(Sentence sentence, NumberMatch lower, NumberRange range, List<QuantityMention> into)
    {
        var tokens = sentence.Tokens;
        if (lower.Form != NumberForm.Digits || range.IsRevision || range.IsAlternative || range.IsEstimate || range.Lower is not { } first
            || range.Upper is not { } second || range.UpperFirst != lower.Last + 2 || !IsJoinedPair(tokens, lower.Last + 1)
            || first != decimal.Truncate(first) || second != decimal.Truncate(second))
        {
            return false;
        }

        // "aged 5-17", "5-17 years": an age span or a range with its unit after it.
        var after = range.UpperLast + 1;
        if ((lower.First > 0 && tokens[lower.First - 1].Text.ToLowerInvariant() is "aged" or "ages" or "age" or "between" or "from")
            || (IsWordAt(tokens, after) && !QuantityLexicon.IsFunctionWord(tokens[after].Text)))
        {
            return false;
        }

        var wicketsFirst = first <= MaxWickets && second > MaxWickets && second <= MaxRuns;
        var runsFirst = second <= MaxWickets && first > MaxWickets && first <= MaxRuns;
        if (!(wicketsFirst || runsFirst) || !IsAboutCricket(tokens))
        {
            return false;
        }

        var upper = new NumberMatch(range.Upper, range.UpperFirst, range.UpperLast, lower.Form);
        into.Add(Side(sentence, lower, range, wicketsFirst ? "wickets" : "runs"));
        into.Add(Side(sentence, upper, range, wicketsFirst ? "runs" : "wickets"));
        return true;
    }

    // "5-342", "287-6": the hyphen stands between the digits with no space around it.
    private static bool IsJoinedPair(IReadOnlyList<Token> tokens, int sign) =>
        IsSymbolAt(tokens, sign, '-') && !tokens[sign].SpaceBefore && sign + 1 < tokens.Count && !tokens[sign + 1].SpaceBefore;

    public static bool IsAboutCricket(IReadOnlyList<Token> tokens)
    {
        foreach (var token in tokens)
        {
            if (token.IsWord && CricketWords.Contains(token.Text))
            {
                return true;
            }
        }

        return false;
    }

    // What "one-day" names as a format of the game, not a length ("the one-day series", "a one-day international").
    private static readonly HashSet<string> FormatNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "international", "internationals", "series", "cricket", "format", "squad", "side", "team", "cup", "match", "matches",
        "game", "games", "captain", "captaincy", "specialist", "ranking", "rankings", "debut", "leg",
    };

    /// <summary>"the three-match one-day series", "a one-day international": "one-day" names the format, no duration.</summary>
    public static bool IsOneDayFormat(IReadOnlyList<Token> tokens, NumberMatch number)
    {
        var hyphen = number.Last + 1;
        return number.Value == 1m && number.First == number.Last && IsJoiningHyphenAt(tokens, hyphen) && IsAt(tokens, hyphen + 1, "day")
            && hyphen + 2 < tokens.Count && tokens[hyphen + 2].IsWord && FormatNouns.Contains(tokens[hyphen + 2].Text);
    }

    private static QuantityMention Side(Sentence sentence, NumberMatch number, NumberRange range, string unit)
    {
        var mention = new QuantityMention(sentence, number) { Unit = unit, UnitKind = UnitKind.Measure, Head = unit };
        mention.CoverEvidence(range.Start);
        mention.CoverEvidence(range.UpperLast);
        return mention;
    }
}
