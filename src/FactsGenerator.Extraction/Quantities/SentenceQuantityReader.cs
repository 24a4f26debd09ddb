using System;
using System.Collections.Generic;
using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Numbers;
using FactsGenerator.Extraction.Text;
using static FactsGenerator.Extraction.Quantities.TokenWindow;

namespace FactsGenerator.Extraction.Quantities;

/// <summary>
/// Reads the quantity mentions of one sentence: finds each number (and the word-only forms "months-long",
/// "about an hour"), rejects the non-quantities, joins ranges and revisions, and runs the readers around it.
/// </summary>
internal static class SentenceQuantityReader
{
    public static void Read(Sentence sentence, List<QuantityMention> into)
    {
        var tokens = sentence.Tokens;
        var first = into.Count;
        var next = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            // No reader below starts at a punctuation mark or symbol (each wants a word or a figure there): such a
            // token is passed over before a dozen readers each look at it.
            if (i < next || tokens[i].Kind == TokenKind.Symbol)
            {
                continue;
            }

            if (RepetitionReader.TryRead(sentence, i, into) || RepeatOrdinalReader.TryReadTimes(sentence, i, into) || HalvingReader.TryRead(sentence, i, into) || MultiplierReader.TryRead(sentence, i, into))
            {
                continue;
            }

            var afterTime = RaceTimeReader.TryRead(sentence, i, into);
            if (afterTime > 0)
            {
                next = afterTime;
                continue;
            }

            var afterAge = DecadeAgeReader.TryRead(sentence, i, into);
            if (afterAge > 0)
            {
                next = afterAge;
                continue;
            }

            var afterOdds = OddsReader.TryRead(sentence, i, into);
            if (afterOdds > 0)
            {
                next = afterOdds;
                continue;
            }

            if (!TryFindNumber(tokens, i, out var number))
            {
                continue;
            }

            next = number.Last + 1;
            if (NonQuantityFilter.IsNotAQuantity(tokens, number))
            {
                // "2019-20" or "3-1": the joined second number goes with the first.
                if (IsJoiningHyphenAt(tokens, number.Last + 1) && number.Last + 2 < tokens.Count && tokens[number.Last + 2].IsNumber)
                {
                    next = number.Last + 3;
                }

                continue;
            }

            next = ReadAround(sentence, number, into);
        }

        TollMembers.Apply(sentence, into, first);
    }

    private static bool TryFindNumber(IReadOnlyList<Token> tokens, int i, out NumberMatch number)
    {
        if (TryVagueDuration(tokens, i, out number) || TryVagueSpan(tokens, i, out number) || TryVagueOffset(tokens, i, out number) || VagueStretchReader.TryRead(tokens, i, out number) || TryArticleTime(tokens, i, out number) || TryArticleMeasure(tokens, i, out number) || StreakReader.TryRead(tokens, i, out number)
            || RepeatOrdinalReader.TryRead(tokens, i, out number)
            || TryNegatedSingle(tokens, i, out number) || TryASingle(tokens, i, out number) || TryNoCasualties(tokens, i, out number) || TryNumerous(tokens, i, out number)
            || LoneVictimReader.TryRead(tokens, i, out number))
        {
            return true;
        }

        return NumberReader.TryRead(tokens, i, out number);
    }

    // "1.5m people", "2bn users", "300k residents": a scale letter glued to the figure before a noun of people counts
    // millions of them ("a 100m sprint" is metres). "bn" and "mn" are no units, so any noun may follow them; nor is a
    // capital "M", "B" or "K" before plural things ("2M acres", "1M+ power outages"), and any scale letter before a
    // currency's name scales the sum ("70m Egyptian pounds", "5m euros").
    private static int ReadScaleLetter(IReadOnlyList<Token> tokens, int at, QuantityMention mention)
    {
        if (mention.Value is not { } value || mention.Number.Form != NumberForm.Digits || at != mention.Number.Last + 1 || !IsWordAt(tokens, at)
            || tokens[at].SpaceBefore || !NumberWords.TryScaleSuffix(tokens[at].Text, out var scale))
        {
            return at;
        }

        // "1M+ power outages": the plus glued to the letter makes it the figure or more, as "18+" does.
        var plus = IsSymbolAt(tokens, at + 1, '+') && !tokens[at + 1].SpaceBefore ? at + 1 : -1;
        var next = plus >= 0 ? plus + 1 : at + 1;
        if (!IsWordAt(tokens, next) || !(ScalesPeople(tokens, at, next) || ScalesThings(tokens, mention.Number.First, at, next) || ScalesASum(tokens, next)))
        {
            return at;
        }

        mention.Value = value * scale;
        mention.CoverEvidence(at);
        if (plus >= 0)
        {
            mention.Qualifier = Qualifier.AtLeast;
            mention.CoverEvidence(plus);
        }

        return next;
    }

    // Thousands or millions of people are many: "a 200m swimmer", "the 400m runner" name one person by a race's length.
    private static bool ScalesPeople(IReadOnlyList<Token> tokens, int at, int next)
    {
        if (tokens[next].IsCapitalized)
        {
            return false;
        }

        var noun = tokens[next].Text;
        var neverAUnit = tokens[at].Text.ToLowerInvariant() is "bn" or "mn";
        return (QuantityLexicon.IsPeopleLike(noun) && AgeLimitReader.IsPlural(noun)) || (neverAUnit && NounPhraseReader.IsContentWordAt(tokens, next));
    }

    // A capital letter is no metre: "2M acres", "1M+ power outages" (a plural noun next, or after one modifier), not the
    // "3M plant" of a name. After another count or an article the figure and its letter name a kind, not a scale: "200 4K
    // televisions" (a resolution), "two 5K races" (a race's length).
    private static bool ScalesThings(IReadOnlyList<Token> tokens, int first, int at, int next) =>
        tokens[at].Text is "M" or "B" or "K" && !IsCountOrArticleBefore(tokens, first) && !tokens[next].IsCapitalized && NounPhraseReader.IsContentWordAt(tokens, next)
        && (NounPhraseReader.IsPlural(tokens[next].Text)
            || (IsWordAt(tokens, next + 1) && !tokens[next + 1].IsCapitalized && NounPhraseReader.IsContentWordAt(tokens, next + 1) && NounPhraseReader.IsPlural(tokens[next + 1].Text)));

    private static bool IsCountOrArticleBefore(IReadOnlyList<Token> tokens, int first) =>
        first > 0 && (tokens[first - 1].IsNumber || (tokens[first - 1].IsWord && NumberWords.IsCardinalWord(tokens[first - 1].Text))
                      || tokens[first - 1].Is("a") || tokens[first - 1].Is("an") || tokens[first - 1].Is("the"));

    // "70m Egyptian pounds", "5m dollars": a currency's name, after its country's adjective or alone.
    private static bool ScalesASum(IReadOnlyList<Token> tokens, int next) =>
        QuantityLexicon.TryCurrencyWord(tokens[next].Text, out _)
        || (tokens[next].IsCapitalized && IsWordAt(tokens, next + 1) && QuantityLexicon.TryCurrencyWordAfterCountry(tokens[next + 1].Text));

    // "numerous complaints", "numerous articles": a vague count like "several"; "the complaints were numerous" counts nothing.
    private static bool TryNumerous(IReadOnlyList<Token> tokens, int i, out NumberMatch number)
    {
        number = default;
        if (!tokens[i].Is("numerous") || !IsWordAt(tokens, i + 1) || QuantityLexicon.IsFunctionWord(tokens[i + 1].Text))
        {
            return false;
        }

        number = new NumberMatch(null, i, i, NumberForm.Vague);
        return true;
    }

    // "a months-long blockade", "years-long dispute": a duration without a value; "a week-long stay" lasts one week.
    private static bool TryVagueDuration(IReadOnlyList<Token> tokens, int i, out NumberMatch number)
    {
        number = default;
        // The "-long" after the word is checked before the unit: it is cheaper, and this runs at every token.
        if (!tokens[i].IsWord || !IsJoiningHyphenAt(tokens, i + 1) || !IsAt(tokens, i + 2, "long") || !QuantityLexicon.TryTimeUnit(tokens[i].Text, out var unit))
        {
            return false;
        }

        if (tokens[i].Text.EndsWith("s", System.StringComparison.OrdinalIgnoreCase) && string.Equals(unit, tokens[i].Text, System.StringComparison.OrdinalIgnoreCase))
        {
            number = new NumberMatch(null, i, i, NumberForm.Vague);
            return true;
        }

        // "a two-week-long festival" was read from its number already.
        if (tokens[i].Text.EndsWith("s", System.StringComparison.OrdinalIgnoreCase) || IsSymbolAt(tokens, i - 1, '-'))
        {
            return false;
        }

        number = new NumberMatch(1m, i, i, NumberForm.Words);
        return true;
    }

    // "occupied the square for weeks", "over decades", "for many years": a length of time given only by its unit. The vague
    // figure is the preposition (with "many"), so the unit after it is read as what is counted. "for years of effort" and
    // "for years to come" are no such length. "within minutes", "within hours of the vote" bound how soon something
    // followed, seconds too.
    private static bool TryVagueSpan(IReadOnlyList<Token> tokens, int i, out NumberMatch number)
    {
        number = default;
        var within = tokens[i].Is("within");
        if (!(tokens[i].Is("for") || tokens[i].Is("over") || within))
        {
            return false;
        }

        var last = IsAt(tokens, i + 1, "many") && !within ? i + 1 : i;
        var unitIndex = last + 1;
        if (!IsWordAt(tokens, unitIndex) || !QuantityLexicon.TryTimeUnit(tokens[unitIndex].Text, out var unit)
            || !string.Equals(unit, tokens[unitIndex].Text, System.StringComparison.OrdinalIgnoreCase) || (unit is "seconds" && !within) || unit is "nights" or "centuries"
            || (IsAt(tokens, unitIndex + 1, "of") && !within) || IsAt(tokens, unitIndex + 1, "to") || IsSymbolAt(tokens, unitIndex + 1, '-') || (IsAt(tokens, unitIndex + 1, "and") && !within) || IsAt(tokens, unitIndex + 1, "or"))
        {
            return false;
        }

        number = new NumberMatch(null, i, last, NumberForm.Vague);
        return true;
    }

    // "years later", "hours after the vote", "mere minutes into the speech": how long before or after something, given only
    // by its unit. A counted span ("two years later") is read from its number first; a modifier before the unit makes
    // it a period of a life or an era ("his final years before", "in recent years"), not a length.
    private static bool TryVagueOffset(IReadOnlyList<Token> tokens, int i, out NumberMatch number)
    {
        number = default;
        if (!IsWordAt(tokens, i + 1) || !IsOffsetWord(tokens[i + 1])
            || !IsWordAt(tokens, i) || !QuantityLexicon.TryTimeUnit(tokens[i].Text, out var unit)
            || !string.Equals(unit, tokens[i].Text, System.StringComparison.OrdinalIgnoreCase) || unit is "seconds" or "nights" or "centuries")
        {
            return false;
        }

        // "just hours before the vote", "only days after": the hedge says how short; the word before it decides.
        var previous = IsAt(tokens, i - 1, "just") || IsAt(tokens, i - 1, "only") ? i - 2 : i - 1;
        if (previous >= 0 && (tokens[previous].IsNumber || IsSymbolAt(tokens, previous, '-') || CountsOrDatesTimeUnit(tokens[previous])))
        {
            return false;
        }

        number = new NumberMatch(null, i, i, NumberForm.Vague);
        return true;
    }

    /// <summary>"later", "ago", "after", "before", "earlier", "into": a word that makes a span of time an offset from an event.</summary>
    public static bool IsOffsetWord(Token token) =>
        token.Is("later") || token.Is("ago") || token.Is("after") || token.Is("before") || token.Is("earlier") || token.Is("into");

    /// <summary>
    /// True for a word before a bare time unit that counts, fixes or dates it ("two", "several", "the", "recent years",
    /// "weeks"): the unit is then no vague span of its own, for an offset ("years later") as for a stretch ("weeks of talks").
    /// </summary>
    public static bool CountsOrDatesTimeUnit(Token word) =>
        word.IsWord && (QuantityLexicon.IsFunctionWord(word.Text) || NumberWords.IsCardinalWord(word.Text) || NumberWords.IsVagueCount(word.Text)
            || PeriodModifiers.Contains(word.Text) || QuantityLexicon.TryTimeUnit(word.Text, out _));

    // Words that make "years" a period rather than a length: "in recent years", "his early years after the war".
    private static readonly HashSet<string> PeriodModifiers = new(System.StringComparer.OrdinalIgnoreCase)
    {
        "early", "later", "final", "last", "past", "recent", "previous", "latter", "first", "formative", "other", "same", "many", "few",
        "several", "some", "those", "these", "teenage", "school", "college", "war", "wartime", "golden", "best", "good", "hard", "lean",
    };

    /// <summary>
    /// "40 cases in March, 55 in April, 61 in May": the month right after a figure of a series sets it apart
    /// from its neighbours better than a name before it (it is only used when figures would share a name).
    /// </summary>
    private static string? MonthAfter(IReadOnlyList<Token> tokens, int index) =>
        (IsAt(tokens, index, "in") || IsAt(tokens, index, "during")) && IsWordAt(tokens, index + 1) && tokens[index + 1].IsCapitalized
        && QuantityLexicon.IsMonth(tokens[index + 1].Text) ? tokens[index + 1].Text : null;

    private const int NoCasualtyWindow = 4;

    // "no one was hurt", "no humans had been hurt", "no deaths were reported": a toll of zero. Only with a casualty word
    // close after, so "no one knows" and "no people's party" stay out.
    private static bool TryNoCasualties(IReadOnlyList<Token> tokens, int i, out NumberMatch number)
    {
        number = default;
        if (!tokens[i].Is("no") || !IsWordAt(tokens, i + 1))
        {
            return false;
        }

        var noun = tokens[i + 1].Text.ToLowerInvariant();
        var nounEnd = i + 1;
        if (noun is not ("one" or "people" or "humans" or "persons" or "passengers" or "residents" or "civilians" or "deaths" or "injuries"
            or "casualties" or "fatalities"))
        {
            // "no police officers were injured", "no soldiers died": any plural noun of people, after one modifier at most.
            if (IsPluralPersonAt(tokens, i + 1))
            {
                nounEnd = i + 1;
            }
            else if (IsWordAt(tokens, i + 2) && !QuantityLexicon.IsFunctionWord(tokens[i + 1].Text) && IsPluralPersonAt(tokens, i + 2))
            {
                nounEnd = i + 2;
            }
            else
            {
                return false;
            }
        }

        var tollNoun = noun is "deaths" or "injuries" or "casualties" or "fatalities";
        for (var k = nounEnd + 1; k <= nounEnd + NoCasualtyWindow; k++)
        {
            // "There were no deaths.": the toll noun says it all.
            if (tollNoun && k == i + 2 && !IsWordAt(tokens, k))
            {
                number = new NumberMatch(0m, i, i, NumberForm.Words);
                return true;
            }

            if (!IsWordAt(tokens, k))
            {
                return false;
            }

            var isCasualty = QuantityLexicon.TryEvent(tokens[k].Text, out var sense) && sense.Category == Model.QuantityCategory.Casualties;
            if (isCasualty || (tollNoun && (tokens[k].Is("reported") || tokens[k].Is("recorded"))))
            {
                number = new NumberMatch(0m, i, noun == "one" ? i + 1 : i, NumberForm.Words);
                return true;
            }
        }

        return false;
    }

    private static bool IsPluralPersonAt(IReadOnlyList<Token> tokens, int index) =>
        IsWordAt(tokens, index) && !tokens[index].IsCapitalized && QuantityLexicon.IsPeopleLike(tokens[index].Text) && AgeLimitReader.IsPlural(tokens[index].Text);

    // "only a single lane was open", "by running a single command": "single" insists on the count, one. A capitalised
    // word after it ("a single EU country") or a function word ("a single of theirs") leaves it alone, and so does a
    // preposition before it: "from a single family", "too big for a single sale" say "one and the same", not how many.
    private static bool TryASingle(IReadOnlyList<Token> tokens, int i, out NumberMatch number)
    {
        number = default;
        if (!tokens[i].Is("a") || !IsAt(tokens, i + 1, "single") || !IsWordAt(tokens, i + 2) || tokens[i + 2].IsCapitalized
            || QuantityLexicon.IsFunctionWord(tokens[i + 2].Text)
            || (i > 0 && tokens[i - 1].IsWord && tokens[i - 1].Text.ToLowerInvariant() is "from" or "for" or "of" or "in" or "into" or "on" or "at" or "to" or "with" or "by" or "under" or "within"))
        {
            return false;
        }

        number = new NumberMatch(1m, i, i + 1, NumberForm.Words);
        return true;
    }

    // "not a single life was lost", "not even one candidate ran": none, a count of zero. "He is not one of them" is no count.
    private static bool TryNegatedSingle(IReadOnlyList<Token> tokens, int i, out NumberMatch number)
    {
        number = default;
        if (!tokens[i].Is("not"))
        {
            return false;
        }

        var k = IsAt(tokens, i + 1, "even") ? i + 2 : i + 1;
        if (IsAt(tokens, k, "a") && IsAt(tokens, k + 1, "single"))
        {
            k++;
        }
        else if (!IsAt(tokens, k, "one"))
        {
            return false;
        }

        if (!IsWordAt(tokens, k + 1) || QuantityLexicon.IsFunctionWord(tokens[k + 1].Text))
        {
            return false;
        }

        number = new NumberMatch(0m, i, k, NumberForm.Words);
        return true;
    }

    // "less than a kilometre", "more than a ton": a bound on one unit of measure. Without the bound, "a mile
    // away" or "a metre of rain" states no figure a reader would look up.
    private static bool TryArticleMeasure(IReadOnlyList<Token> tokens, int i, out NumberMatch number)
    {
        number = default;
        if (!(tokens[i].Is("a") || tokens[i].Is("an")) || !IsWordAt(tokens, i + 1) || !QuantityLexicon.TryMeasureUnit(tokens[i + 1].Text, out _)
            || tokens[i + 1].Text.EndsWith("s", System.StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var (qualifier, _) = QualifierReader.ReadLeft(tokens, i);
        if (qualifier is Qualifier.Exact or Qualifier.About || (IsWordAt(tokens, i + 2) && !QuantityLexicon.IsFunctionWord(tokens[i + 2].Text)))
        {
            return false;
        }

        number = new NumberMatch(1m, i, i, NumberForm.Words);
        return true;
    }

    // "lasted about an hour", "for a decade": one unit of time, counted only when a qualifier or "for" asks for a length.
    private static bool TryArticleTime(IReadOnlyList<Token> tokens, int i, out NumberMatch number)
    {
        number = default;
        if (!(tokens[i].Is("a") || tokens[i].Is("an")) || !IsWordAt(tokens, i + 1) || !QuantityLexicon.TryTimeUnit(tokens[i + 1].Text, out _)
            || tokens[i + 1].Text.EndsWith("s", System.StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        // "an hour and a half", "a year-and-a-half ago": a length stated that precisely is always a duration.
        if (NumberReader.AndAHalfAt(tokens, i + 2) > 0)
        {
            number = new NumberMatch(1m, i, i, NumberForm.Words);
            return true;
        }

        var (qualifier, _) = QualifierReader.ReadLeft(tokens, i);

        // "forgot for a second", "think about it for a moment": a second unqualified is a figure of speech for a moment.
        if (tokens[i + 1].Is("second") && qualifier == Qualifier.Exact && IsAt(tokens, i - 1, "for"))
        {
            return false;
        }

        // "a week after the storm", "an hour before the match": the span between two events, the same as "a week later".
        var spanBetweenEvents = IsAt(tokens, i + 2, "later") || IsAt(tokens, i + 2, "earlier") || IsAt(tokens, i + 2, "afterwards") || IsAt(tokens, i + 2, "ago")
            || ((IsAt(tokens, i + 2, "after") || IsAt(tokens, i + 2, "before")) && (IsWordAt(tokens, i + 3) || (i + 3 < tokens.Count && tokens[i + 3].IsNumber)));

        // "the biggest rally in a decade" spans a period; "a minute of silence", "a year of planning" last one
        // ("a day of mourning" names a kind of day).
        var spanOfTime = IsAt(tokens, i - 1, "in") || (IsAt(tokens, i + 2, "of") && !tokens[i + 1].Is("day") && IsWordAt(tokens, i + 3) && !tokens[i + 3].IsCapitalized
            && !QuantityLexicon.IsFunctionWord(tokens[i + 3].Text) && !IsAt(tokens, i - 1, "within"));
        if (qualifier == Qualifier.Exact && !IsAt(tokens, i - 1, "for") && !IsAt(tokens, i - 1, "lasted") && !spanBetweenEvents && !spanOfTime)
        {
            return false;
        }

        // "for a second time": an ordinal, not a length of time ("for a decade following the war" still is one).
        if (IsWordAt(tokens, i + 2) && !QuantityLexicon.IsFunctionWord(tokens[i + 2].Text) && !tokens[i + 2].Is("following"))
        {
            return false;
        }

        number = new NumberMatch(1m, i, i, NumberForm.Words);
        return true;
    }

    // "a decade", "a century", "a millennium" and "a quarter century" are read as the years they span, the unit a reader compares durations in.
    private static void CountLongSpanInYears(QuantityMention mention)
    {
        if (mention.UnitKind != UnitKind.Time || mention.Value is not { } value || value > 1m || mention.IsAge)
        {
            return;
        }

        var years = mention.Unit switch
        {
            "decades" => 10m,
            "centuries" => 100m,
            "millennia" => 1000m,
            _ => 0m,
        };
        if (years > 0m)
        {
            mention.Value = years * value;
            mention.Unit = "years";
        }
    }

    // "a fortnight", "less than a fortnight": two weeks, in the unit readers compare such spans in (the gold files of
    // British, Asian and Australian reports all write 2 weeks).
    private static void CountFortnightsInWeeks(QuantityMention mention)
    {
        if (mention.UnitKind == UnitKind.Time && mention.Value is { } value && !mention.IsAge && mention.Unit == "fortnights")
        {
            mention.Value = 2m * value;
            mention.UpperValue = mention.UpperValue * 2m;
            mention.Unit = "weeks";
        }
    }

    // "half of the houses", "three quarters of the voters": the everyday shares are the percentages readers restate them as
    // (50, 75), and so is any share taken "of" a group ("two thirds of the members", 66.7), whatever its denominator.
    // A share that qualifies a noun ("a two-thirds majority") stays a fraction; a share of a unit ("half an hour") stays in that unit.
    private static void ShareAsPercent(IReadOnlyList<Token> tokens, QuantityMention mention)
    {
        if (mention.Number.Form != NumberForm.Fraction || mention.Value is not { } share || mention.UnitKind is not (UnitKind.None or UnitKind.Noun or UnitKind.People)
            || (share * 4m != decimal.Truncate(share * 4m) && !IsAt(tokens, mention.Number.Last + 1, "of") && !IsChangeByAShare(tokens, mention.Number)))
        {
            return;
        }

        mention.Value = System.Math.Round(share * 100m, 2);
        mention.Unit = "percent";
        mention.UnitKind = UnitKind.Percent;
    }

    // "rose by nearly a third": the size of a change, read as the percentage it is, like a share "of" a group. A share
    // before a noun ("passed by a two-thirds majority") qualifies it and stays a fraction.
    private static bool IsChangeByAShare(IReadOnlyList<Token> tokens, NumberMatch number)
    {
        var next = number.Last + 1;
        if (IsWordAt(tokens, next) && !QuantityLexicon.IsFunctionWord(tokens[next].Text) && !tokens[next].Is("last") && !tokens[next].Is("this"))
        {
            return false;
        }

        var first = number.First;
        return IsAt(tokens, first - 1, "by") || (IsWordAt(tokens, first - 1) && QualifierReader.IsQualifierWord(tokens[first - 1].Text) && IsAt(tokens, first - 2, "by"));
    }

    /// <summary>Builds the mention(s) for <paramref name="number"/>; returns the first token index not consumed.</summary>
    private static int ReadAround(Sentence sentence, NumberMatch number, List<QuantityMention> into)
    {
        var tokens = sentence.Tokens;
        var mention = new QuantityMention(sentence, number);
        var valueStart = ContextReader.ReadValueStart(tokens, mention);
        var phraseStart = number.Last + 1;
        var rangeStart = valueStart;
        var resumeAt = 0;
        QuantityMention? earlier = null;

        if (RangeReader.TryRead(tokens, number, valueStart, out var range))
        {
            if (CricketScoreReader.TryAdd(sentence, number, range, into))
            {
                // "took 4-31": wickets and runs, one figure each.
                return range.UpperLast + 1;
            }

            if (range.IsScore)
            {
                // "voted 66 to 27": one figure per side, when the words around say what is tallied.
                TallyReader.TryAdd(sentence, number, range, into);
                return range.UpperLast + 1;
            }

            phraseStart = range.NounAfterLower ? number.Last + 1 : range.UpperLast + 1;
            resumeAt = range.UpperLast + 1;
            rangeStart = range.Start;
            if (range.IsRevision || range.IsSharedUnitPair)
            {
                // "rose from fourteen to 31": two figures, the first one superseded; "led 50.1 to 42.9 percent": two sides.
                earlier = new QuantityMention(sentence, number) { IsEarlierFigure = range.IsRevision };
                mention = new QuantityMention(sentence, new NumberMatch(range.Upper, range.UpperFirst, range.UpperLast, number.Form));
                ContextReader.ReadValueStart(tokens, mention);
                ContextReader.ReadValueStart(tokens, earlier);

                // "the toll rose from four to seven": the superseded figure's evidence keeps the verb that changed it.
                if (range.IsRevision && IsAt(tokens, range.Start, "from") && RangeReader.IsChangeVerbAt(tokens, range.Start - 1))
                {
                    earlier.CoverEvidence(range.Start - 1);
                }
            }
            else if (range.IsEstimate)
            {
                mention.Value = range.Lower;
                mention.Qualifier = Qualifier.About;
                mention.CoverEvidence(range.Start);
                mention.CoverEvidence(range.UpperLast);
            }
            else
            {
                mention.Value = range.Lower;
                mention.UpperValue = range.Upper;
                mention.Qualifier = range.IsAlternative ? Qualifier.Exact : Qualifier.AtLeast;
                mention.CoverEvidence(range.Start);
                mention.CoverEvidence(range.UpperLast);
            }
        }

        var (qualifier, qualifierStart) = QualifierReader.ReadLeft(tokens, rangeStart);
        // "12 or 13" is rough already; only a stated qualifier ("more than 12 or 13") replaces that.
        var statedOrRough = !range.IsEstimate || qualifier != Qualifier.Exact;
        if (mention.UpperValue is null && earlier is null && statedOrRough)
        {
            // "a couple of weeks" says two only roughly.
            mention.Qualifier = qualifier == Qualifier.Exact && (NumberReader.IsRoughIdiom(tokens, number) || (IsRound(mention.Value) && QualifierReader.SharesEarlierEstimate(tokens, qualifierStart)))
                ? Qualifier.About : qualifier;

            // "a couple of projects" names a small number, like "a few"; readers take it as vague, not as two.
            // A scale keeps its figure: "a couple hundred metres" is about 200.
            if (mention.Value == 2m && NumberReader.IsRoughIdiom(tokens, number))
            {
                mention.Value = null;
            }
        }
        else if (mention.UpperValue is not null && qualifier == Qualifier.About && !QualifierReader.IsGuessWord(tokens[qualifierStart]))
        {
            // "around 20 to 30 people": both ends are estimates, not bounds.
            mention.Qualifier = Qualifier.About;
        }

        mention.CoverEvidence(qualifierStart);
        ContextReader.ReadBefore(tokens, qualifierStart, mention);

        // "62 percent, up from 58 percent": the figure it changed from.
        if (IsAt(tokens, qualifierStart - 1, "from") && (IsAt(tokens, qualifierStart - 2, "up") || IsAt(tokens, qualifierStart - 2, "down")))
        {
            mention.IsEarlierFigure = true;
        }

        phraseStart = ReadSuffixes(tokens, mention, phraseStart);
        phraseStart = ReadScaleLetter(tokens, phraseStart, mention);

        // "peaked at #7 on the radio chart": a place in a ranking counts nothing after it.
        if (ContextReader.ReadAppositiveAge(tokens, mention) || mention.Unit == "rank")
        {
            into.Add(mention);
            return System.Math.Max(phraseStart, resumeAt);
        }

        if (!CountedPhraseReader.Read(tokens, phraseStart, mention))
        {
            return System.Math.Max(System.Math.Max(phraseStart, resumeAt), mention.EvidenceLast + 1);
        }

        // "four deaths per 100,000 people": the counted noun becomes part of the rate's unit.
        if (mention.UnitKind is UnitKind.None or UnitKind.People or UnitKind.Noun && mention.Head is { } ratedNoun && !mention.IsAge)
        {
            RateReader.TryRead(tokens, mention.EvidenceLast + 1, ratedNoun, mention);
        }

        var compoundLast = System.Math.Max(CompoundDurationReader.Extend(tokens, mention), CompoundLengthReader.Extend(tokens, mention));
        if (compoundLast >= 0)
        {
            resumeAt = System.Math.Max(resumeAt, compoundLast + 1);
        }

        CountLongSpanInYears(mention);
        CountFortnightsInWeeks(mention);
        ShareAsPercent(tokens, mention);
        var (afterQualifier, afterLast) = QualifierReader.ReadRight(tokens, mention.EvidenceLast + 1);
        if (afterQualifier != Qualifier.Exact && mention.Qualifier != QualifierReader.WithTrailing(mention.Qualifier, afterQualifier))
        {
            mention.Qualifier = afterQualifier;
            mention.CoverEvidence(afterLast);
        }

        ReadClauseContext(tokens, qualifierStart, mention);

        // "aged 16 to 18", "nurses between 25 and 40": the ends of an age span are the ages of its youngest and oldest
        // members, each stated exactly, not bounds of an uncertain figure.
        // A span in millions of years ("between 20 and 60 million years old") dates a rock or a star: its ends stay bounds.
        if (mention.IsAge && mention.UpperValue is not null && mention.Qualifier == Qualifier.AtLeast && mention.UpperValue <= QuantityMention.MaxHumanAge)
        {
            mention.Qualifier = Qualifier.Exact;
        }

        // "a target range of 2 to 4 percent", "cut the rate to a range of 1.75 to 2 per cent": the ends of a band set by
        // a body are stated exactly, as the edges of a target, not bounds of an uncertain figure.
        if (mention.UpperValue is not null && mention.Qualifier == Qualifier.AtLeast && qualifierStart == rangeStart && IsEndOfSetBand(tokens, rangeStart))
        {
            mention.Qualifier = Qualifier.Exact;
        }

        // "over three days" is a span of time, not "more than".
        if (mention.UnitKind == UnitKind.Time && !mention.IsAge && qualifierStart < tokens.Count && tokens[qualifierStart].Is("over")
            && !IsOverABound(tokens, qualifierStart, mention))
        {
            mention.Qualifier = Qualifier.Exact;
        }

        // "served under two presidents": under their authority, not fewer than.
        if (mention.Head is { } head && QuantityLexicon.IsAuthorityNoun(head) && IsAt(tokens, qualifierStart, "under") && qualifierStart == rangeStart - 1)
        {
            mention.Qualifier = Qualifier.Exact;
        }

        // "buried under two metres of mud": the depth of what lies on top, not fewer than.
        if (IsAt(tokens, qualifierStart, "under") && qualifierStart == rangeStart - 1 && IsDepthUnderCover(tokens, number.Last + 1))
        {
            mention.Qualifier = Qualifier.Exact;
        }

        if (mention.Value is null)
        {
            mention.Qualifier = Qualifier.Vague;
        }

        // "12 of the 40 pupils were absent": what happened is said of the part; the total only counts the group.
        mention.IsFrontedTotal = IsFrontedTotal(tokens, rangeStart);
        if (IsTotalAfterPart(tokens, rangeStart) || mention.IsFrontedTotal)
        {
            // ("24 of the 51 people who were killed", "five of the six victims": the total's own event stays.)
            var own = mention.IsFrontedTotal ? null : PartitiveTotalEvent.OwnEvent(tokens, mention);
            mention.Event = own;
            mention.Verb = null;
        }

        var crowdStart = CrowdReader.ReadPeople(tokens, mention);
        if (crowdStart < 0)
        {
            crowdStart = CrowdReader.ReadCrowdOf(tokens, qualifierStart, mention);
        }

        if (crowdStart >= 0)
        {
            mention.Unit = "people";
            mention.UnitKind = UnitKind.People;
            mention.CoverEvidence(crowdStart);
        }

        if (IsAnaphoricPair(mention) || IntroducesSomeone(tokens, mention) || (mention.Number.Form == NumberForm.Vague && mention.Head is null && mention.Event is null && mention.UnitKind == UnitKind.None))
        {
            return System.Math.Max(phraseStart, resumeAt);
        }

        if (earlier is not null)
        {
            CopyPhrase(mention, earlier);
            earlier.CoverEvidence(mention.EvidenceLast);
            into.Add(earlier);
        }

        into.Add(mention);
        if (AllButReader.TryRead(tokens, rangeStart, out var exception, out var allIndex) && AllButReader.Rest(mention, exception, allIndex) is { } rest)
        {
            into.Add(rest);
        }

        // The counted phrase holds no further number, but a list after it may ("killed five and wounded 110").
        return System.Math.Max(phraseStart, resumeAt);
    }

    /// <summary>Reads what may follow the number before its counted phrase ("± 0.4", "-plus", "or more"); returns where the phrase starts.</summary>
    private static int ReadSuffixes(IReadOnlyList<Token> tokens, QuantityMention mention, int phraseStart)
    {
        // "40.3 ± 0.4 days": the unit follows the margin of error.
        if (phraseStart + 1 < tokens.Count && tokens[phraseStart].Kind == TokenKind.Symbol && tokens[phraseStart].Text == "\u00B1" && tokens[phraseStart + 1].IsNumber)
        {
            phraseStart += 2;
        }

        var plus = QualifierReader.ReadPlusSuffix(tokens, mention.Number.Last);
        if (plus >= 0)
        {
            // "18+ years", "500-plus members": the figure itself or more, like "or more".
            mention.Qualifier = Qualifier.AtLeast;
            mention.CoverEvidence(plus);
            phraseStart = plus + 1;
        }

        var (rightQualifier, rightLast) = QualifierReader.ReadRight(tokens, phraseStart);
        if (rightQualifier != Qualifier.Exact)
        {
            mention.Qualifier = rightQualifier;
            mention.CoverEvidence(rightLast);
            phraseStart = rightLast + 1;
        }

        return phraseStart;
    }

    // "in the region of 300": an idiom for "about", no region.
    private static bool IsInTheRegionOf(IReadOnlyList<Token> tokens, int region) =>
        tokens[region].Is("region") && IsAt(tokens, region - 1, "the") && IsAt(tokens, region - 2, "in");

    // "about 2000 large and 74 small shops": an estimate is written in round figures; 74 is a count.
    private static bool IsRound(decimal? value) => value is { } figure && figure >= 10 && figure % 10 == 0;

    /// <summary>Fills in what the counted phrase left open from the rest of the clause: a toll, "number of", whose age, the subject.</summary>
    private static void ReadClauseContext(IReadOnlyList<Token> tokens, int qualifierStart, QuantityMention mention)
    {
        if (mention.Head is null && mention.Event is null && mention.UnitKind == UnitKind.None)
        {
            _ = ContextReader.ReadTollBefore(tokens, qualifierStart, mention) || ContextReader.ReadNumberOf(tokens, qualifierStart, mention);
        }
        else if (mention.Event is null && mention.Head is { } head && (head.Equals("people", System.StringComparison.OrdinalIgnoreCase) || head.Equals("persons", System.StringComparison.OrdinalIgnoreCase)))
        {
            // "the death toll rose to 30 people": plain people counted by a toll are the dead.
            ContextReader.ReadTollBefore(tokens, qualifierStart, mention);

            // "a town with a population of about 50 people": however few, the people counted live there.
            if (qualifierStart >= 2 && tokens[qualifierStart - 1].Is("of") && tokens[qualifierStart - 2].Is("population"))
            {
                mention.LivesThere = true;
            }
        }

        if (mention.Event is null && (mention.Head is null || QuantityLexicon.IsPeopleLike(mention.Head)) && mention.UnitKind is UnitKind.None or UnitKind.People or UnitKind.Noun)
        {
            ContextReader.ReadAmongEvent(tokens, qualifierStart, mention);
            if (mention.Event is null)
            {
                ContextReader.ReadAmongEventAfter(tokens, mention.EvidenceLast + 1, mention);
            }
        }

        // "the town is home to 25,000 people", "home to some 300 families": the people live there.
        if (mention.Event is null && IsAt(tokens, qualifierStart - 1, "to") && IsAt(tokens, qualifierStart - 2, "home")
            && (mention.Head is null || QuantityLexicon.IsPeopleLike(mention.Head) || mention.Head.Equals("families", System.StringComparison.OrdinalIgnoreCase)))
        {
            mention.LivesThere = true;
        }

        // "Kyiv, home to nearly 3 million", "a small hamlet of 35", "the port city of 350,000": with no noun, the figure
        // counts the people who live there (a figure with a unit, "a town of 40 square miles", measures the place).
        if (mention.Event is null && mention.Head is null && mention.UnitKind == UnitKind.None && !mention.IsAge
            && (mention.LivesThere || (UnitCategoryClassifier.IsOfAfterSettlement(tokens, qualifierStart - 1) && !IsInTheRegionOf(tokens, qualifierStart - 2))))
        {
            mention.LivesThere = true;
            mention.Unit = "people";
            mention.UnitKind = UnitKind.People;
        }

        if (mention.IsAge && mention.Head is null && mention.MeasuredNoun is null)
        {
            mention.Subject = ContextReader.ReadAgeHolder(tokens, mention.EvidenceFirst);
        }
        else if (mention.Head is null)
        {
            mention.Subject = ContextReader.ReadSubject(tokens, qualifierStart);

            // "reported casualties increased to 167": a subject that names what happened to people is what is counted.
            if (mention.UnitKind == UnitKind.None && mention.Event is null && mention.Subject is { } eventNoun && EventWords.IsEventNoun(eventNoun)
                && QuantityLexicon.TryEvent(eventNoun, out var subjectEvent))
            {
                mention.Head = eventNoun;
                mention.Event = subjectEvent;
                mention.Subject = null;
            }

            // "Arrests climbed to 75": a plural count noun raised or lowered to a bare figure is what the figure counts.
            if (mention.UnitKind == UnitKind.None && mention.Event is null && mention.Subject is { } plural && IsCountReachedByChange(tokens, qualifierStart, plural))
            {
                mention.Head = plural;
                mention.Subject = null;
            }

            // "a population of 12,000": people, counted by the subject.
            if (mention.UnitKind == UnitKind.None && mention.Event is null && mention.Subject is { } counted && QuantityLexicon.IsPopulationNoun(counted))
            {
                mention.Unit = "people";
                mention.UnitKind = UnitKind.People;
            }

            // "the earthquake's magnitude was 5.5": the subject is the unit.
            if (mention.UnitKind == UnitKind.None && mention.Event is null && mention.Subject is { } subject && QuantityLexicon.TryMeasureUnit(subject, out var subjectUnit))
            {
                mention.Unit = subjectUnit;
                mention.UnitKind = UnitKind.Measure;
            }

            // "climbs to 3.3 million in Brazil": a bare figure placed by a name is a count, the place in its evidence.
            if (mention.UnitKind == UnitKind.None && mention.Event is null && mention.Head is null && !PlacedCount.IsLevelReached(tokens, mention)
                && PlacedCount.NameAfter(tokens, mention) is { } placeLast)
            {
                mention.IsPlacedCount = true;
                mention.CoverEvidence(placeLast);

                // The subject read before "to" may be a verb or a noun of another clause ("climbs to"): the place names it.
                mention.Subject = null;
                mention.Distinguisher = tokens[placeLast].Text;
            }
        }

        FinedSum.Read(mention);
        if (!mention.IsPlacedCount)
        {
            mention.Distinguisher = MonthAfter(tokens, mention.EvidenceLast + 1) ?? ContextReader.ReadDistinguisher(tokens, qualifierStart);
        }
        mention.Achiever = ReadAchiever(tokens, qualifierStart);
    }

    // Verbs that move a count to a new level: "rose to", "fell to".
    private static readonly HashSet<string> LevelChangeVerbs = new(System.StringComparer.OrdinalIgnoreCase)
    {
        "rose", "risen", "fell", "fallen", "climbed", "jumped", "dropped", "grew", "grown", "increased", "decreased", "declined",
        "soared", "surged", "swelled", "shrank",
    };

    // Plurals that rise and fall as levels of a measure, not as counts: "Temperatures rose to 40", "Prices fell to 12".
    private static readonly HashSet<string> LevelPlurals = new(System.StringComparer.OrdinalIgnoreCase)
    {
        "prices", "temperatures", "rates", "levels", "shares", "stocks", "yields", "sales", "costs", "earnings", "profits",
        "revenues", "wages", "rents", "fees", "values", "scores", "ratings", "odds", "readings", "speeds", "waters", "totals",
    };

    /// <summary>
    /// "Infections fell to 40 in May": the figure follows "to" after a verb of change, and the clause's subject is a plural
    /// count noun, not the level of a measure.
    /// </summary>
    private static bool IsCountReachedByChange(IReadOnlyList<Token> tokens, int qualifierStart, string subject) =>
        IsAt(tokens, qualifierStart - 1, "to") && IsWordAt(tokens, qualifierStart - 2) && LevelChangeVerbs.Contains(tokens[qualifierStart - 2].Text)
        && NounPhraseReader.IsPlural(subject) && !LevelPlurals.Contains(subject) && !QuantityLexicon.TryMeasureUnit(subject, out _)
        && !QuantityLexicon.TryTimeUnit(subject, out _) && !QuantityLexicon.TryCurrencyWord(subject, out _);

    // "Joe Biden earned 6", "Smith won 54 votes": a capitalised name right before a past verb that reached the figure.
    private static string? ReadAchiever(IReadOnlyList<Token> tokens, int qualifierStart)
    {
        var verb = qualifierStart - 1;
        var name = verb - 1;
        return IsWordAt(tokens, verb) && IsPastVerb(tokens[verb]) && IsWordAt(tokens, name) && tokens[name].IsCapitalized && name > 0
            && !QuantityLexicon.IsFunctionWord(tokens[name].Text) ? tokens[name].Text : null;
    }

    // "of the 40" or "of its 40" just after another number: the whole a part was counted out of.
    private static bool IsTotalAfterPart(IReadOnlyList<Token> tokens, int valueStart)
    {
        var of = valueStart - 2;
        var determiner = valueStart - 1;
        if (!IsWordAt(tokens, determiner) || tokens[determiner].Text.ToLowerInvariant() is not ("the" or "its" or "their" or "his" or "her" or "our"))
        {
            return false;
        }

        // "all but one of the 16 died": the one is the exception; what happened is said of the rest of the total.
        // "Half of the 400 residents were evacuated", "most of its 90 staff": a share is a part too ("all of" is not).
        var part = of - 1;
        return IsAt(tokens, of, "of") && part >= 0 && (tokens[part].IsNumber || NumberWords.IsCardinalWord(tokens[part].Text) || IsShareWord(tokens[part]))
            && !IsAt(tokens, part - 1, "but");
    }

    /// <summary>
    /// "for over 65 years", "the first win in over 20 years", "over a century ago": after a preposition, or with "ago" after
    /// it, "over" bounds the length of time; it cannot be the span something happened across. After a verb of lasting
    /// ("lasted over a decade", "spanning over 40 years") it bounds the length too.
    /// </summary>
    private static bool IsOverABound(IReadOnlyList<Token> tokens, int overAt, QuantityMention mention)
    {
        if (overAt > 0 && tokens[overAt - 1].IsWord && tokens[overAt - 1].Text.ToLowerInvariant() is "for" or "in" or "of" or "after"
            or "lasted" or "lasting" or "lasts" or "last" or "spanned" or "spanning" or "spans")
        {
            return true;
        }

        return tokens[mention.EvidenceLast].Is("ago") || (mention.EvidenceLast + 1 < tokens.Count && tokens[mention.EvidenceLast + 1].Is("ago"));
    }

    // A length that says how deep a cover lies: "under two feet of snow", "under 8 m of rubble". Kilometres and miles are
    // left out: "under two miles of new track" is a length of track, fewer than two.
    private static bool IsDepthUnderCover(IReadOnlyList<Token> tokens, int unitAt)
    {
        if (!IsWordAt(tokens, unitAt) || !QuantityLexicon.TryMeasureUnit(tokens[unitAt].Text, out var unit) || !QuantityLexicon.IsLengthUnit(unit) || unit is "km" or "miles")
        {
            return false;
        }

        // "under eight metres (26 feet) of mud": past a bracketed conversion.
        var of = unitAt + 1;
        if (IsSymbolAt(tokens, of, '('))
        {
            while (of < tokens.Count && of <= unitAt + ConversionWindow && !IsSymbolAt(tokens, of, ')'))
            {
                of++;
            }

            of++;
        }

        return IsAt(tokens, of, "of") && IsWordAt(tokens, of + 1) && !QuantityLexicon.IsFunctionWord(tokens[of + 1].Text);
    }

    // How far a bracketed conversion after a unit may run: "(about 25 feet)".
    private const int ConversionWindow = 6;

    // "Of the 300 passengers, 12 were hurt": a total fronted by "of" that the part after the comma is counted out of.
    private static bool IsFrontedTotal(IReadOnlyList<Token> tokens, int valueStart)
    {
        var of = valueStart - 2;
        var opensClause = of == 0 || IsSymbolAt(tokens, of - 1, ',') || IsSymbolAt(tokens, of - 1, ';');
        return opensClause && IsAt(tokens, of, "of") && IsWordAt(tokens, valueStart - 1)
            && tokens[valueStart - 1].Text.ToLowerInvariant() is "the" or "its" or "their" or "his" or "her" or "our" or "these" or "those";
    }

    private static bool IsShareWord(Token token) =>
        token.IsWord && (NumberWords.TryFraction(token.Text, out _) || token.Text.ToLowerInvariant() is "most" or "some" or "many" or "several" or "few" or "majority" or "minority");

    // "One activist, Nur Khan Liton, said", "One study noted": "one" picks out an individual rather than counting.
    private static bool IntroducesSomeone(IReadOnlyList<Token> tokens, QuantityMention mention)
    {
        var number = mention.Number;
        if (mention.Value != 1m || number.First != number.Last || !tokens[number.First].Is("one") || mention.Event is not null || mention.Qualifier != Qualifier.Exact)
        {
            return false;
        }

        var next = mention.EvidenceLast + 1;
        var opensSentence = number.First == 0 || tokens[number.First - 1].IsSymbol('"');
        var speaks = IsWordAt(tokens, next) && tokens[next].Text.ToLowerInvariant() is "said" or "says" or "told" or "stated" or "wrote" or "added" or "noted" or "explained";
        return speaks || (opensSentence && !NonQuantityFilter.IsMemberActing(tokens, number.First + 1));
    }

    // "the two sides", "the two parties": the pair of any quarrel or deal, which says nothing countable. "the two countries",
    // "the two leaders" still count what they name, and "the two-year deadline" measures instead.
    private static bool IsAnaphoricPair(QuantityMention mention) =>
        mention.Value == 2m && mention.IsDefinite && mention.Event is null && mention.Qualifier == Qualifier.Exact && mention.UnitKind is UnitKind.None or UnitKind.People or UnitKind.Noun
        && (mention.Head is null || PairNouns.Contains(mention.Head) || IsSingularThing(mention.Head));

    // "the two party system": a singular noun after the pair is a compound, not what is counted.
    private static bool IsSingularThing(string head) =>
        !head.EndsWith("s", System.StringComparison.OrdinalIgnoreCase) && !QuantityLexicon.IsPeopleLike(head);

    private static readonly HashSet<string> PairNouns = new(System.StringComparer.OrdinalIgnoreCase)
    {
        "sides", "parties", "camps", "halves", "ends", "sexes", "extremes",
    };

    private static void CopyPhrase(QuantityMention from, QuantityMention to)
    {
        to.CountSameNounAs(from);
        to.Event = from.Event;
        to.Verb = from.Verb;
        to.MeasuredNoun = from.MeasuredNoun;
        to.Subject = from.Subject;
        to.Distinguisher = from.Distinguisher;
        to.Achiever = from.Achiever;
        to.IsAge = from.IsAge;
    }

    // The nouns of a band a body sets: "a range of", "its target of", "a band of", "a corridor of".
    private static readonly HashSet<string> SetBandNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "range", "target", "band", "corridor",
    };

    // "range of 2 to 4", "target of 4.0-4.5", "a band between 2 and 3": a band noun right before the range, after "of" or
    // with "between"; not "in the range of", which says "about".
    private static bool IsEndOfSetBand(IReadOnlyList<Token> tokens, int rangeStart)
    {
        var k = rangeStart - 1;
        if (IsAt(tokens, rangeStart, "between") || IsAt(tokens, k, "of"))
        {
            k = IsAt(tokens, rangeStart, "between") ? k : k - 1;

            // "valued in the range of five to six million": the idiom hedges an estimate, it sets no band.
            return k >= 0 && tokens[k].IsWord && SetBandNouns.Contains(tokens[k].Text) && !(IsAt(tokens, k - 1, "the") && IsAt(tokens, k - 2, "in"));
        }

        return false;
    }
}
