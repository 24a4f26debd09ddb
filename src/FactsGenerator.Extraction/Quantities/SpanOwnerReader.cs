using System.Collections.Generic;
using FactsGenerator.Extraction.Numbers;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Quantities;

/// <summary>
/// Reads what a bare duration or share is of, so it is not named only "duration" or "share": the noun after "of"
/// ("four years of the project", "30% of voters"), the event that lasted or took the time ("the strike lasted 40 days"),
/// or the verb the time was spent doing ("ruled the province for 12 years", "served eight years"). Durations that only
/// place an event in time ("two days later", "within a month") are left bare: they span no activity.
/// </summary>
internal static class SpanOwnerReader
{
    /// <summary>Fills <see cref="QuantityMention.Subject"/> or <see cref="QuantityMention.Activity"/> of a bare duration or share.</summary>
    public static void Read(QuantityMention mention)
    {
        var isSpan = mention.UnitKind == UnitKind.Time && mention.Head is null && mention.MeasuredNoun is null && !mention.IsAge;
        var isShare = mention.UnitKind == UnitKind.Percent && mention.Head is null && mention.MeasuredNoun is null && string.IsNullOrEmpty(mention.Subject)
            && mention.Event is null;
        if (!isSpan && !isShare)
        {
            return;
        }

        var tokens = mention.Sentence.Tokens;
        var start = FigureStart(tokens, mention);
        if (isSpan && (IsSentencedTo(tokens, start) || IsPrisonTermGiven(tokens, start, mention)))
        {
            // "sentenced to 40 months", "sentenced the smuggler to nine years": the time is the sentence, whatever noun
            // stands before the "to".
            mention.Subject = "sentence";
            mention.SubjectIsTheSpan = true;
            return;
        }

        var isDuration = isSpan && string.IsNullOrEmpty(mention.Subject);
        if (!isDuration && !isShare)
        {
            return;
        }

        var afterUnit = AfterUnit(tokens, mention, isDuration);
        if (afterUnit < 0)
        {
            return;
        }

        if (isDuration && PlacesInTime(tokens, mention, start, afterUnit))
        {
            mention.TimeOffset = OffsetWord(tokens, mention, afterUnit);
            return;
        }

        var ofNoun = NounAfterOf(tokens, afterUnit);
        if (isShare)
        {
            // "won 30% of the ballots": the ballots won; a verb alone ("leads 48 percent") already says more than "poll".
            mention.Subject = ofNoun ?? (mention.Verb is null && MentionsAPoll(tokens) ? "poll" : null);
            return;
        }

        var verb = VerbBefore(tokens, start, out var lasting);
        if (ofNoun is not null)
        {
            // "served eight years of the sentence": the sentence, served.
            mention.Subject = ofNoun;
            mention.Activity = lasting is null ? verb : null;
            return;
        }

        if (lasting is not null)
        {
            mention.Subject = lasting;
        }

        else
        {
            mention.Activity = verb ?? VerbAfterFrontedFor(tokens, start, afterUnit);
        }
    }

    // "stood at 38 percent in one survey": a share in a sentence about a poll is a poll figure.
    private static bool MentionsAPoll(IReadOnlyList<Token> tokens)
    {
        foreach (var token in tokens)
        {
            if (token.IsWord && PollWords.Contains(token.Text))
            {
                return true;
            }
        }

        return false;
    }

    // The first token of the figure with its qualifier ("about", "more than"), after any verb the evidence took in ("spent a few hours").
    private static int FigureStart(IReadOnlyList<Token> tokens, QuantityMention mention)
    {
        var start = mention.Number.First;
        while (start > mention.EvidenceFirst && !IsVerb(tokens[start - 1]) && !tokens[start - 1].Is("for") && !tokens[start - 1].Is("to"))
        {
            start--;
        }

        // "for weeks", "for many years" are read as one vague figure with their "for".
        return tokens[start].Is("for") && start < mention.EvidenceLast ? start + 1 : start;
    }

    // The token after the unit word ("days", "%", "percent"); the number itself may hold the unit ("A few days").
    private static int AfterUnit(IReadOnlyList<Token> tokens, QuantityMention mention, bool isDuration)
    {
        var last = System.Math.Min(tokens.Count - 1, System.Math.Max(mention.EvidenceLast, mention.Number.Last + 2));
        for (var k = mention.Number.First; k <= last; k++)
        {
            var token = tokens[k];
            var isUnit = isDuration ? token.IsWord && QuantityLexicon.TryTimeUnit(token.Text, out _) : token.IsSymbol('%') || token.Is("percent") || token.Is("per");
            if (isUnit)
            {
                var after = token.Is("per") && TokenWindow.IsAt(tokens, k + 1, "cent") ? k + 2 : k + 1;
                return after;
            }
        }

        return -1;
    }

    // "two days later", "a year ago", "minutes before the vote", "within a month", "in 25 years", "the past few decades";
    // behind "for" the time is spent ("lived there for a year before moving").
    private static bool PlacesInTime(IReadOnlyList<Token> tokens, QuantityMention mention, int start, int afterUnit)
    {
        var spent = TokenWindow.IsAt(tokens, start - 1, "for");
        if (afterUnit < tokens.Count && tokens[afterUnit].IsWord
            && (OffsetWordsAfter.Contains(tokens[afterUnit].Text) || (!spent && EventOrderWordsAfter.Contains(tokens[afterUnit].Text))))
        {
            return true;
        }

        for (var k = mention.EvidenceFirst; k <= mention.EvidenceLast && k < tokens.Count; k++)
        {
            if (tokens[k].Is("later") || tokens[k].Is("ago") || tokens[k].Is("earlier"))
            {
                return true;
            }
        }

        for (var k = mention.Number.First - 1; k >= 0 && k >= System.Math.Min(mention.Number.First, mention.EvidenceFirst) - 3; k--)
        {
            if (!tokens[k].IsWord)
            {
                break;
            }

            if (PeriodOpeners.Contains(tokens[k].Text))
            {
                return true;
            }

            if (!WordsBeforeAPeriodOpener.Contains(tokens[k].Text))
            {
                break;
            }
        }

        return false;
    }

    // "three days later", "a year ago", "two weeks before the vote": the word that says which way the time is counted.
    private static string? OffsetWord(IReadOnlyList<Token> tokens, QuantityMention mention, int afterUnit)
    {
        var last = System.Math.Min(tokens.Count - 1, System.Math.Max(afterUnit, mention.EvidenceLast));
        for (var k = mention.Number.Last; k <= last; k++)
        {
            // "two days into the trial" places an event too, but a name says only later, ago, earlier, before or after.
            if (SentenceQuantityReader.IsOffsetWord(tokens[k]) && !tokens[k].Is("into"))
            {
                return tokens[k].Text.ToLowerInvariant();
            }
        }

        return null;
    }

    // "of the project", "of his sentence", "of voters": one lower-case content word after determiners.
    private static string? NounAfterOf(IReadOnlyList<Token> tokens, int afterUnit)
    {
        if (!TokenWindow.IsAt(tokens, afterUnit, "of"))
        {
            return null;
        }

        // "of a nine-year prison sentence", "of the votes": the last lower-case word of the noun phrase, before a verb or a break.
        var noun = -1;
        var k = afterUnit + 1;
        while (k < tokens.Count && tokens[k].IsWord && Determiners.Contains(tokens[k].Text))
        {
            k++;
        }

        for (var taken = 0; k < tokens.Count && taken < 6; k++, taken++)
        {
            var token = tokens[k];
            if ((token.IsSymbol('-') && !token.SpaceBefore) || token.IsNumber)
            {
                noun = -1;
                continue;
            }

            if (!token.IsWord || token.IsCapitalized || QuantityLexicon.IsFunctionWord(token.Text) || IsVerb(token))
            {
                break;
            }

            noun = token.Text.Length > 2 && !QuantityLexicon.TryTimeUnit(token.Text, out _) && !NumberWords.IsCardinalWord(token.Text) ? k : -1;
        }

        // Lower-cased once, for the word kept, not for every word walked over.
        return noun >= 0 ? tokens[noun].Text.ToLowerInvariant() : null;
    }

    /// <summary>
    /// The verb the time was spent doing, read back from the figure ("ruled the province for", "sentenced to", "working");
    /// for "lasted", "took" the noun before it is the event instead, returned in <paramref name="lasting"/>.
    /// </summary>
    private static string? VerbBefore(IReadOnlyList<Token> tokens, int start, out string? lasting)
    {
        lasting = null;
        var p = start - 1;
        var afterForOrTo = TokenWindow.IsAt(tokens, p, "for") || TokenWindow.IsAt(tokens, p, "to");
        if (afterForOrTo)
        {
            p--;
        }
        else if (p >= 0 && tokens[p].IsWord && LastingVerbs.Contains(tokens[p].Text))
        {
            lasting = p >= 1 && IsContentNoun(tokens[p - 1]) ? tokens[p - 1].Text.ToLowerInvariant() : null;
            return null;
        }

        // Behind "for", an object of up to three words may stand between the verb and the figure ("lived in the city for").
        var reach = afterForOrTo && tokens[p + 1].Is("for") ? 4 : 0;
        for (var k = p; k >= 0 && k >= p - reach; k--)
        {
            var token = tokens[k];
            if (!token.IsWord)
            {
                return null;
            }

            if (IsVerb(token))
            {
                return NamesAnActivity(tokens, k, start - 1) ? token.Text.ToLowerInvariant() : null;
            }
        }

        return null;
    }

    /// <summary>
    /// "continued for seven years", "has been trying for weeks": an aspect or auxiliary verb says only that something went
    /// on, not what; "has been devoted to the club for years": a participle after a copula with its complement is a state.
    /// Neither names the time, which then stays bare.
    /// </summary>
    // The word before the figure (the "to" of "was sentenced to 40 months") is no complement of the participle.
    private static bool NamesAnActivity(IReadOnlyList<Token> tokens, int verb, int figureWord)
    {
        // "were kept in storage for five years" is a passive: kept is what was done, not an aspect of another verb.
        var afterCopula = verb > 0 && tokens[verb - 1].IsWord && Copulas.Contains(tokens[verb - 1].Text);
        if (AspectVerbs.Contains(tokens[verb].Text) && !(afterCopula && !TokenWindow.EndsWith(tokens[verb], "ing")))
        {
            return false;
        }

        return !(afterCopula && TokenWindow.EndsWith(tokens[verb], "ed") && verb + 1 < figureWord && tokens[verb + 1].IsWord
            && StateComplementWords.Contains(tokens[verb + 1].Text));
    }

    // "was sentenced to 40 months", "sentenced him to nine years": the person sentenced may stand before the "to".
    // Wire copy gives a prison term as often with "jailed for" or "imprisoned for" ("was jailed for 18 months"), where the
    // time is the sentence too, not the span of whatever noun the sentence opened with.
    private static bool IsSentencedTo(IReadOnlyList<Token> tokens, int start)
    {
        var afterTo = TokenWindow.IsAt(tokens, start - 1, "to");
        if (!afterTo && !TokenWindow.IsAt(tokens, start - 1, "for"))
        {
            return false;
        }

        for (var k = start - 2; k >= 0 && k >= start - 5 && tokens[k].IsWord; k--)
        {
            if (afterTo ? tokens[k].Is("sentenced") : ImprisonedVerbs.Contains(tokens[k].Text))
            {
                return true;
            }
        }

        return false;
    }

    // Verbs by which someone gets a prison term without "sentenced": "got five years in prison", "faces 10 years in jail".
    private static readonly HashSet<string> TermVerbs = new(System.StringComparer.OrdinalIgnoreCase)
    {
        "got", "gets", "get", "received", "receives", "receive", "given", "handed", "faces", "face", "facing", "faced",
    };

    /// <summary>
    /// "got five years in prison", "was handed six months in jail", "faces up to 10 years behind bars": a time given with its
    /// place of serving is the sentence ("spent five years in prison" is time spent, not a term given).
    /// </summary>
    private static bool IsPrisonTermGiven(IReadOnlyList<Token> tokens, int start, QuantityMention mention)
    {
        // The figure's start may be the verb itself when the verb is irregular ("got").
        var verb = start < mention.Number.First ? start : start - 1;
        // Back past the words of a hedge between the verb and the figure ("faces up to 10 years", "got more than five").
        while (verb >= 0 && verb >= start - 3 && tokens[verb].IsWord
            && tokens[verb].Text.ToLowerInvariant() is "up" or "to" or "a" or "of" or "more" or "than" or "about" or "nearly" or "almost")
        {
            verb--;
        }

        if (verb < 0 || !tokens[verb].IsWord || !TermVerbs.Contains(tokens[verb].Text))
        {
            return false;
        }

        var after = mention.Number.Last + 1;
        if (after < tokens.Count && tokens[after].IsWord && QuantityLexicon.TryTimeUnit(tokens[after].Text, out _))
        {
            after++;
        }

        return (TokenWindow.IsAt(tokens, after, "in") && after + 1 < tokens.Count
                && tokens[after + 1].Text.ToLowerInvariant() is "prison" or "jail" or "gaol" or "custody")
            || (TokenWindow.IsAt(tokens, after, "behind") && TokenWindow.IsAt(tokens, after + 1, "bars"));
    }

    // "jailed for", "imprisoned for" (a court's term in British and wire copy); "detained" and "held" are
    // left out: a suspect is held for hours before any sentence.
    private static readonly HashSet<string> ImprisonedVerbs = new(System.StringComparer.OrdinalIgnoreCase)
    {
        "jailed", "imprisoned", "gaoled", "incarcerated",
    };

    /// <summary>
    /// "For two nights, the crew searched the bay": a duration that opens its sentence or clause spans the verb of the
    /// clause that follows it.
    /// </summary>
    private static string? VerbAfterFrontedFor(IReadOnlyList<Token> tokens, int start, int afterUnit)
    {
        var opensClause = TokenWindow.IsAt(tokens, start - 1, "for") && (start == 1 || tokens[start - 2].IsSymbol(',') || tokens[start - 2].IsSymbol(';'));
        if (!opensClause)
        {
            return null;
        }

        for (var k = afterUnit; k < tokens.Count && k < afterUnit + 8; k++)
        {
            var token = tokens[k];
            if (token.IsSymbol('.') || token.IsSymbol(';') || token.IsSymbol('"') || token.Is("that") || token.Is("which") || token.Is("who"))
            {
                return null;
            }

            // "For weeks, they have been trying to agree": past the aspect verb, the activity is the next verb, if any.
            if (token.IsWord && IsVerb(token) && NamesAnActivity(tokens, k, tokens.Count))
            {
                return token.Text.ToLowerInvariant();
            }
        }

        return null;
    }

    private static bool IsVerb(Token token) =>
        !token.IsCapitalized && token.Text.Length > 3 && (TokenWindow.IsPastVerb(token) || (TokenWindow.EndsWith(token, "ing") && !NounsInIng.Contains(token.Text)));

    private static bool IsContentNoun(Token token) =>
        token.IsWord && !token.IsCapitalized && token.Text.Length > 2 && !QuantityLexicon.IsFunctionWord(token.Text) && !IsVerb(token)
        && !token.Text.EndsWith("ly", System.StringComparison.OrdinalIgnoreCase);

    // Words before the noun after "of" that say which or how much of it ("of the entire", "of their").
    private static readonly HashSet<string> Determiners = new(System.StringComparer.OrdinalIgnoreCase)
    {
        "the", "this", "that", "a", "an", "total", "entire", "whole", "overall", "his", "her", "its", "their", "our", "my", "your",
        "these", "those", "all",
    };

    // Forms of verbs of aspect or auxiliaries ("continued", "kept", "tried", "remained", "going on", "began", "stopped"):
    // the time they span belongs to another verb, or to none.
    private static readonly HashSet<string> AspectVerbs = new(AspectVerbForms(), System.StringComparer.OrdinalIgnoreCase);

    private static IEnumerable<string> AspectVerbForms()
    {
        foreach (var lemma in new[] { "continue", "try", "remain", "start", "stop", "keep", "begin", "have", "go" })
        {
            foreach (var form in VerbInflection.Forms(lemma, withPresent: true))
            {
                yield return form;
            }
        }

        foreach (var irregular in new[] { "kept", "began", "begun", "had", "went", "gone", "been", "being" })
        {
            yield return irregular;
        }
    }

    private static readonly HashSet<string> Copulas = new(System.StringComparer.OrdinalIgnoreCase)
    {
        "be", "been", "being", "is", "are", "was", "were", "am", "become", "became", "becomes", "seemed", "felt",
    };

    // "dedicated to", "involved with", "aware of", "worried about": the participle takes a complement like an adjective.
    private static readonly HashSet<string> StateComplementWords = new(System.StringComparer.OrdinalIgnoreCase)
    {
        "to", "with", "of", "about",
    };

    // "the strike lasted", "the repair took": the noun before these is the event that filled the time.
    private static readonly HashSet<string> LastingVerbs = new(System.StringComparer.OrdinalIgnoreCase)
    {
        "lasted", "lasts", "last", "lasting", "took", "takes", "take", "taking",
    };

    private static readonly HashSet<string> PollWords = new(System.StringComparer.OrdinalIgnoreCase)
    {
        "poll", "polls", "polling", "survey", "surveys", "pollster", "pollsters",
    };

    // "within a month", "the past few decades", "every two years": the span is a period or a rate, not time spent.
    private static readonly HashSet<string> PeriodOpeners = new(System.StringComparer.OrdinalIgnoreCase)
    {
        "within", "in", "past", "last", "next", "coming", "recent", "first", "final", "every", "each", "per", "after",
    };

    // "two days later", "a year back", "three weeks old": a word after the unit that counts the time from another point.
    private static readonly HashSet<string> OffsetWordsAfter = new(System.StringComparer.OrdinalIgnoreCase)
    {
        "later", "ago", "earlier", "back", "ahead", "behind", "old",
    };

    // "minutes before the vote", "a week after the flood": these order events, unless a "for" makes the time spent.
    private static readonly HashSet<string> EventOrderWordsAfter = new(System.StringComparer.OrdinalIgnoreCase)
    {
        "after", "before", "into", "since", "prior", "from", "until",
    };

    // Words that may stand between such an opener and the figure ("in the past few", "within about").
    private static readonly HashSet<string> WordsBeforeAPeriodOpener = new(System.StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "few", "several", "many", "about", "around", "roughly", "nearly", "almost", "probably", "over",
    };

    // Words in -ing that are no verb at work: a time of day, a thing, a preposition.
    private static readonly HashSet<string> NounsInIng = new(System.StringComparer.OrdinalIgnoreCase)
    {
        "during", "according", "including", "morning", "evening", "nothing", "something", "anything", "everything", "thing", "being",
        "spring", "string", "building", "ceiling", "pending", "regarding", "concerning", "following", "excluding", "notwithstanding",
    };
}
