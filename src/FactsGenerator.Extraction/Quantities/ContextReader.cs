using System;
using System.Collections.Generic;
using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Numbers;
using FactsGenerator.Extraction.Text;
using static FactsGenerator.Extraction.Quantities.TokenWindow;

namespace FactsGenerator.Extraction.Quantities;

/// <summary>
/// Reads what precedes a number: a currency sign ("US$3.4"), "magnitude" or "aged", the qualifier, a verb that
/// did the counting ("killed five", "lost 42"), a death toll further left, the subject of a measure
/// ("the war lasted...") and a capitalised word that can tell same-named facts apart.
/// </summary>
internal static class ContextReader
{
    private const int SubjectWindow = 8;
    private const int TollWindow = 14;

    // Words between a verb and its number that do not change what is counted ("lost all 5", "netted an additional 66").
    private static readonly HashSet<string> VerbToNumberFillers = new(StringComparer.OrdinalIgnoreCase)
    {
        "an", "a", "additional", "another", "further", "the", "just", "only", "all", "total", "of", "extra", "least", "at", "some",
    };

    // Verbs of saying: who reported a figure, not what happened to the counted things.
    private static readonly HashSet<string> ReportingVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "reported", "said", "claimed", "confirmed", "announced", "estimated", "stated", "added", "told", "noted", "recorded",
        "reporting", "saying", "claiming", "confirming", "announcing", "estimating", "citing", "cited", "showed", "suggested",
    };

    private static readonly HashSet<string> DefiniteDeterminers = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "all", "those", "these", "both",
    };

    /// <summary>Reads a currency sign before the number; returns where the written value starts.</summary>
    public static int ReadValueStart(IReadOnlyList<Token> tokens, QuantityMention mention)
    {
        var start = mention.Number.First;
        if (start > 0 && tokens[start - 1].Kind == TokenKind.Symbol && QuantityLexicon.CurrencyOfSign(tokens[start - 1].Text) is { } currency)
        {
            start--;
            mention.Unit = currency;
            mention.UnitKind = UnitKind.Currency;
            if (start > 0 && tokens[start - 1].IsWord && !tokens[start].SpaceBefore && currency == "usd")
            {
                // "US$3.4 trillion", "A$20", "HK$5".
                mention.Unit = DollarLetters.CurrencyOf(tokens[start - 1].Text);
                start--;
            }
            else if (NumberReader.DollarLettersAfterSign(tokens, start + 1) is { } letters)
            {
                // "$US125,000", "$A20 million": the letters written after the sign.
                mention.Unit = DollarLetters.CurrencyOf(letters);
            }
        }
        else if (QuantityLexicon.GluedCurrency(tokens[start]) is { } gluedCurrency)
        {
            // "USD15 an hour", "GBP738 thousand": the code written against the digits.
            mention.Unit = gluedCurrency;
            mention.UnitKind = UnitKind.Currency;
        }
        else if (CurrencyCodeBefore(tokens, start) is { } codeStart)
        {
            // "USD 1 million", "SEK9 million", "Rs.2000".
            mention.Unit = QuantityLexicon.TryCurrencyCode(tokens[codeStart].Text, out var code) ? code : null;
            mention.UnitKind = UnitKind.Currency;
            start = codeStart;
        }
        else if (IsStormCategory(tokens, start))
        {
            // "a Category 4 hurricane": the storm's place on its wind scale, like an earthquake's magnitude.
            mention.Unit = "category";
            mention.UnitKind = UnitKind.Measure;
            start--;
        }
        else if (MagnitudeStart(tokens, start, mention.Number.Last + 1) is { } magnitudeStart)
        {
            mention.Unit = "magnitude";
            mention.UnitKind = UnitKind.Measure;
            mention.Head = "earthquake";
            start = magnitudeStart;
        }

        mention.CoverEvidence(start);
        return start;
    }

    /// <summary>
    /// "Category 4" in a sentence about a hurricane, typhoon or cyclone: a storm's category on its wind scale is a measure,
    /// not a label as "category 3 of the scheme" is.
    /// </summary>
    public static bool IsStormCategory(IReadOnlyList<Token> tokens, int number)
    {
        if (number < 1 || !tokens[number - 1].Is("category") || !tokens[number].IsNumber)
        {
            return false;
        }

        foreach (var token in tokens)
        {
            if (token.IsWord && StormWords.Contains(token.Text))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly HashSet<string> StormWords = new(System.StringComparer.OrdinalIgnoreCase)
    {
        "hurricane", "hurricanes", "typhoon", "typhoons", "cyclone", "cyclones", "storm", "storms",
    };

    // Far enough back for "More than 80 aftershocks were recorded, the strongest measuring 4.8".
    private const int QuakeWindow = 8;

    // "magnitude 6.1", "the quake, measuring 6.1": the token before the reading; "magnitude-6.3": "magnitude" two before; else null.
    private static int? MagnitudeStart(IReadOnlyList<Token> tokens, int start, int after)
    {
        if (start > 0 && (tokens[start - 1].Is("magnitude") || IsQuakeMeasured(tokens, start - 1, after)))
        {
            return start - 1;
        }

        return IsHyphenedMagnitude(tokens, start) ? start - 2 : null;
    }

    /// <summary>"a magnitude-6.3 quake": the reading at <paramref name="index"/> joined by a hyphen to "magnitude" before it.</summary>
    public static bool IsHyphenedMagnitude(IReadOnlyList<Token> tokens, int index) =>
        index >= 2 && tokens[index - 1].IsSymbol('-') && !tokens[index - 1].SpaceBefore && !tokens[index].SpaceBefore && tokens[index - 2].Is("magnitude");

    // "the quake, measuring 6.1,", "an earthquake that measured 5.8": a bare decimal an earthquake measured is its magnitude.
    private static bool IsQuakeMeasured(IReadOnlyList<Token> tokens, int verb, int after)
    {
        // "measuring 40 km across" measures a length.
        if (!(tokens[verb].Is("measuring") || tokens[verb].Is("measured"))
            || (IsWordAt(tokens, after) && (QuantityLexicon.TryMeasureUnit(tokens[after].Text, out _) || QuantityLexicon.TryMeasureSymbol(tokens[after].Text, out _)
                || QuantityLexicon.TryTimeUnit(tokens[after].Text, out _))))
        {
            return false;
        }

        for (var k = verb - 1; k >= 0 && k >= verb - QuakeWindow; k--)
        {
            if (tokens[k].IsWord && (CountedPhraseReader.IsQuake(tokens[k].Text) || IsQuakePlural(tokens[k].Text)))
            {
                return true;
            }
        }

        return false;
    }

    // "aftershocks ..., the strongest measuring 4.8": the largest of several quakes has a magnitude too.
    private static bool IsQuakePlural(string word) => word.Length > 1 && word.EndsWith("s", System.StringComparison.OrdinalIgnoreCase)
        && CountedPhraseReader.IsQuake(word.Substring(0, word.Length - 1));

    /// <summary>Where a currency code written before the number at <paramref name="start"/> starts ("Rs." counts its dot); null without one.</summary>
    public static int? CurrencyCodeBefore(IReadOnlyList<Token> tokens, int start)
    {
        var code = IsSymbolAt(tokens, start - 1, '.') && !tokens[start - 1].SpaceBefore ? start - 2 : start - 1;
        return IsWordAt(tokens, code) && QuantityLexicon.TryCurrencyCode(tokens[code].Text, out _) && (code == start - 1 || tokens[code].Is("Rs")) ? code : null;
    }

    /// <summary>
    /// "over the age of 18", "under the age of 16": the bound stands before "the age of", not before the number,
    /// and makes the age a limit. <paramref name="age"/> is the index of "age", or -1.
    /// </summary>
    private static void ReadAgeBound(IReadOnlyList<Token> tokens, int age, QuantityMention mention)
    {
        if (age < 1 || !IsAt(tokens, age - 1, "the") || mention.Qualifier != Qualifier.Exact)
        {
            return;
        }

        var (bound, start) = QualifierReader.ReadLeft(tokens, age - 1);
        if (bound is Qualifier.MoreThan or Qualifier.FewerThan or Qualifier.AtLeast or Qualifier.UpTo)
        {
            mention.Qualifier = bound;
            mention.CoverEvidence(start);
        }
    }

    /// <summary>"peaked at #4", "in the top 10": a place in a ranking, measured in <c>rank</c>; "top" bounds it.</summary>
    private static bool ReadRank(IReadOnlyList<Token> tokens, QuantityMention mention)
    {
        var cue = RankReader.CueBefore(tokens, mention.Number.First);
        var top = cue < 0 && mention.Qualifier == Qualifier.Exact && RankReader.IsTopPlace(tokens, mention.Number);
        if (cue < 0 && !top)
        {
            return false;
        }

        mention.Unit = "rank";
        mention.UnitKind = UnitKind.Measure;
        if (top)
        {
            mention.Qualifier = Qualifier.UpTo;
            cue = mention.Number.First - 1;
        }

        mention.CoverEvidence(cue);
        return true;
    }

    /// <summary>Reads everything left of <paramref name="qualifierStart"/>: age, counting verb, determiner.</summary>
    public static void ReadBefore(IReadOnlyList<Token> tokens, int qualifierStart, QuantityMention mention)
    {
        if (ReadRank(tokens, mention))
        {
            return;
        }

        var k = qualifierStart - 1;
        // "aged 25", "age 25", "at the age of 95", and the later items of "aged nine, ten and 14".
        var ageOf = IsAt(tokens, k, "of") && (IsAt(tokens, k - 1, "age") || IsAt(tokens, k - 1, "ages"));
        // "his son aged 13, and seven others": a figure with a noun of its own counts that noun, not another age.
        // The second end of "between the ages of 18 and 25" is an age whatever word follows it ("25 backed the plan").
        var listed = EndsBetweenAges(tokens, k)
            || (!IsAt(tokens, mention.Number.Last + 1, "aged") && !HasCountedNounAfter(tokens, mention.Number.Last + 1) && ContinuesAgeList(tokens, qualifierStart));
        // "dies at 97", "died at 86": the age someone reached.
        var diedAt = IsAt(tokens, k, "at") && (IsAt(tokens, k - 1, "died") || IsAt(tokens, k - 1, "dies") || IsAt(tokens, k - 1, "die"))
            && (!IsWordAt(tokens, mention.Number.Last + 1) || QuantityLexicon.IsFunctionWord(tokens[mention.Number.Last + 1].Text));
        // "infants aged between 6 months and 20 months": the youngest of the group, like "aged 6".
        var agedBetween = IsAt(tokens, k, "between") && IsAt(tokens, k - 1, "aged");
        if (IsAt(tokens, k, "aged") || IsAt(tokens, k, "age") || ageOf || listed || diedAt || agedBetween)
        {
            mention.IsAge = true;
            mention.Unit ??= "years";
            mention.UnitKind = UnitKind.Time;
            if (!listed)
            {
                mention.CoverEvidence(ageOf || diedAt || agedBetween ? k - 1 : k);
            }

            ReadAgeBound(tokens, ageOf ? k - 1 : -1, mention);
            ReadBetweenAges(tokens, ageOf ? k - 1 : -1, listed ? k : -1, mention);
            return;
        }

        // "cut by a factor of two": a ratio, like "half" or "ten times".
        if (IsAt(tokens, k, "of") && IsAt(tokens, k - 1, "factor") && mention.UnitKind == UnitKind.None)
        {
            mention.Unit = "times";
            mention.UnitKind = UnitKind.Measure;
            mention.CoverEvidence(k - 1);
            return;
        }

        if (AgeLimitReader.IsAgeLimit(tokens, qualifierStart, mention))
        {
            mention.IsAge = true;
            mention.Unit = "years";
            mention.UnitKind = UnitKind.Time;
            return;
        }

        if (PredicateAgeReader.IsPredicateAge(tokens, qualifierStart, mention))
        {
            mention.IsAge = true;
            mention.Unit = "years";
            mention.UnitKind = UnitKind.Time;
            mention.CoverEvidence(k);
            return;
        }

        if (k >= 0 && DefiniteDeterminers.Contains(tokens[k].Text))
        {
            mention.IsDefinite = true;
        }

        // "following a 24-hour offensive": after an article the number sits inside a noun phrase the verb governs,
        // so the verb still names the event but stays out of the evidence phrase.
        var insideNounPhrase = IsAt(tokens, qualifierStart - 1, "a") || IsAt(tokens, qualifierStart - 1, "an");
        // "stabbed reportedly several people", "killed allegedly 12": an adverb between the verb and its object says how
        // the figure is known, not what happened.
        while (k >= 0 && k >= qualifierStart - 4 && (VerbToNumberFillers.Contains(tokens[k].Text) || (EndsWith(tokens[k], "ly") && !tokens[k].IsCapitalized && k > 0 && !tokens[k - 1].IsSymbol(','))))
        {
            k--;
        }

        if (k < 0 || !tokens[k].IsWord)
        {
            return;
        }

        if (tokens[k].Is("and"))
        {
            ReadSharedEventVerb(tokens, k, mention);
            return;
        }

        var verb = tokens[k];
        if (ReportingVerbs.Contains(verb.Text))
        {
            return;
        }

        if (QuantityLexicon.TryEvent(verb.Text, out var sense) && !verb.IsCapitalized)
        {
            mention.Event ??= sense;
            mention.CoverEvidence(insideNounPhrase ? -1 : k);
        }
        else if (IsPastVerb(verb) || EndsWith(verb, "ing"))
        {
            if (IsPastVerb(verb) && !QuantityLexicon.IsPopulationVerb(verb.Text))
            {
                mention.Verb ??= verb.Text.ToLowerInvariant();
            }

            mention.CoverEvidence(insideNounPhrase ? -1 : k);
        }
    }

    // "killed a guard at the depot and": the verb, the object and a place phrase of the object.
    private const int SharedObjectWindow = 7;

    private static readonly HashSet<string> ObjectDeterminers = new(StringComparer.OrdinalIgnoreCase) { "a", "an", "the", "his", "her", "their", "its" };

    /// <summary>"injured a man and two women": the second object of a casualty verb shares its event.</summary>
    private static void ReadSharedEventVerb(IReadOnlyList<Token> tokens, int and, QuantityMention mention)
    {
        for (var k = and - 1; k >= 0 && k >= and - SharedObjectWindow; k--)
        {
            var token = tokens[k];
            if (!token.IsWord && !token.IsNumber)
            {
                return;
            }

            if (token.IsWord && !token.IsCapitalized && (EventWords.IsVerbEvent(token.Text) || (EventWords.IsParticiple(token.Text) && EndsWith(token, "ed")))
                && QuantityLexicon.TryEvent(token.Text, out var sense))
            {
                // The first object must follow the verb directly: "killed a guard and", not "killed in a raid and" or "a wounded man and".
                var objectFollows = k + 1 < and && (ObjectDeterminers.Contains(tokens[k + 1].Text) || tokens[k + 1].IsNumber || NumberWords.IsCardinalWord(tokens[k + 1].Text));
                if (objectFollows && (k == 0 || !ObjectDeterminers.Contains(tokens[k - 1].Text)))
                {
                    mention.Event ??= sense;
                }

                return;
            }

            // "killed a guard at the depot and two other workers": where the first object was does not end it.
            if (token.IsWord && QuantityLexicon.IsFunctionWord(token.Text) && !ObjectDeterminers.Contains(token.Text) && !ObjectPlacePrepositions.Contains(token.Text))
            {
                return;
            }
        }
    }

    private static readonly HashSet<string> ObjectPlacePrepositions = new(StringComparer.OrdinalIgnoreCase) { "in", "at", "on", "near", "outside", "inside", "of" };

    /// <summary>"James Ford, 42, a convicted...", "Smith (42)": a bare number set off after a name is that person's age.</summary>
    public static bool ReadAppositiveAge(IReadOnlyList<Token> tokens, QuantityMention mention)
    {
        var number = mention.Number;
        if (number.Form != Numbers.NumberForm.Digits || number.First != number.Last || !mention.HasAgeLikeValue || number.First < 2)
        {
            return false;
        }

        // "James Smith, now 22, was sentenced": the age at the time of writing.
        var at = IsAt(tokens, number.First - 1, "now") && number.First >= 3 ? number.First - 1 : number.First;
        var opener = tokens[at - 1];
        var name = tokens[at - 2];

        // "the princess, 67, announced", "my aunt, 58, said": a person named by a noun after a determiner.
        var describedPerson = !name.IsCapitalized && name.IsWord && at >= 3 && tokens[at - 3].Text.ToLowerInvariant() is "the" or "a" or "an" or "his" or "her" or "their" or "another" or "my" or "our" or "your"
            && !QuantityLexicon.IsFunctionWord(name.Text) && !QuantityLexicon.TryTimeUnit(name.Text, out _) && !Numbers.NumberWords.IsCardinalWord(name.Text);
        var after = number.Last + 1;
        var closes = after >= tokens.Count || tokens[after].IsSymbol(',') || tokens[after].IsSymbol('.') || tokens[after].IsSymbol(';')
            || (opener.IsSymbol('(') && tokens[after].IsSymbol(')'));
        if (!(opener.IsSymbol(',') || opener.IsSymbol('(')) || !(name.IsCapitalized || describedPerson) || QuantityLexicon.IsFunctionWord(name.Text) || !closes)
        {
            return false;
        }

        if (opener.IsSymbol('(') && CricketScoreReader.IsAboutCricket(tokens))
        {
            // "only Daryl Mitchell (61) offered resistance": in a cricket report the bracket holds the batsman's runs.
            mention.Unit = "runs";
            mention.UnitKind = UnitKind.Measure;
            mention.Head = "runs";
            mention.CoverEvidence(at - 2);
            mention.CoverEvidence(after);
            return true;
        }

        mention.IsAge = true;
        mention.CoverEvidence(at);
        mention.Unit = "years";
        mention.UnitKind = UnitKind.Time;

        // "the diocese in the Philippines, 79,": a place before the age is not whose age it is.
        var placeBefore = at >= 3 && tokens[at - 3].Text.ToLowerInvariant() is "the" or "in" or "of" or "from" or "at" && name.IsCapitalized;
        mention.Subject = placeBefore ? null : name.Text;
        return true;
    }

    /// <summary>
    /// "between the ages of 11 and 16": the youngest and the oldest age of a group, each exact (as in "aged 11 to 16"); the
    /// evidence of both reaches back to "between".
    /// </summary>
    /// <param name="ages">Where "ages" stands before the first age, or -1.</param>
    /// <param name="and">Where "and" stands before a listed later age, or -1.</param>
    private static void ReadBetweenAges(IReadOnlyList<Token> tokens, int ages, int and, QuantityMention mention)
    {
        if (mention.Qualifier != Qualifier.Exact)
        {
            return;
        }

        if (ages >= 2 && IsAt(tokens, ages, "ages") && IsAt(tokens, ages - 1, "the") && IsAt(tokens, ages - 2, "between"))
        {
            mention.CoverEvidence(ages - 2);
        }
        else if (EndsBetweenAges(tokens, and))
        {
            mention.CoverEvidence(and - 5);
        }
    }

    private static bool EndsBetweenAges(IReadOnlyList<Token> tokens, int and) =>
        and >= 5 && IsAt(tokens, and, "and") && IsAt(tokens, and - 2, "of") && IsAt(tokens, and - 3, "ages") && IsAt(tokens, and - 4, "the") && IsAt(tokens, and - 5, "between");

    private static bool HasCountedNounAfter(IReadOnlyList<Token> tokens, int index) =>
        IsWordAt(tokens, index) && !tokens[index].IsCapitalized && !QuantityLexicon.IsFunctionWord(tokens[index].Text) && !QuantityLexicon.TryTimeUnit(tokens[index].Text, out _)
        && tokens[index].Text.ToLowerInvariant() is not ("old" or "respectively" or "each");

    private const int AgeListWindow = 16;

    // Walks back over ", nine, ten, and" to an "aged" that opens the list.
    private static bool ContinuesAgeList(IReadOnlyList<Token> tokens, int start)
    {
        var k = start - 1;
        if (!(IsSymbolAt(tokens, k, ',') || IsAt(tokens, k, "and")))
        {
            return false;
        }

        for (; k >= 0 && k >= start - AgeListWindow; k--)
        {
            var token = tokens[k];
            if (token.Is("aged") || token.Is("ages"))
            {
                return true;
            }

            // "between the ages of 11 and 16".
            if (token.Is("of") && IsAt(tokens, k - 1, "ages"))
            {
                continue;
            }

            // "at the ages of 5 months, 6 months and 22 months": the unit of time after each age; "aged between 5 months and".
            var unitOfAge = token.IsWord && QuantityLexicon.TryTimeUnit(token.Text, out _) && k > 0 && (tokens[k - 1].IsNumber || NumberWords.IsCardinalWord(tokens[k - 1].Text));
            if (!(token.IsSymbol(',') || token.Is("and") || token.IsNumber || (token.IsWord && NumberWords.IsCardinalWord(token.Text)) || unitOfAge
                || (token.Is("between") && IsAt(tokens, k - 1, "aged"))))
            {
                return false;
            }
        }

        return false;
    }

    // "the overall count of recorded cases tied to the outbreak passed 300": the counted noun may sit a long clause away.
    private const int NumberOfWindow = 16;

    /// <summary>"the number of polling stations fell from 180 to 5": the noun after "number of" is what is counted.</summary>
    public static bool ReadNumberOf(IReadOnlyList<Token> tokens, int start, QuantityMention mention)
    {
        for (var k = start - 1; k >= 1 && k >= start - NumberOfWindow; k--)
        {
            // A number joined into a name ("COVID-19") is no figure of its own.
            if (tokens[k].IsSymbol(';') || tokens[k].IsSymbol('.') || (tokens[k].IsNumber && !IsJoiningHyphenAt(tokens, k - 1)))
            {
                return false;
            }

            if ((tokens[k - 1].Is("number") || tokens[k - 1].Is("total")) && tokens[k].Is("of") && NounPhraseReader.Read(tokens, k + 1, out var head, out var modifiers, out var last) && last < start)
            {
                mention.Head = head;
                mention.Modifiers = modifiers;
                if (EventWords.IsEventNoun(head) && QuantityLexicon.TryEvent(head, out var sense))
                {
                    mention.Event = sense;
                }
                else if (PeopleEventOfModifiers(head, modifiers) is { } modified)
                {
                    mention.Event = modified;
                }

                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "the number of missing passengers rose to 15", "the number of internally displaced people reached 160,000": people
    /// counted by "number of" take the event a modifier names ("missing", "displaced", "injured"), like "15 missing
    /// passengers" does; "the number of registered voters" names none.
    /// </summary>
    private static EventSense? PeopleEventOfModifiers(string head, string? modifiers)
    {
        if (modifiers is null || !QuantityLexicon.IsPeopleLike(head))
        {
            return null;
        }

        foreach (var word in modifiers.Split(' '))
        {
            if (EventWords.IsParticiple(word) && QuantityLexicon.TryEvent(word, out var sense))
            {
                return sense;
            }
        }

        return null;
    }

    /// <summary>"Some estimated death tolls ... exceeded 100": a toll named earlier in the clause is what the number counts.</summary>
    public static bool ReadTollBefore(IReadOnlyList<Token> tokens, int start, QuantityMention mention)
    {
        for (var k = start - 1; k >= 0 && k >= start - TollWindow; k--)
        {
            var token = tokens[k];
            if (token.IsSymbol(';') || token.IsSymbol('.') || token.IsNumber)
            {
                return false;
            }

            // "the death count", "the body count": other names of a toll.
            var namedCount = (token.Is("count") || token.Is("tally")) && k > 0 && tokens[k - 1].Text.ToLowerInvariant() is "death" or "body" or "fatality" or "casualty";
            if (token.Is("toll") || token.Is("tolls") || namedCount)
            {
                mention.Event = new EventSense("dead", QuantityCategory.Casualties);
                mention.Head = "death toll";
                return true;
            }
        }

        return false;
    }

    private const int AmongWindow = 8;

    /// <summary>
    /// "Among the dead were six children", "among those injured are two guards": the group named after "among" is what
    /// happened to the people the number counts.
    /// </summary>
    public static void ReadAmongEvent(IReadOnlyList<Token> tokens, int start, QuantityMention mention)
    {
        for (var k = start - 1; k >= 0 && k >= start - AmongWindow; k--)
        {
            if (tokens[k].IsSymbol(';') || tokens[k].IsSymbol('.') || tokens[k].IsNumber)
            {
                return;
            }

            if (!tokens[k].Is("among") && !tokens[k].Is("amongst"))
            {
                continue;
            }

            ReadAmongGroup(tokens, k, mention);
            return;
        }
    }

    /// <summary>
    /// "One child was among the dead", "two guards are among those injured", "one was, police said, among the dead": the
    /// group named after the copula's "among", past an aside between commas.
    /// </summary>
    public static void ReadAmongEventAfter(IReadOnlyList<Token> tokens, int after, QuantityMention mention)
    {
        // Read for every figure with no event yet: the copula is compared in place, with no lower-cased copy.
        if (!(IsAt(tokens, after, "was") || IsAt(tokens, after, "were") || IsAt(tokens, after, "is") || IsAt(tokens, after, "are")))
        {
            return;
        }

        var among = after + 1;
        if (IsSymbolAt(tokens, among, ','))
        {
            var closing = among + 1;
            while (closing < tokens.Count && closing <= among + AsideWindow && tokens[closing].IsWord)
            {
                closing++;
            }

            among = IsSymbolAt(tokens, closing, ',') ? closing + 1 : -1;
        }

        if (IsAt(tokens, among, "among"))
        {
            ReadAmongGroup(tokens, among, mention);
        }
    }

    private static void ReadAmongGroup(IReadOnlyList<Token> tokens, int among, QuantityMention mention)
    {
        var group = IsAt(tokens, among + 1, "the") || IsAt(tokens, among + 1, "those") ? among + 2 : among + 1;
        if (IsWordAt(tokens, group) && (EventWords.IsEventNoun(tokens[group].Text) || EventWords.IsParticiple(tokens[group].Text) || IsAt(tokens, group, "killed"))
            && QuantityLexicon.TryEvent(tokens[group].Text, out var sense))
        {
            mention.Event = sense;
        }
    }

    /// <summary>Whose age it is: the nearest people noun before "aged", across a comma ("five girls, all aged fifteen").</summary>
    public static string? ReadAgeHolder(IReadOnlyList<Token> tokens, int start)
    {
        for (var k = start - 1; k >= 0 && k >= start - SubjectWindow; k--)
        {
            if (tokens[k].IsWord && QuantityLexicon.IsPeopleNoun(tokens[k].Text))
            {
                return tokens[k].Text.ToLowerInvariant();
            }

            // "officers think her to be aged 31": a pronoun in between is the one whose age it is.
            if (tokens[k].IsSymbol(';') || tokens[k].IsSymbol('.') || tokens[k].Text.ToLowerInvariant() is "him" or "her" or "he" or "she" or "they" or "them" or "who")
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>The nearest noun before the number's clause verb: "the strike has now lasted for nine weeks" gives "strike".</summary>
    public static string? ReadSubject(IReadOnlyList<Token> tokens, int start)
    {
        for (var k = start - 1; k >= 0 && k >= start - SubjectWindow; k--)
        {
            var token = tokens[k];
            // "Net income fell 5 percent to $2.1 billion": the change before "to" is the same subject's other figure.
            if (k + 1 == start && token.Is("to") && ChangeBeforeNewLevel(tokens, k) is var change and >= 0)
            {
                k = change;
                continue;
            }

            // "Sales for the quarter ended June 30 rose 6%": the period's closing date is no figure of the subject.
            if (token.IsNumber && IsWordAt(tokens, k - 1) && QuantityLexicon.IsMonth(tokens[k - 1].Text) && (IsAt(tokens, k - 2, "ended") || IsAt(tokens, k - 2, "ending")))
            {
                k -= 2;
                continue;
            }

            if (!token.IsWord)
            {
                // "-" inside compounds, and ", which is 1.2 km long" between a noun and its relative clause.
                if (token.IsSymbol('-') || token.IsSymbol('\'') || (token.IsSymbol(',') && IsAt(tokens, k + 1, "which")))
                {
                    continue;
                }

                // "The fee, analysts said, was $40 million": an aside between commas before the verb hides nothing.
                if (token.IsSymbol(',') && IsWordAt(tokens, k + 1) && IsLinkingVerb(tokens[k + 1].Text) && AsideOpening(tokens, k) is var opening and > 0)
                {
                    return ReadSubject(tokens, opening);
                }

                return null;
            }

            // "Road deaths fell last year to 3,675", "Sales this quarter rose to $4 million": the time of the change is no
            // subject; the noun before it is.
            if (IsTimeOfChange(tokens, k))
            {
                // "Spending in the past year rose to $9 million": the preposition and "the" before the time are part of
                // it; the word before them opens the sentence as its subject, even a noun in -ing.
                if (FramingPrepositionBefore(tokens, k - 1) is var framing and > 0)
                {
                    var opening = tokens[framing - 1];
                    if (framing == 1 && opening.IsCapitalized && !QuantityLexicon.IsFunctionWord(opening.Text) && NounPhraseReader.HasLatinLetter(opening.Text) && !IsVerbForm(opening.Text))
                    {
                        return opening.Text.ToLowerInvariant();
                    }

                    k = framing;
                    continue;
                }

                k--;
                continue;
            }

            if (token.IsNumber || NumberWords.IsCardinalWord(token.Text) || !NounPhraseReader.HasLatinLetter(token.Text))
            {
                return null;
            }

            // "Prices rose by 16 percent", "Turnout was 62 percent": a common noun opening the sentence is its subject.
            if (k == 0 && token.IsCapitalized && token.Text.Length > 3 && !QuantityLexicon.IsFunctionWord(token.Text)
                && token.Text.Substring(1).ToLowerInvariant() == token.Text.Substring(1)
                && (token.Text.EndsWith("s", StringComparison.Ordinal) || (k + 1 < tokens.Count && IsLinkingVerb(tokens[k + 1].Text))))
            {
                return token.Text.ToLowerInvariant();
            }

            // "Turnout fell, with about 62 percent this time": a figure added by "with" is one of the clause's subject.
            if (token.Is("with") && k > 0 && tokens[k - 1].IsSymbol(','))
            {
                return ReadSentenceSubject(tokens, k - 1);
            }

            // "the deal is worth $5 billion": the value is the deal's; "worth" alone only when no subject stands before it.
            if (token.Is("worth"))
            {
                return ReadSubject(tokens, k) ?? "worth";
            }

            // "the estimated cost is": after a determiner or a participle, "cost" is the noun, not the verb.
            if ((token.Is("cost") || token.Is("costs")) && k > 0 && (tokens[k - 1].Text.ToLowerInvariant() is "the" or "a" or "its" or "their" or "his" or "her" or "total"
                || IsPastVerb(tokens[k - 1])))
            {
                return "cost";
            }

            if (QuantityLexicon.IsFunctionWord(token.Text) || IsPastVerb(token) || token.Is("percent") || token.Is("cent") || EndsWith(token, "ing") || EndsWith(token, "ly")
                || token.Is("'s") || QualifierReader.IsQualifierWord(token.Text) || token.IsCapitalized || IsVerbForm(token.Text))
            {
                continue;
            }

            // "415 km2 of land and 35,000": a noun right after another figure is that figure's, not this one's subject.
            if (BelongsToEarlierFigure(tokens, k))
            {
                return null;
            }

            return PropertyBeforeOf(tokens, k) ?? NounBeforeFramingPhrase(tokens, k) ?? token.Text.ToLowerInvariant();
        }

        return null;
    }

    // "last year", "this month", "next quarter": a unit of time after a word placing it, as a whole a time adverb.
    private static bool IsTimeOfChange(IReadOnlyList<Token> tokens, int unit) =>
        unit > 0 && QuantityLexicon.IsPeriodWord(tokens[unit]) && QuantityLexicon.IsRelativePeriodWord(tokens[unit - 1]);

    // The framing preposition opening the time of change whose placing word is at <paramref name="placing"/>: "in" of
    // "in the past year", "during" of "during this quarter"; -1 when none is written.
    private static int FramingPrepositionBefore(IReadOnlyList<Token> tokens, int placing)
    {
        var k = IsAt(tokens, placing - 1, "the") ? placing - 2 : placing - 1;
        return IsWordAt(tokens, k) && FramingPrepositions.Contains(tokens[k].Text) ? k : -1;
    }

    // Prepositions that frame a subject in time or place without naming what is measured.
    private static readonly HashSet<string> FramingPrepositions = new(StringComparer.OrdinalIgnoreCase) { "for", "in", "during", "at", "across", "over" };

    private const int FramingPhraseWindow = 4;

    // How many words may open a sentence before its subject noun: "The unemployment rate", "Net sales".
    private const int SubjectPhraseWords = 3;

    // The noun ends a plain noun phrase that opens the sentence ("Net sales", "The jobless rate"), so it is no verb
    // ("heads vary in size", "served in the force").
    private static bool EndsOpeningNounPhrase(IReadOnlyList<Token> tokens, int noun)
    {
        if (noun > SubjectPhraseWords)
        {
            return false;
        }

        for (var k = 0; k < noun; k++)
        {
            // "The stones vary in size": after a plural noun the word is its verb.
            if (!IsWordAt(tokens, k) || IsPastVerb(tokens[k]) || NounPhraseReader.IsPlural(tokens[k].Text.ToLowerInvariant())
                || (QuantityLexicon.IsFunctionWord(tokens[k].Text) && !ObjectDeterminers.Contains(tokens[k].Text)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "Revenue for the quarter rose 4%", "Turnout in the northern districts was 40%": the noun before a phrase of time or
    /// place is the subject; the noun ending that phrase only frames it. Null when no lower-case noun (or a noun opening
    /// the sentence) stands before the preposition.
    /// </summary>
    private static string? NounBeforeFramingPhrase(IReadOnlyList<Token> tokens, int noun)
    {
        for (var k = noun - 1; k >= 1 && k >= noun - FramingPhraseWindow; k--)
        {
            if (!IsWordAt(tokens, k) || tokens[k].IsCapitalized)
            {
                return null;
            }

            if (FramingPrepositions.Contains(tokens[k].Text))
            {
                var subject = tokens[k - 1];
                var isFirstWord = k - 1 == 0;
                if (!IsWordAt(tokens, k - 1) || (subject.IsCapitalized && !isFirstWord) || QuantityLexicon.IsFunctionWord(subject.Text) || IsPastVerb(subject)
                    || EndsWith(subject, "ing") || EndsWith(subject, "ly") || !NounPhraseReader.HasLatinLetter(subject.Text) || IsLinkingVerb(subject.Text) || IsVerbForm(subject.Text)
                    || !EndsOpeningNounPhrase(tokens, k - 1))
                {
                    return null;
                }

                return subject.Text.ToLowerInvariant();
            }

            if (!QuantityLexicon.IsFunctionWord(tokens[k].Text) && (IsPastVerb(tokens[k]) || EndsWith(tokens[k], "ly")))
            {
                return null;
            }
        }

        return null;
    }

    // The number of a figure of change that stands between a verb of change (or "by") and the "to" at <paramref name="to"/>:
    // "fell 5 percent to", "rose by 12% to", "grew 3 points to"; -1 when there is none. The figure after "to" is the new
    // level of the subject before the verb, so the subject is read past the change.
    // (ChangeLevelInheritance reads the same new level later, from the mentions, for what this token reading cannot reach:
    // a sum or share with the change out of reach of "to" ("widened 6.2% in March to") or after "from"; it leaves alone a
    // level that already has a subject from here. This reading is still needed where that pass cannot help: a count as the
    // level, "grew by 3% to 12,000", and "4 percentage points to 61%", where without it "points" would be read as the subject.)
    private static int ChangeBeforeNewLevel(IReadOnlyList<Token> tokens, int to)
    {
        var number = to - 1;
        if (IsSymbolAt(tokens, number, '%') || IsAt(tokens, number, "percent") || IsAt(tokens, number, "points") || IsAt(tokens, number, "point"))
        {
            number--;
        }

        if ((IsAt(tokens, number, "cent") && IsAt(tokens, number - 1, "per")) || IsAt(tokens, number, "percentage") || IsAt(tokens, number, "basis"))
        {
            number -= IsAt(tokens, number, "cent") ? 2 : 1;
        }

        // "by half a percentage point to", "by a quarter point to": a fraction of a point, written in words.
        if (IsAt(tokens, number, "a") && (IsAt(tokens, number - 1, "half") || IsAt(tokens, number - 1, "quarter")))
        {
            number--;
        }

        if ((IsWordAt(tokens, number) && NumberWords.IsCardinalWord(tokens[number].Text)) || IsAt(tokens, number, "half") || IsAt(tokens, number, "quarter"))
        {
            var first = IsAt(tokens, number - 1, "a") ? number - 1 : number;
            first = IsAt(tokens, first - 1, "half") || IsAt(tokens, first - 1, "quarter") ? first - 1 : first;
            return ChangedBy(tokens, first) ? first : -1;
        }

        // "gained 40 cents to $12.50", "fell $4.10 to $38.20": a change in money.
        if (IsAt(tokens, number, "cents") || IsAt(tokens, number, "pence"))
        {
            number--;
        }

        if (number < 1 || !tokens[number].IsNumber)
        {
            return -1;
        }

        var signed = tokens[number - 1].Kind == TokenKind.Symbol && QuantityLexicon.CurrencyOfSign(tokens[number - 1].Text) is not null;
        var changeStart = signed ? number - 1 : number;
        return ChangedBy(tokens, changeStart) ? changeStart : -1;
    }

    // How many words a moved object may take between its verb and "by": "cut its key rate by".
    private const int MovedObjectWords = 3;

    // A verb of change right before the amount at <paramref name="change"/> (or before its "by"), or a verb a body
    // moves something with, its object between: "raised rates by", "cut its key rate by".
    private static bool ChangedBy(IReadOnlyList<Token> tokens, int change)
    {
        var by = IsAt(tokens, change - 1, "by");
        var verb = by ? change - 2 : change - 1;
        if (IsWordAt(tokens, verb) && IsVerbOfChange(tokens[verb].Text))
        {
            return true;
        }

        for (var k = verb - 1; by && k >= 0 && k >= verb - MovedObjectWords; k--)
        {
            if (!IsWordAt(tokens, k + 1) || !IsWordAt(tokens, k))
            {
                return false;
            }

            if (IsMovingVerb(tokens[k].Text))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsMovingVerb(string word) => word.ToLowerInvariant() is "raised" or "cut" or "lowered" or "hiked" or "trimmed" or "reduced" or "lifted";

    // A verb that moves its subject to a new level, or one that a body moves ("raised rates by 0.25 points to 5.5%").
    private static bool IsVerbOfChange(string word) =>
        IsLinkingVerb(word) || IsMovingVerb(word);

    // Nouns that count or gather what follows "of" ("the number of cases", "a group of pupils"): that noun says what is counted.
    private static readonly HashSet<string> GatheringNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "number", "numbers", "total", "majority", "minority", "rest", "part", "share", "proportion", "percentage", "half", "group",
        "groups", "crowd", "team", "lot", "lots", "couple", "dozen", "dozens", "handful", "list", "count", "tally", "sum", "amount",
    };

    /// <summary>
    /// "the magnitude of the earthquake was 6.6", "the population of the town is 9,000": the figure measures the noun
    /// before "of", the property, not the thing it belongs to.
    /// </summary>
    private static string? PropertyBeforeOf(IReadOnlyList<Token> tokens, int noun)
    {
        var of = IsAt(tokens, noun - 1, "the") ? noun - 2 : noun - 1;
        var property = of - 1;
        if (!IsAt(tokens, of, "of") || !IsWordAt(tokens, property) || tokens[property].IsCapitalized || !IsAt(tokens, property - 1, "the")
            || QuantityLexicon.IsFunctionWord(tokens[property].Text) || GatheringNouns.Contains(tokens[property].Text) || IsPastVerb(tokens[property]))
        {
            return null;
        }

        return tokens[property].Text.ToLowerInvariant();
    }

    // A word that ends an earlier figure's phrase: its unit ("20 km/h and 75 mph", "35,000 feet at 900 km/h") or what
    // it measured ("415 km2 of land and 35,000 hectares"). A counted noun ("485,798 votes, which was 0.5 percent") still is.
    private static bool BelongsToEarlierFigure(IReadOnlyList<Token> tokens, int k)
    {
        var word = tokens[k].Text;
        var isUnit = (QuantityLexicon.TryMeasureUnit(word, out var unit) && unit is not ("seats" or "votes" or "magnitude"))
            || QuantityLexicon.TryTimeUnit(word, out _) || QuantityLexicon.TryMeasureSymbol(word, out _) || QuantityLexicon.TryCurrencyWord(word, out _) || (IsSymbolAt(tokens, k - 1, '/') && IsWordAt(tokens, k - 2));
        if (isUnit)
        {
            // "the tonnage was 1,150" names its own unit; only a unit written after a number is another figure's.
            var before = IsSymbolAt(tokens, k - 1, '/') ? k - 3 : k - 1;

            // "300 Swiss francs": the country before a currency belongs to the same figure.
            if (IsWordAt(tokens, before) && QuantityLexicon.CurrencyOfCountry(tokens[before].Text) is not null)
            {
                before--;
            }

            return before >= 0 && (tokens[before].IsNumber || NumberWords.IsCardinalWord(tokens[before].Text) || (tokens[before].IsSymbol('-') && before > 0 && tokens[before - 1].IsNumber));
        }

        return IsAt(tokens, k - 1, "of") && IsWordAt(tokens, k - 2) && QuantityLexicon.TryMeasureUnit(tokens[k - 2].Text, out _)
            && k >= 3 && (tokens[k - 3].IsNumber || NumberWords.IsCardinalWord(tokens[k - 3].Text));
    }

    // How far into a sentence its subject's verb may stand: "The new voter turnout figure was".
    private const int SentenceSubjectWindow = 6;

    /// <summary>The noun just before the first verb of the sentence, when it opens with a plain noun phrase.</summary>
    private static string? ReadSentenceSubject(IReadOnlyList<Token> tokens, int end)
    {
        for (var k = 1; k < end && k <= SentenceSubjectWindow; k++)
        {
            if (!tokens[k].IsWord)
            {
                return null;
            }

            if (!IsLinkingVerb(tokens[k].Text) && !IsAuxiliary(tokens[k].Text))
            {
                continue;
            }

            var noun = tokens[k - 1];
            var opensSentence = k - 1 == 0;
            if (QuantityLexicon.IsFunctionWord(noun.Text) || (noun.IsCapitalized && !opensSentence) || !NounPhraseReader.HasLatinLetter(noun.Text))
            {
                return null;
            }

            return noun.Text.ToLowerInvariant();
        }

        return null;
    }

    private static bool IsAuxiliary(string word) => word.ToLowerInvariant() is "has" or "have" or "had";

    private const int AsideWindow = 8;

    // The comma that opens the aside closed by the comma at <paramref name="closing"/>, or -1 when none is near.
    private static int AsideOpening(IReadOnlyList<Token> tokens, int closing)
    {
        for (var k = closing - 2; k >= 1 && k >= closing - AsideWindow; k--)
        {
            if (tokens[k].IsSymbol(','))
            {
                return k;
            }

            if (tokens[k].IsSymbol('.') || tokens[k].IsSymbol(';') || tokens[k].IsSymbol(':') || tokens[k].IsNumber)
            {
                return -1;
            }
        }

        return -1;
    }

    private static bool IsLinkingVerb(string word) => word.ToLowerInvariant() is "was" or "is" or "were" or "are" or "rose" or "fell" or "stood"
        or "reached" or "dropped" or "climbed" or "increased" or "decreased" or "grew" or "jumped" or "hit" or "remained" or "totalled" or "totaled"
        or "topped" or "exceeded" or "surpassed" or "averaged" or "neared" or "approached" or "soared" or "plunged" or "slipped"
        or "eased" or "slowed" or "accelerated" or "gained" or "slid" or "sank" or "dipped" or "edged" or "widened" or "narrowed"
        or "tumbled" or "rebounded" or "declined" or "hovered" or "peaked" or "shrank" or "expanded" or "contracted" or "doubled"
        or "stands" or "remains" or "totals";

    // Present-tense verbs that often stand between a subject and its measure.
    private static bool IsVerbForm(string word) => word.ToLowerInvariant() is "lasts" or "last" or "stands" or "takes" or "costs" or "cost" or "adds"
        or "totals" or "reaches" or "rises" or "falls" or "grows" or "means" or "makes" or "remains" or "hit" or "lasting" or "ongoing" or "down"
        or "up" or "time" or "come" or "comes" or "came" or "close" or "first" or "last" or "next" or "past" or "previous" or "final" or "further" or "additional" or "another";

    private static bool IsWeekday(string word) => word.ToLowerInvariant() is "monday" or "tuesday" or "wednesday" or "thursday" or "friday"
        or "saturday" or "sunday" or "yesterday" or "today" or "tomorrow";

    /// <summary>The capitalised word nearest before the number that is not a sentence opener ("Labour, lost 42").</summary>
    public static string? ReadDistinguisher(IReadOnlyList<Token> tokens, int start)
    {
        var k = start - 1;
        if (k < 1)
        {
            return null;
        }

        // The nearest one is looked up in a table built once per sentence: scanning back from every number would
        // make a long sentence of figures quadratic. The numbers of a sentence are read one after another, so the
        // table of the last sentence is kept per thread (a ConditionalWeakTable cost a lock and a GC handle per
        // lookup: 5% of the engine). Sentence tokens never change once tokenized, so the table stays valid.
        if (!ReferenceEquals(nearestFor, tokens) || nearestTable is null)
        {
            nearestTable = BuildNearestDistinguishers(tokens);
            nearestFor = tokens;
        }

        var at = nearestTable[k];
        return at < 0 ? null : tokens[at].Text;
    }

    [System.ThreadStatic]
    private static IReadOnlyList<Token>? nearestFor;

    [System.ThreadStatic]
    private static int[]? nearestTable;

    // For each index k, the index of the nearest distinguishing word at or before k (never index 0), or -1.
    private static int[] BuildNearestDistinguishers(IReadOnlyList<Token> tokens)
    {
        var nearest = new int[tokens.Count];
        var last = -1;
        for (var k = 0; k < tokens.Count; k++)
        {
            if (k >= 1 && IsDistinguisher(tokens[k]))
            {
                last = k;
            }

            nearest[k] = last;
        }

        return nearest;
    }

    private static bool IsDistinguisher(Token token) =>
        token.IsCapitalized && !QuantityLexicon.IsFunctionWord(token.Text) && !QuantityLexicon.IsMonth(token.Text) && !IsWeekday(token.Text) && token.Text.Length > 1
        && !QuantityLexicon.IsClockWord(token.Text);
}
