using System;
using System.Collections.Generic;
using System.Globalization;
using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Quantities;

/// <summary>
/// Rules that look at neighbouring mentions: an elliptical number borrows the unit of the figure before it
/// ("gained 13 seats and ... lost 10"), an exact count refines the subject of a vague one about the same event
/// ("several of its peacekeepers were killed ... the four service personnel killed"), and a repeated figure
/// ("all five deaths" after "killed five girls") is dropped.
/// </summary>
internal static class MentionMerger
{
    private const int RefinementSentenceWindow = 1;

    // Counted nouns so general that a nearby, more specific subject of the same event is a better name.
    private static readonly HashSet<string> GenericHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "people", "persons", "personnel", "individuals", "members", "servicemen", "others", "victims", "bodies",
    };

    /// <summary>Fills in what a mention leaves implicit from the mentions before it (run before classification).</summary>
    /// <remarks>
    /// The rules look back to the nearest fitting figure of the same or the previous sentence. Instead of scanning back
    /// from every mention (quadratic in a long sentence of figures), one pass keeps the nearest fitting figure so far and
    /// where the look-back stops: linear in the number of mentions.
    /// </remarks>
    public static void ResolveFromNeighbours(List<QuantityMention> mentions)
    {
        var stops = LookBackStops(mentions);
        var lastUnitSource = -1;
        var inBreakdown = false;
        for (var i = 0; i < mentions.Count; i++)
        {
            inBreakdown = NamedGroupInheritance.Inherit(mentions[i]) || BreakdownInheritance.Inherit(mentions, i, inBreakdown) || BreakdownInheritance.InheritThroughIncluding(mentions, i);
            TollPartInheritance.Inherit(mentions, i);
            InheritFrontedTotal(mentions, i);
            InheritRevisedFrom(mentions, i);
            ClauseNounInheritance.Inherit(mentions[i]);
            TallyWordInheritance.Inherit(mentions, i);
            InheritBracketBreakdown(mentions, i);
            InheritElidedUnit(mentions, i, lastUnitSource > stops[i] ? lastUnitSource : -1);
            InheritNounOfOthers(mentions, i);
            PartOfUsReader.CountPeople(mentions[i]);
            IdentifiedDead.Read(mentions[i]);
            InheritConvertedQualifier(mentions, i);
            if (LendsElidedUnit(mentions[i]))
            {
                lastUnitSource = i;
            }
        }

        var vagueByFamily = new Dictionary<string, RecentVague>(StringComparer.Ordinal);
        for (var i = 0; i < mentions.Count; i++)
        {
            RefineFromVague(mentions[i], stops[i], vagueByFamily);
            InheritPercentSubject(mentions, i);
            NoteVague(mentions[i], i, vagueByFamily);
        }
    }

    /// <summary>
    /// For each mention, the position of the nearest earlier mention more than <see cref="RefinementSentenceWindow"/>
    /// sentences before it (-1 if none): a look-back stops there. Mentions are in sentence order except the headline's,
    /// appended last; a stack of suffix minima of the sentence index keeps this linear either way.
    /// </summary>
    private static int[] LookBackStops(List<QuantityMention> mentions)
    {
        var stops = new int[mentions.Count];
        var minima = new List<int>(); // positions whose sentence index is below every later one so far, increasing
        for (var i = 0; i < mentions.Count; i++)
        {
            var sentence = mentions[i].Sentence.Index;
            var stop = -1;
            for (var k = minima.Count - 1; k >= 0; k--)
            {
                if (sentence - mentions[minima[k]].Sentence.Index > RefinementSentenceWindow)
                {
                    stop = minima[k];
                    break;
                }
            }

            stops[i] = stop;
            while (minima.Count > 0 && mentions[minima[minima.Count - 1]].Sentence.Index >= sentence)
            {
                minima.RemoveAt(minima.Count - 1);
            }

            minima.Add(i);
        }

        return stops;
    }

    /// <summary>"Of the 300 passengers, 12 were hurt": the part counts what the fronted total counts.</summary>
    private static void InheritFrontedTotal(List<QuantityMention> mentions, int index)
    {
        var mention = mentions[index];
        if (index == 0 || mention.Head is not null || mention.MeasuredNoun is not null || mention.UnitKind is not (UnitKind.None or UnitKind.People) || mention.IsAge)
        {
            return;
        }

        var total = mentions[index - 1];
        if (total.IsFrontedTotal && ReferenceEquals(total.Sentence, mention.Sentence) && total.Head is not null && total.EvidenceLast < mention.EvidenceFirst)
        {
            mention.CountSameNounAs(total);
        }
    }

    /// <summary>
    /// "40,000 members, down from a peak of over 70,000", "3.2 hectares (7.9 acres), up from 1.5": the
    /// figure a count changed from counts what that count counts, not what a conversion in brackets counts.
    /// </summary>
    // How many figures back the count a figure changed from may stand ("3.2 hectares (7.9 acres; .032 square km), up from").
    private const int RevisedFromWindow = 4;

    private static void InheritRevisedFrom(List<QuantityMention> mentions, int index)
    {
        var mention = mentions[index];
        if (mention.Head is not null || mention.UnitKind != UnitKind.None || mention.Event is not null || mention.MeasuredNoun is not null || mention.IsAge)
        {
            return;
        }

        var tokens = mention.Sentence.Tokens;
        var from = mention.EvidenceFirst - 1;
        if (TokenWindow.IsAt(tokens, from, "of") && TokenWindow.IsWordAt(tokens, from - 1) && tokens[from - 1].Text.ToLowerInvariant() is "peak" or "high" or "low" or "record"
            && TokenWindow.IsAt(tokens, from - 2, "a"))
        {
            from -= 3;
        }

        if (!TokenWindow.IsAt(tokens, from, "from") || !(TokenWindow.IsAt(tokens, from - 1, "up") || TokenWindow.IsAt(tokens, from - 1, "down")))
        {
            return;
        }

        for (var k = index - 1; k >= 0 && k >= index - RevisedFromWindow && ReferenceEquals(mentions[k].Sentence, mention.Sentence); k--)
        {
            var changed = mentions[k];
            var opener = changed.EvidenceFirst - 1;
            if (changed.EvidenceLast >= from || TokenWindow.IsSymbolAt(tokens, opener, '(') || TokenWindow.IsSymbolAt(tokens, opener, ';'))
            {
                continue;
            }

            mention.CountSameNounAs(changed);
            mention.Event = changed.Event;
            mention.MeasuredNoun = changed.MeasuredNoun;
            return;
        }
    }

    /// <summary>
    /// "about 50 miles (80 km)", "set bail at 100,000 lari (about US$30,000)": a conversion in brackets restates the
    /// figure before it, hedge and all, and counts what it counts.
    /// </summary>
    private static void InheritConvertedQualifier(List<QuantityMention> mentions, int index)
    {
        var mention = mentions[index];
        if (index == 0 || mention.UnitKind is not (UnitKind.Measure or UnitKind.Currency))
        {
            return;
        }

        var converted = mentions[index - 1];
        var tokens = mention.Sentence.Tokens;
        var open = System.Math.Min(mention.Number.First, mention.EvidenceFirst) - 1;
        // "US$8000 or €7000": the same sum in another currency, joined by "or", is a conversion too.
        var restated = open >= 1 && tokens[open].Is("or") && mention.UnitKind == UnitKind.Currency && !string.Equals(converted.Unit, mention.Unit, StringComparison.Ordinal);
        if (!ReferenceEquals(converted.Sentence, mention.Sentence) || converted.UnitKind != mention.UnitKind || open < 1 || !(tokens[open].IsSymbol('(') || restated)
            || converted.Number.Last >= open || converted.EvidenceLast < open - 2)
        {
            return;
        }

        if (mention.Qualifier == Qualifier.Exact && converted.Qualifier is not (Qualifier.Exact or Qualifier.Vague))
        {
            mention.Qualifier = converted.Qualifier;
        }

        if (mention.Head is null && mention.MeasuredNoun is null && mention.Subject is null && mention.Verb is null && mention.Event is null)
        {
            mention.MeasuredNoun = converted.MeasuredNoun;
            mention.Subject = converted.Subject ?? (converted.UnitKind == UnitKind.Currency ? converted.Head : null);
            mention.Verb = converted.Verb;
            mention.Event = converted.Event;
        }
    }

    /// <summary>Drops figures that repeat an earlier one (run after classification, which settles unit and category).</summary>
    public static List<QuantityMention> DropRepeats(List<QuantityMention> mentions)
    {
        // Only figures with the same value, unit and category can repeat each other: bucket them so a long
        // document with many figures stays linear.
        var buckets = new Dictionary<string, List<QuantityMention>>(StringComparer.Ordinal);
        var kept = new List<QuantityMention>(mentions.Count);
        foreach (var mention in mentions)
        {
            if (mention.Value is not { } value)
            {
                kept.Add(mention);
                continue;
            }

            // "2-4" and "2-3" share a lower end but are different ranges.
            // An age limit ("those under 19") is no repeat of an age ("19 years of age").
            var key = value.ToString(CultureInfo.InvariantCulture) + "|" + mention.UpperValue?.ToString(CultureInfo.InvariantCulture) + "|" + mention.Unit + "|" + mention.Category + "|" + mention.IsAge
                + (mention.IsAge && mention.Qualifier is not (Qualifier.Exact or Qualifier.About) ? "|" + mention.Qualifier : string.Empty);
            if (!buckets.TryGetValue(key, out var earlier))
            {
                earlier = new List<QuantityMention>();
                buckets.Add(key, earlier);
            }

            if (!RepeatsAny(earlier, mention))
            {
                earlier.Add(mention);
                kept.Add(mention);
            }
        }

        return kept;
    }

    private static bool RepeatsAny(List<QuantityMention> earlierMentions, QuantityMention mention)
    {
        foreach (var earlier in earlierMentions)
        {
            // "vaccinated at the ages of 5 months and 22 months ... works in children aged between 5 months and 22 months":
            // an end of a group's age span is another fact than one age.
            if (mention.IsAge && earlier.IsAge && IsAgeSpanEnd(mention) != IsAgeSpanEnd(earlier))
            {
                continue;
            }

            // "He was 64 years old" and "the 64-year-old mayor": one person's age, said twice.
            var holder = mention.Head ?? mention.MeasuredNoun ?? mention.Subject;
            var earlierHolder = earlier.Head ?? earlier.MeasuredNoun ?? earlier.Subject;
            if (mention.IsAge && (earlierHolder is null != holder is null || string.Equals(earlierHolder, holder, StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }

            // "A 54-year-old Kenyan man was held ... the 54-year-old Kenyan": "the" points back to the person of the earlier
            // age, named there by another word of the same phrase.
            if (mention.IsAge && earlier.IsAge && holder is not null && IsAfterThe(mention) && !IsUnnamedIn(earlier.Sentence, holder))
            {
                return true;
            }

            // "Ana Ruiz, 21, Tom Baker, 24, and Li Wei, 21": the same age set after two different names is two people's.
            if (IsAgeOfAnother(earlier, mention))
            {
                continue;
            }

            // "following ten years working there" and "a decade later": bare spans of time say nothing that makes them one fact.
            if (IsBareDuration(mention) && IsBareDuration(earlier) && earlier.Sentence != mention.Sentence)
            {
                continue;
            }

            // "scored two goals before the visitors answered with two goals of their own": a sentence that gives a figure
            // twice without pointing back ("the two") speaks of two things.
            if (ReferenceEquals(earlier.Sentence, mention.Sentence) && !mention.IsDefinite && !mention.IsAge)
            {
                continue;
            }

            // "Klobuchar, with 6" and later "Biden earned 6": figures that a named side reached are that side's own,
            // unless the other figure's sentence names that side too.
            if (mention.Event is null && !string.Equals(mention.Achiever, earlier.Achiever, StringComparison.Ordinal)
                && (IsUnnamedIn(earlier.Sentence, mention.Achiever) || IsUnnamedIn(mention.Sentence, earlier.Achiever)))
            {
                continue;
            }

            // "At least 31 people were killed ... 31 people had been killed, the official said": a toll told again in a
            // later sentence is that source's count, kept as reports list each; "the 31 dead" points back to it.
            if (!ReferenceEquals(earlier.Sentence, mention.Sentence) && mention.Category == QuantityCategory.Casualties && mention.Event is not null
                && !mention.IsDefinite && !mention.IsAge)
            {
                continue;
            }

            // "a magnitude 6.3 quake ... the quake, at 6.3, was the strongest": a bare measure restates the figure.
            if (mention.UnitKind == UnitKind.Measure && mention.Head is null && mention.MeasuredNoun is null && mention.Event is null && mention.Verb is null)
            {
                return true;
            }

            var sameHead = string.Equals(earlier.Head, mention.Head, StringComparison.OrdinalIgnoreCase)
                && string.Equals(earlier.MeasuredNoun, mention.MeasuredNoun, StringComparison.OrdinalIgnoreCase);
            var sameEvent = earlier.Event is { } a && mention.Event is { } b ? SameEvent(a, b) : earlier.Event is null && mention.Event is null;
            if ((sameHead && sameEvent) || (mention.IsDefinite && earlier.Event is not null && sameEvent))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAgeOfAnother(QuantityMention earlier, QuantityMention mention) =>
        mention.IsAge && earlier.IsAge && mention.Head is null && earlier.Head is null && mention.MeasuredNoun is null && earlier.MeasuredNoun is null
        && mention.Subject is not null && earlier.Subject is not null && !string.Equals(mention.Subject, earlier.Subject, StringComparison.OrdinalIgnoreCase);

    // How far back "between" may open the span of ages a figure ends ("between the ages of 5 months and").
    private const int AgeSpanReach = 8;

    /// <summary>"aged between 5 months and 22 months", "between the ages of 11 and 16": either end of a span of ages.</summary>
    private static bool IsAgeSpanEnd(QuantityMention mention)
    {
        var tokens = mention.Sentence.Tokens;
        for (var k = mention.Number.First - 1; k >= 0 && k >= mention.Number.First - AgeSpanReach; k--)
        {
            var token = tokens[k];
            if (token.Is("between"))
            {
                return true;
            }

            if (!(token.IsNumber || token.Is("and") || token.Is("of") || token.Is("ages") || token.Is("the")
                || (token.IsWord && QuantityLexicon.TryTimeUnit(token.Text, out _))))
            {
                return false;
            }
        }

        return false;
    }

    // "the 54-year-old": the figure opens a definite noun phrase.
    private static bool IsAfterThe(QuantityMention mention) =>
        mention.Number.First > 0 && mention.Sentence.Tokens[mention.Number.First - 1].Is("the");

    // True when there is a name and the sentence does not mention it.
    private static bool IsUnnamedIn(Text.Sentence sentence, string? name)
    {
        if (name is null)
        {
            return false;
        }

        foreach (var token in sentence.Tokens)
        {
            if (token.IsWord && string.Equals(token.Text, name, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsBareDuration(QuantityMention mention) =>
        mention.UnitKind == UnitKind.Time && !mention.IsAge && mention.MeasuredNoun is null && mention.Head is null && mention.Event is null;

    private static bool IsFractional(decimal? value) => value is { } v && v != decimal.Truncate(v);

    /// <param name="source">The nearest earlier mention within the look-back window that <see cref="LendsElidedUnit"/>, or -1.</param>
    private static void InheritElidedUnit(List<QuantityMention> mentions, int index, int source)
    {
        var mention = mentions[index];
        // "Fewer than two hundred showed up": a verb only people do says what is counted, whatever the figure before counted.
        if (mention.Head is not null || mention.Event is not null || mention.UnitKind != UnitKind.None || mention.MeasuredNoun is not null || mention.IsAge
            || (mention.Verb is { } verb && QuantityLexicon.IsPeopleVerb(verb)))
        {
            return;
        }

        if (InheritElidedTimeUnit(mentions, index) || ContinuesListByPlace(mentions, index))
        {
            return;
        }

        // "lost $3 billion, with 1 billion in Europe and 2 billion in Asia": a bare figure placed by a name right after money
        // in its sentence is money too, not a count of items (money lends no unit to the bare figures below).
        if (mention.IsPlacedCount && index > 0 && mentions[index - 1].Sentence == mention.Sentence && mentions[index - 1].UnitKind == UnitKind.Currency)
        {
            mention.Unit = mentions[index - 1].Unit;
            mention.UnitKind = UnitKind.Currency;
            return;
        }

        // "lost 10" and "reported 5.8" continue a list of figures; "zero" in passing does not, but "nine short of"
        // measures a shortfall in the unit of the figure before.
        if (mention.Number.Form != Numbers.NumberForm.Digits && mention.Verb is null && !IsShortfall(mention))
        {
            return;
        }

        // "The song peaked at 19": a figure whose own clause names its subject counts nothing of an earlier sentence
        // (a shortfall, "nine short of the record", still measures in the unit of the figure it falls short of).
        // "Hare: 3" in a chart's legend: a value after its own label counts what the label names, not the unit of a figure before.
        if (IsLabelledValue(mention) && (source < 0 || mentions[source].Sentence != mention.Sentence
            || mentions[source].Number.Last < LastStopBefore(mention.Sentence.Tokens, mention.EvidenceFirst - 1)))
        {
            // Past a full stop in the same quotation a line that is no label still continues the figures before it.
            if (CountWhatTheLabelNames(mention) || source < 0 || mentions[source].Sentence != mention.Sentence)
            {
                return;
            }
        }

        if (source >= 0 && !(mention.Subject is not null && mentions[source].Sentence != mention.Sentence && !IsShortfall(mention))
            && !(mentions[source].UnitKind == UnitKind.Percent && mention.Value > 100m) && !(mentions[source].Unit == "magnitude" && mention.Value > MaxMagnitude)
            && !(IsFractional(mention.Value) && mentions[source].UnitKind is UnitKind.None or UnitKind.Noun or UnitKind.People))
        {
            // "the two telescopes ... the 1.52 and the 2.2m": a figure with a fractional part counts no whole things.
            // "ten percent ... a total of 6900": a share above a hundred is no share, so such a figure counts something else.
            // "a magnitude 6.1 quake ... rose to 40": no earthquake reads above ten, so such a figure counts something else too.
            var earlier = mentions[source];
            mention.Head = earlier.Head;
            mention.Unit = earlier.Unit;
            mention.UnitKind = earlier.UnitKind;
        }
    }

    /// <summary>
    /// "on the ballot in eight states and in 23 others", "found three shards, two of them cracked": "others" and a part
    /// "of them" stand for the thing counted just before in the sentence. Only people are left as they were ("killed
    /// three soldiers and wounded five others" counts people either way).
    /// </summary>
    private static void InheritNounOfOthers(List<QuantityMention> mentions, int index)
    {
        var mention = mentions[index];
        var others = mention.Head is { } head && head.Equals("others", StringComparison.OrdinalIgnoreCase) && mention.Modifiers is null;
        if (index == 0 || !(others || IsBarePartOfThem(mention)))
        {
            return;
        }

        var earlier = mentions[index - 1];
        if (earlier.Sentence != mention.Sentence || earlier.IsAge || earlier.Head is not { } thing || earlier.UnitKind is not (UnitKind.None or UnitKind.Noun)
            || char.IsUpper(thing[0]) || QuantityLexicon.IsPeopleLike(thing) || GenericHeads.Contains(thing))
        {
            return;
        }

        if (!others)
        {
            mention.CoverEvidence(mention.Number.Last + 2);
        }

        mention.Head = thing;
        mention.Unit = earlier.Unit;
        mention.UnitKind = earlier.UnitKind;
    }

    /// <summary>"tested four drugs, and two of them worked": a part of "them" with nothing else said of what it counts.</summary>
    private static bool IsBarePartOfThem(QuantityMention mention)
    {
        var tokens = mention.Sentence.Tokens;
        var of = mention.Number.Last + 1;
        return mention.Head is null && mention.Event is null && mention.UnitKind == UnitKind.None && mention.MeasuredNoun is null && !mention.IsAge
            && mention.Value is > 1m && of + 1 < tokens.Count && tokens[of].Is("of") && tokens[of + 1].Text.ToLowerInvariant() is "them" or "those" or "these";
    }

    // The strongest earthquakes recorded read a little above nine.
    private const decimal MaxMagnitude = 10m;

    // A figure whose unit or counted noun a later bare number of a list may take.
    // A ratio or a repetition ("nearly tripled from 1,948", "arrested twice") is no unit a later bare figure counts in.
    private static bool LendsElidedUnit(QuantityMention earlier) =>
        earlier.Event is null && !earlier.IsAge && !string.Equals(earlier.Unit, "times", StringComparison.OrdinalIgnoreCase)
        && (earlier.UnitKind is UnitKind.Measure or UnitKind.Percent || (earlier.Head is not null && earlier.UnitKind is UnitKind.Noun or UnitKind.None));

    private static bool IsLabelledValue(QuantityMention mention)
    {
        var first = mention.EvidenceFirst;
        return first > 0 && mention.Sentence.Tokens[first - 1].IsSymbol(':');
    }

    /// <summary>
    /// "Red deer: 7" as a line of its own, or before its breakdown in brackets: the label is the thing counted. Only a short run of words that opens the sentence
    /// counts as a label, so "The result was clear: 7" keeps no label.
    /// </summary>
    private static bool CountWhatTheLabelNames(QuantityMention mention)
    {
        const int MaxLabelWords = 3;
        var tokens = mention.Sentence.Tokens;
        var colon = mention.EvidenceFirst - 1;
        var first = LastStopBefore(tokens, colon) + 1;
        while (first < colon && !tokens[first].IsWord)
        {
            first++;
        }

        // The figure ends its line, or opens a breakdown in brackets ("Cumulative cases: 34 (16 confirmed, 18 probable)").
        var after = mention.Number.Last + 1;
        var endsLine = after == tokens.Count || tokens[after].IsSymbol('.') || tokens[after].IsSymbol('(');
        if (colon - first is < 1 or > MaxLabelWords || !endsLine)
        {
            return false;
        }

        for (var i = first; i < colon; i++)
        {
            if (!tokens[i].IsWord || QuantityLexicon.IsFunctionWord(tokens[i].Text))
            {
                return false;
            }
        }

        mention.CoverEvidence(first);
        mention.Head = tokens[colon - 1].Text.ToLowerInvariant();
        mention.Modifiers = colon - 1 > first ? TokenWindow.Join(tokens, first, colon - 2).ToLowerInvariant() : null;

        // "Deaths: 21": a label that names an event counts the people it happened to.
        if (QuantityLexicon.TryEvent(mention.Head, out var sense))
        {
            mention.Event = sense;
        }

        return true;
    }

    /// <summary>
    /// "Deaths: 21 (4 confirmed, 17 probable)": bare figures in brackets right after a counted figure break it down, so
    /// they count what it counts, event included.
    /// </summary>
    private static void InheritBracketBreakdown(List<QuantityMention> mentions, int index)
    {
        var mention = mentions[index];
        if (mention.Head is not null || mention.Event is not null || mention.UnitKind != UnitKind.None || mention.MeasuredNoun is not null || mention.IsAge)
        {
            return;
        }

        var tokens = mention.Sentence.Tokens;
        var open = mention.Number.First - 1;
        while (open >= 0 && !tokens[open].IsSymbol('(') && !tokens[open].IsSymbol(')') && !tokens[open].IsSymbol('.'))
        {
            open--;
        }

        if (open < 1 || !tokens[open].IsSymbol('('))
        {
            return;
        }

        for (var k = index - 1; k >= 0 && ReferenceEquals(mentions[k].Sentence, mention.Sentence); k--)
        {
            var total = mentions[k];
            if (total.Number.Last == open - 1 && total.Head is not null && total.UnitKind is UnitKind.None or UnitKind.Noun or UnitKind.People)
            {
                mention.CountSameNounAs(total);
                mention.Event = total.Event;
                return;
            }
        }
    }

    // A quotation keeps its sentences in one: a full stop inside it ends a line all the same ("Cases: 34. Deaths: 21").
    private static int LastStopBefore(IReadOnlyList<Token> tokens, int index)
    {
        for (var k = index - 1; k >= 0; k--)
        {
            if (tokens[k].IsSymbol('.'))
            {
                return k;
            }
        }

        return -1;
    }

    private static bool IsShortfall(QuantityMention mention)
    {
        var tokens = mention.Sentence.Tokens;
        var after = mention.EvidenceLast + 1;
        return after + 1 < tokens.Count && (tokens[after].Is("shy") || tokens[after].Is("short")) && tokens[after + 1].Is("of");
    }

    /// <summary>
    /// "12 injured people in the north, 36 in Springfield and seven in Shelbyville": a bare number in a list, placed
    /// by "in"/"at" plus a name or paired by "from"/"with" ("six films, one with its rival"), counts what the
    /// figure before it counted, event included.
    /// </summary>
    private static bool ContinuesListByPlace(List<QuantityMention> mentions, int index)
    {
        var mention = mentions[index];
        var tokens = mention.Sentence.Tokens;
        var first = mention.EvidenceFirst;
        // A placed figure's evidence already reaches past its place ("seven in Santa Rosa"): the place starts after the figure.
        var after = mention.IsPlacedCount ? mention.Number.Last + 1 : mention.EvidenceLast + 1;
        if (index == 0 || first == 0 || !(OpensListItem(tokens, first - 1) || tokens[first].Is("including") || tokens[first].Is("with"))
            || after + 1 >= tokens.Count || !(PlacesByName(tokens, after) || tokens[after].Is("from") || tokens[after].Is("with")))
        {
            return false;
        }

        var earlier = mentions[index - 1];
        if (earlier.Sentence != mention.Sentence || earlier.Head is null || earlier.IsAge || earlier.Value is null)
        {
            return false;
        }

        mention.CountSameNounAs(earlier);
        mention.Event = earlier.Event;

        // "two Chileans, one from Peru": a nationality names the earlier people only; the item is one more person.
        if (earlier.UnitKind is (UnitKind.None or UnitKind.People) && char.IsUpper(earlier.Head[0]))
        {
            mention.Head = "people";
            mention.Modifiers = null;
            mention.Unit = "people";
            mention.UnitKind = UnitKind.People;
        }

        // The evidence keeps the phrase that sets the item apart ("one in New Mexico", "one with its rival"), a name after
        // "the" whole ("seven from the North Shore").
        var name = NameAfterThe(tokens, after + 1) ? after + 2 : after + 1;
        var last = name;
        while (last + 1 < tokens.Count && tokens[last].IsCapitalized && tokens[last + 1].IsCapitalized)
        {
            last++;
        }

        if (!tokens[name].IsCapitalized && last + 1 < tokens.Count && tokens[last + 1].IsWord && !QuantityLexicon.IsFunctionWord(tokens[last + 1].Text))
        {
            last++;
        }

        mention.CoverEvidence(last);

        // The item is told apart by its own place ("36 in Leeds": Leeds), not by the name before the figure; by all its
        // words ("North Cotabato"), so that two places of one last word still name two items.
        if (tokens[name].IsCapitalized)
        {
            mention.Distinguisher = TokenWindow.Join(tokens, name, last);
        }

        return true;
    }

    // "in Springfield", "at Oxford", "in the Netherlands": a place only by name ("and 5 in total" is no item of the list;
    // "in the north" is no name); "from" and "with" pair the item with anything ("one with its rival").
    private static bool PlacesByName(IReadOnlyList<Token> tokens, int preposition) =>
        (tokens[preposition].Is("in") || tokens[preposition].Is("at")) && (tokens[preposition + 1].IsCapitalized || NameAfterThe(tokens, preposition + 1));

    private static bool NameAfterThe(IReadOnlyList<Token> tokens, int at) =>
        tokens[at].Is("the") && at + 1 < tokens.Count && tokens[at + 1].IsCapitalized;

    // What opens an item of a list of counts: a comma or "and" ("12 in Leeds, 36 in York and seven in Hull"), and the
    // breakdowns of a count: a bracket, a spaced dash, "with" or "including" ("40 sailors - six from Peru and ...",
    // "eight people (seven from the North Shore ...)", "sold 3 million, including 1 million in the United States").
    private static bool OpensListItem(IReadOnlyList<Token> tokens, int at) =>
        tokens[at].IsSymbol(',') || tokens[at].Is("and") || tokens[at].IsSymbol('(') || (tokens[at].IsSymbol('-') && tokens[at].SpaceBefore)
        || tokens[at].Is("with") || tokens[at].Is("including");

    /// <summary>
    /// "sentenced to fourteen years, serving eight": a bare number after a verb, in the sentence of a
    /// duration, counts the same unit of time.
    /// </summary>
    private static bool InheritElidedTimeUnit(List<QuantityMention> mentions, int index)
    {
        var mention = mentions[index];
        var afterVerb = mention.EvidenceFirst < mention.Number.First;
        if (index == 0 || !afterVerb || mention.Value is null)
        {
            return false;
        }

        var earlier = mentions[index - 1];
        if (earlier.Sentence != mention.Sentence || earlier.UnitKind != UnitKind.Time || earlier.IsAge || earlier.Value is null)
        {
            return false;
        }

        mention.Unit = earlier.Unit;
        mention.UnitKind = UnitKind.Time;
        return true;
    }

    // "Turnout was 62 percent, up from 58 percent": the second share is of the same thing.
    private static void InheritPercentSubject(List<QuantityMention> mentions, int index)
    {
        var mention = mentions[index];
        if (index == 0 || mention.UnitKind != UnitKind.Percent || mention.Head is not null || mention.Subject is not null)
        {
            return;
        }

        var earlier = mentions[index - 1];
        if (earlier.Sentence == mention.Sentence && earlier.UnitKind == UnitKind.Percent)
        {
            mention.Head = earlier.Head;
            mention.Subject = earlier.Subject;
        }
        else if (earlier.Sentence == mention.Sentence && earlier.Head is { } counted && earlier.UnitKind is not (UnitKind.Time or UnitKind.Currency)
            && RestatesAsShare(mention.Sentence.Tokens, earlier, mention))
        {
            // "received 92,153 votes, or 66.4 percent", "203,091 votes (0.15 percent)": the share those votes were.
            mention.Head = counted;
        }
    }

    private static bool RestatesAsShare(IReadOnlyList<Text.Token> tokens, QuantityMention earlier, QuantityMention share)
    {
        var open = share.EvidenceFirst - 1;
        var joined = TokenWindow.IsSymbolAt(tokens, open, '(') || (TokenWindow.IsAt(tokens, open, "or") && TokenWindow.IsSymbolAt(tokens, open - 1, ','));
        var gap = TokenWindow.IsSymbolAt(tokens, open, '(') ? open : open - 1;
        return joined && earlier.EvidenceLast >= gap - 1 && earlier.EvidenceLast < gap;
    }

    /// <summary>
    /// The two nearest vague mentions of one event family so far: the latest, and the latest whose counted noun differs
    /// from it. The nearest one whose noun differs from any given noun is one of them.
    /// </summary>
    private sealed class RecentVague
    {
        public int Latest = -1;
        public QuantityMention? LatestMention;
        public int OtherHead = -1;
        public QuantityMention? OtherHeadMention;
    }

    private static void NoteVague(QuantityMention mention, int index, Dictionary<string, RecentVague> vagueByFamily)
    {
        if (mention.Value is not null || mention.Head is null || mention.Event is not { } sense)
        {
            return;
        }

        var family = Family(sense.Label);
        if (!vagueByFamily.TryGetValue(family, out var recent))
        {
            recent = new RecentVague();
            vagueByFamily.Add(family, recent);
        }

        if (recent.LatestMention is { } latest && !string.Equals(latest.Head, mention.Head, StringComparison.OrdinalIgnoreCase))
        {
            recent.OtherHead = recent.Latest;
            recent.OtherHeadMention = latest;
        }

        recent.Latest = index;
        recent.LatestMention = mention;
    }

    /// <param name="stop">Where the look-back stops (see <see cref="LookBackStops"/>).</param>
    private static void RefineFromVague(QuantityMention exact, int stop, Dictionary<string, RecentVague> vagueByFamily)
    {
        // Only a generic noun is refined: without any noun ("killed twelve") the count may be of another event.
        if (exact.Value is null || exact.Event is not { } sense || exact.Head is null || !GenericHeads.Contains(exact.Head)
            || !vagueByFamily.TryGetValue(Family(sense.Label), out var recent) || recent.LatestMention is not { } latest)
        {
            return;
        }

        // The nearest vague mention of the same event that counts something else.
        var (index, vague) = !string.Equals(latest.Head, exact.Head, StringComparison.OrdinalIgnoreCase)
            ? (recent.Latest, latest)
            : (recent.OtherHead, recent.OtherHeadMention);
        if (vague is not null && index > stop)
        {
            exact.Head = vague.Head;
            exact.Modifiers = null;
        }
    }

    /// <summary>"killed" and "dead" describe the same deaths; other events only match themselves.</summary>
    public static bool SameEvent(EventSense a, EventSense b) =>
        string.Equals(Family(a.Label), Family(b.Label), StringComparison.Ordinal);

    private static string Family(string label) => label is "killed" or "dead" ? "dead" : label is "wounded" or "injured" ? "injured" : label;
}
