using System;
using System.Collections.Generic;
using FactsGenerator.Extraction.Numbers;
using FactsGenerator.Extraction.Text;
using static FactsGenerator.Extraction.Quantities.TokenWindow;

namespace FactsGenerator.Extraction.Quantities;

/// <summary>
/// "flooded for the third time this year", "the fourth time he had lost", "a third successive victory", "the ninth
/// consecutive rate increase": an ordinal of three or more that says how often something has now happened counts those
/// occurrences (news annotators keep all 6 such ordinals of tune43, in 5 articles of 5 publishers). "the first time" and
/// "a second time" (also "another time", in effect) are kept by no annotator and stay no quantity, as do other ordinals
/// ("the third day of the trial", "the fourth floor"); a run of a unit of time ("a fifth straight day") is a duration
/// (<see cref="StreakReader"/>).
/// </summary>
internal static class RepeatOrdinalReader
{
    private const int MinimumRepeat = 3;

    /// <summary>
    /// "a third successive victory", "ninth consecutive rate increase": true when token <paramref name="i"/> is an ordinal
    /// of a run of anything but a unit of time; <paramref name="number"/> then spans the ordinal alone, so the noun after
    /// the run word is read as for a cardinal.
    /// </summary>
    public static bool TryRead(IReadOnlyList<Token> tokens, int i, out NumberMatch number)
    {
        number = default;
        if (!StreakReader.TryOrdinal(tokens, i, MinimumRepeat, out var value, out var last))
        {
            return false;
        }

        var run = last + 1;
        if (!IsWordAt(tokens, run) || !QuantityLexicon.IsUnbrokenRunWord(tokens[run].Text) || !IsWordAt(tokens, run + 1)
            || QuantityLexicon.TryTimeUnit(tokens[run + 1].Text, out _) || QuantityLexicon.IsFunctionWord(tokens[run + 1].Text))
        {
            return false;
        }

        // ("the fifth successive woman to lead the party", "the third consecutive Harlow player to score": a person's
        // place in a line of people, not how often anything happened.)
        for (var k = run + 1; k <= run + 3 && IsWordAt(tokens, k) && !QuantityLexicon.IsFunctionWord(tokens[k].Text); k++)
        {
            if (QuantityLexicon.IsPeopleLike(tokens[k].Text))
            {
                return false;
            }
        }

        number = new NumberMatch(value, i, last, NumberForm.Words);
        return true;
    }

    /// <summary>
    /// "for the third time this week", "the fourth time 72-year-old Odinga lost": adds the count (unit <c>times</c>, with the
    /// verb before it, as "arrested three times" has) when token <paramref name="index"/> is an ordinal of three or more
    /// before "time"; true when it was. Not a compound ("the third time zone").
    /// </summary>
    public static bool TryReadTimes(Sentence sentence, int index, List<QuantityMention> into)
    {
        var tokens = sentence.Tokens;
        if (!StreakReader.TryOrdinal(tokens, index, MinimumRepeat, out var value, out var last) || !IsAt(tokens, last + 1, "time"))
        {
            return false;
        }

        var time = last + 1;
        if (IsWordAt(tokens, time + 1) && !tokens[time + 1].IsCapitalized && !QuantityLexicon.IsFunctionWord(tokens[time + 1].Text))
        {
            return false;
        }

        var mention = new QuantityMention(sentence, new NumberMatch(value, index, last, NumberForm.Words))
        {
            Unit = "times",
            UnitKind = UnitKind.Measure,
        };
        mention.CoverEvidence(time);

        // "flooded for the third time": the verb before "for the" says what happened that often.
        var verb = index - 1;
        while (verb >= 0 && verb >= index - 3 && IsWordAt(tokens, verb) && QuantityLexicon.IsFunctionWord(tokens[verb].Text))
        {
            verb--;
        }

        if (verb >= 0 && verb < index - 1 && IsWordAt(tokens, verb) && IsPastVerb(tokens[verb]))
        {
            mention.Verb = tokens[verb].Text.ToLowerInvariant();
            mention.CoverEvidence(verb);
        }

        into.Add(mention);
        return true;
    }
}
