using System;
using System.Collections.Generic;
using FactsGenerator.Extraction.Numbers;
using FactsGenerator.Extraction.Text;
using static FactsGenerator.Extraction.Quantities.TokenWindow;

namespace FactsGenerator.Extraction.Quantities;

/// <summary>
/// "voted 66 to 27", "passed 230-to-198", "a 5-4 ruling", "won the final 43-5": a tally or a score states two
/// figures, one per side. The words around say what both count (votes in a vote, points in a game); two numbers
/// with neither around them ("chapter 12-3") are left alone.
/// </summary>
internal static class TallyReader
{
    private const int LeftWindow = 8;
    private const int RightWindow = 3;
    private const int MaxSkippedTallies = 3;

    private static readonly HashSet<string> VoteWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "vote", "votes", "voted", "voting", "ballot", "ballots", "ruling", "ruled", "decision", "majority", "margin", "passed",
        "approved", "confirmed", "rejected", "elected", "tally", "electoral", "verdict", "split", "bill", "motion", "resolution",
        "amendment", "legislation", "referendum", "senators", "lawmakers", "justices", "judges", "jurors", "delegates",
    };

    private static readonly HashSet<string> WinVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "defeated", "defeat", "defeats", "beat", "beats", "knocked", "edged", "thrashed", "downed", "routed", "trounced", "overcame",
    };

    // Words around a game's score; every verb of winning is one of them.
    private static readonly HashSet<string> GameWords = new(WinVerbs, StringComparer.OrdinalIgnoreCase)
    {
        "beating", "won", "win", "wins", "winning", "lost", "lose", "loses", "losing", "victory", "score", "scored", "scores",
        "scoring", "scoreline", "draw", "drew", "led", "leading", "trailed", "trailing", "game", "match", "final", "halftime",
        "points", "goals",
    };

    // What a tally written with its noun after the first figure counts: "45 points to 24", "52 votes to 48".
    private static readonly HashSet<string> TallyNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "points", "goals", "votes", "runs", "tries", "seats",
    };

    /// <summary>
    /// The unit of the tally whose first number is <paramref name="lower"/> and whose second ends at
    /// <paramref name="upperLast"/>: "votes" or "points", or null when nothing around makes it a tally.
    /// </summary>
    public static string? UnitOf(IReadOnlyList<Token> tokens, NumberMatch lower, int upperLast)
    {
        var votes = false;
        var game = false;
        var window = LeftWindow;
        var skipped = 0;
        for (var k = lower.First - 1; k >= 0 && k >= lower.First - window; k--)
        {
            // "votes of 310-to-95 and 302-to-101": an earlier tally of the same list shares the words before it. A few
            // are looked past, so a long list of scores stays linear.
            if (tokens[k].IsNumber && skipped < MaxSkippedTallies && EarlierTallyStart(tokens, k) is { } earlier)
            {
                window += k - earlier + 1;
                k = earlier;
                skipped++;
                continue;
            }

            if (tokens[k].IsSymbol('.') || tokens[k].IsSymbol(';') || tokens[k].IsNumber)
            {
                break;
            }

            Note(tokens[k], ref votes, ref game);
        }

        for (var k = upperLast + 1; k < tokens.Count && k <= upperLast + RightWindow && tokens[k].IsWord; k++)
        {
            Note(tokens[k], ref votes, ref game);
        }

        return votes ? "votes" : game ? (IsAboutFootball(tokens) ? "goals" : "points") : null;
    }

    // Words of a football (soccer) sentence, where a score counts goals ("came from two goals down to beat Villa 3-2").
    private static readonly HashSet<string> FootballWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "goal", "goals", "striker", "strikers", "goalkeeper", "midfielder", "winger", "equaliser", "equalizer", "soccer",
    };

    // Words of games whose scores count points though they speak of goals ("a field goal", "a drop goal", "a try").
    private static readonly HashSet<string> PointGameWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "field", "drop", "try", "tries", "touchdown", "touchdowns", "basket", "baskets", "rebounds", "conversion", "quarterback",
    };

    private static bool IsAboutFootball(IReadOnlyList<Token> tokens)
    {
        var football = false;
        foreach (var token in tokens)
        {
            if (token.IsWord && PointGameWords.Contains(token.Text))
            {
                return false;
            }

            football |= token.IsWord && FootballWords.Contains(token.Text);
        }

        return football;
    }

    // Where the tally ending at <paramref name="last"/> ("230-to-197", "43-5", "52 to 48") starts, when a list goes on after it.
    private static int? EarlierTallyStart(IReadOnlyList<Token> tokens, int last)
    {
        if (!(IsAt(tokens, last + 1, "and") || IsSymbolAt(tokens, last + 1, ',')))
        {
            return null;
        }

        var link = last - 1;
        if (IsJoiningHyphenAt(tokens, link) && IsAt(tokens, link - 1, "to") && IsJoiningHyphenAt(tokens, link - 2))
        {
            link -= 2;
        }
        else if (!IsJoiningHyphenAt(tokens, link) && !IsAt(tokens, link, "to"))
        {
            return null;
        }

        return link >= 1 && tokens[link - 1].IsNumber ? link - 1 : null;
    }

    /// <summary>
    /// "Caboolture 43-5": true when the number at <paramref name="number"/> opens a tally ("-", "to" or "-to-" and a smaller
    /// or equal second number) with a vote or a game around it, so a name before it does not make it a label.
    /// </summary>
    public static bool OpensTally(IReadOnlyList<Token> tokens, NumberMatch number)
    {
        if (number.Form != NumberForm.Digits || number.Value is not { } first)
        {
            return false;
        }

        if (TryReadNamedTally(tokens, number, out _))
        {
            return true;
        }

        var link = number.Last + 1;
        int second;
        if (IsJoiningHyphenAt(tokens, link) && IsAt(tokens, link + 1, "to") && IsJoiningHyphenAt(tokens, link + 2))
        {
            second = link + 3;
        }
        else if (IsJoiningHyphenAt(tokens, link) || IsAt(tokens, link, "to"))
        {
            second = link + 1;
        }
        else
        {
            return false;
        }

        return second < tokens.Count && tokens[second].IsNumber && NumberReader.TryRead(tokens, second, out var upper) && upper.Value is { } other
            && other <= first && UnitOf(tokens, number, upper.Last) is not null;
    }

    /// <summary>
    /// "defeated Wynnum 45 points to 24", "won 52 votes to 48": the tally's noun written once, after the first (larger)
    /// figure, which <paramref name="upper"/> - the other side's figure - shares.
    /// </summary>
    public static bool TryReadNamedTally(IReadOnlyList<Token> tokens, NumberMatch number, out NumberMatch upper)
    {
        upper = default;
        var noun = number.Last + 1;
        if (number.Form != NumberForm.Digits || number.Value is not { } first || !IsWordAt(tokens, noun) || !TallyNouns.Contains(tokens[noun].Text)
            || !IsAt(tokens, noun + 1, "to") || noun + 2 >= tokens.Count || !tokens[noun + 2].IsNumber
            || !NumberReader.TryRead(tokens, noun + 2, out upper) || upper.Form != NumberForm.Digits || upper.Value is not { } second || second > first)
        {
            return false;
        }

        // "rose from 45 points to 24 points" is a change, written with the noun twice; "to 24 seats" counts something new.
        var after = upper.Last + 1;
        return !IsAt(tokens, number.First - 1, "from") && !(IsWordAt(tokens, after) && !QuantityLexicon.IsFunctionWord(tokens[after].Text));
    }

    /// <summary>Adds one figure per side of the tally; false (nothing added) when nothing says what it counts.</summary>
    public static bool TryAdd(Sentence sentence, NumberMatch lower, NumberRange range, List<QuantityMention> into)
    {
        var tokens = sentence.Tokens;
        if (UnitOf(tokens, lower, range.UpperLast) is not { } unit)
        {
            return false;
        }

        var first = Side(sentence, lower, range, unit);
        var second = Side(sentence, new NumberMatch(range.Upper, range.UpperFirst, range.UpperLast, lower.Form), range, unit);
        if (ReadSides(tokens, range.Start) is { } sides)
        {
            // "Maroochydore defeated Caboolture 43-5": the winner's score first, so each figure says whose it is.
            first.Modifiers = sides.Winner;
            second.Modifiers = sides.Loser;
        }
        else if (NounPhraseBeforeOf(tokens, range.Start) is { } named)
        {
            // "a projected electoral tally of 290 to 248", "a final score of 3-1": the phrase names what both figures are.
            first.Modifiers = named;
            second.Modifiers = named;
        }
        into.Add(first);
        into.Add(second);
        return true;
    }

    private const int NamingPhraseWords = 3;

    // The lowercase words of "<determiner> [adjective] noun of" just before the tally at <paramref name="tallyStart"/>.
    private static string? NounPhraseBeforeOf(IReadOnlyList<Token> tokens, int tallyStart)
    {
        var of = tallyStart - 1;
        if (!IsAt(tokens, of, "of"))
        {
            return null;
        }

        var first = of;
        while (first - 1 >= 0 && of - (first - 1) <= NamingPhraseWords && IsWordAt(tokens, first - 1) && !IsDeterminer(tokens[first - 1])
            && char.IsLower(tokens[first - 1].Text[0]) && !IsPastVerb(tokens[first - 1]))
        {
            first--;
        }

        return first < of && first - 1 >= 0 && IsDeterminer(tokens[first - 1]) ? Join(tokens, first, of - 1) : null;
    }

    private static bool IsDeterminer(Token token) =>
        token.IsWord && token.Text.ToLowerInvariant() is "a" or "an" or "the" or "its" or "their" or "his" or "her";

    private const int TeamNameWords = 3;

    // "X defeated Y" (or "X knocked off Y") just before the tally: the two sides' names.
    private static (string Winner, string Loser)? ReadSides(IReadOnlyList<Token> tokens, int tallyStart)
    {
        var loserFirst = NameStart(tokens, tallyStart - 1);
        if (loserFirst < 0)
        {
            return null;
        }

        var verb = loserFirst - 1;
        if (IsAt(tokens, verb, "off") || IsAt(tokens, verb, "of"))
        {
            verb--;
        }

        if (!IsWordAt(tokens, verb) || !WinVerbs.Contains(tokens[verb].Text))
        {
            return null;
        }

        var winnerFirst = NameStart(tokens, verb - 1);
        return winnerFirst < 0 ? null : (Join(tokens, winnerFirst, verb - 1), Join(tokens, loserFirst, tallyStart - 1));
    }

    // Where the run of capitalised words ending at <paramref name="last"/> starts, or -1.
    private static int NameStart(IReadOnlyList<Token> tokens, int last)
    {
        var first = last + 1;
        while (first - 1 >= 0 && first - 1 > last - TeamNameWords && IsWordAt(tokens, first - 1) && tokens[first - 1].IsCapitalized
            && !QuantityLexicon.IsFunctionWord(tokens[first - 1].Text))
        {
            first--;
        }

        return first <= last ? first : -1;
    }

    private static QuantityMention Side(Sentence sentence, NumberMatch number, NumberRange range, string unit)
    {
        var tokens = sentence.Tokens;
        var mention = new QuantityMention(sentence, number) { Unit = unit, UnitKind = UnitKind.Measure, Head = unit };
        mention.CoverEvidence(range.Start);
        mention.CoverEvidence(range.UpperLast);

        // "voted 66 to 27", "a vote of 52 to 48": the verb or noun just before belongs to the evidence.
        for (var k = range.Start - 1; k >= 0 && k >= range.Start - 3 && tokens[k].IsWord; k--)
        {
            if (VoteWords.Contains(tokens[k].Text) || GameWords.Contains(tokens[k].Text))
            {
                mention.CoverEvidence(k);
                break;
            }
        }

        // "a 5-4 ruling", "a 43-5 victory".
        if (IsWordAt(tokens, range.UpperLast + 1) && (VoteWords.Contains(tokens[range.UpperLast + 1].Text) || GameWords.Contains(tokens[range.UpperLast + 1].Text)))
        {
            mention.CoverEvidence(range.UpperLast + 1);
        }

        return mention;
    }

    private static void Note(Token token, ref bool votes, ref bool game)
    {
        if (!token.IsWord)
        {
            return;
        }

        votes |= VoteWords.Contains(token.Text);
        game |= GameWords.Contains(token.Text);
    }
}
