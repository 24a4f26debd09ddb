using System.Collections.Generic;
using FactsGenerator.Extraction.Numbers;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Quantities;

/// <summary>
/// Numbers that count nothing: years, calendar dates, clock times, ordinals and decades ("21st", "1970s"),
/// labels and names ("G-7", "Boeing 737", "flight 302", "Group of Seven"), and pronoun uses of "one".
/// </summary>
internal static class NonQuantityFilter
{
    // Nouns after "one" that make an idiom or a pronoun rather than a count ("one way", "at one point").
    private static readonly HashSet<string> IdiomaticAfterOne = new(System.StringComparer.OrdinalIgnoreCase)
    {
        "way", "point", "side", "hand", "thing", "time", "reason", "another", "example", "instance", "day", "more", "last", "such",
        "other", "own", "too", "big", "major", "stage", "moment", "option", "factor", "exception", "problem", "question", "issue",
        "occasion", "scenario", "possibility", "concern",
    };

    // "settled in one meeting", "in one go": how something happens, not how many.
    private static readonly HashSet<string> OccasionsAfterInOne = new(System.StringComparer.OrdinalIgnoreCase)
    {
        "meeting", "session", "sitting", "go", "stroke", "swoop", "piece", "place", "voice", "breath", "shot", "attempt", "move",
        "step", "day", "night", "round", "hit", "blow", "instance", "case", "sense", "respect", "form", "way",
    };

    public static bool IsNotAQuantity(IReadOnlyList<Token> tokens, NumberMatch number)
    {
        var after = number.Last + 1;

        // "TVN24", "CO2": digits glued to capitals are part of a label unless the capitals are a currency code ("USD15").
        if (tokens[number.First].IsWord && NumberReader.GluedPrefix(tokens[number.First].Text) is { } code)
        {
            return !QuantityLexicon.TryGluedCode(code, out _);
        }

        // "two-and-a-half", "a three-in-five chance": a number inside a compound phrase ("230-to-198" is a tally).
        if (TokenWindow.IsJoiningHyphenAt(tokens, after) && after + 1 < tokens.Count && tokens[after + 1].Text.ToLowerInvariant() is "and" or "to" or "in" or "of" or "or"
            && !TallyReader.OpensTally(tokens, number))
        {
            return true;
        }

        if (CountedPhraseReader.IsAdjectiveCompound(tokens, after) || IsAddress(tokens, after) || SetScoreFilter.IsSetScore(tokens, number)
            || CricketScoreReader.IsOneDayFormat(tokens, number) || IsStreetNumber(tokens, number.First))
        {
            return true;
        }

        var first = tokens[number.First];
        // "the second half of the month": a part of a period, not a count.
        if (number.Form == NumberForm.Fraction && number.First > 0 && tokens[number.First - 1].IsWord
            && tokens[number.First - 1].Text.ToLowerInvariant() is "first" or "second" or "latter" or "other" or "final" or "last" or "back" or "front")
        {
            return true;
        }

        return number.Form switch
        {
            NumberForm.Digits => IsDigitsNonQuantity(tokens, number),
            NumberForm.Words => IsWordsNonQuantity(tokens, number, first),
            _ => IsCapitalizedInsideSentence(tokens, number.First),
        };
    }

    // "10 Downing Street", "619 Waddell Avenue".
    private static bool IsAddress(IReadOnlyList<Token> tokens, int after)
    {
        for (var k = after; k < tokens.Count && k <= after + 2; k++)
        {
            if (!tokens[k].IsCapitalized)
            {
                return false;
            }

            if (IsStreetWord(tokens[k].Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Woodlands Drive 14 and 16", "Ang Mo Kio Avenue 3": digits after a capitalised street word name the street, as do
    /// the next street numbers of a list.
    /// </summary>
    private static bool IsStreetNumber(IReadOnlyList<Token> tokens, int first)
    {
        var before = first - 1;
        if (before >= 2 && tokens[first].IsNumber && (TokenWindow.IsAt(tokens, before, "and") || TokenWindow.IsSymbolAt(tokens, before, ',')) && tokens[before - 1].IsNumber)
        {
            before -= 2;
        }

        return tokens[first].IsNumber && before >= 1 && tokens[before].IsCapitalized && tokens[before - 1].IsCapitalized
            && IsStreetWord(tokens[before].Text);
    }

    // The capitalised word of a street's name, after its house number ("10 Downing Street") or before a street's own
    // number ("Tampines Avenue 5").
    private static bool IsStreetWord(string word) =>
        word is "Street" or "Avenue" or "Road" or "Lane" or "Drive" or "Boulevard" or "Square" or "Crescent" or "Ring" or "Close"
            or "Walk" or "St" or "Ave" or "Rd";

    /// <summary>A four-digit whole number in the range of years, written without a separator.</summary>
    public static bool LooksLikeYear(Token token) =>
        token.IsNumber && token.Text.Length == 4 && token.Text.IndexOf('.') < 0 && token.Text.IndexOf(',') < 0
        && NumberReader.TryParseDigits(token.Text, out var v) && v >= 1000m && v <= 2199m;

    private static bool IsDigitsNonQuantity(IReadOnlyList<Token> tokens, NumberMatch number)
    {
        var index = number.First;
        var token = tokens[index];
        var next = index + 1 < tokens.Count ? tokens[index + 1] : default;
        var hasNext = index + 1 < tokens.Count;
        var previous = index > 0 ? tokens[index - 1] : default;
        var hasPrevious = index > 0;

        // Ordinals and decades ("21st", "1970s") and codes ("5G", "3D"): letters glued to the digits that are no unit.
        if (hasNext && next.IsWord && !next.SpaceBefore && number.Last == index && !IsGluedUnit(next.Text))
        {
            return true;
        }

        // Clock times and version numbers: "3:00", "5.2.1", "10:30".
        if (hasNext && !next.SpaceBefore && (next.IsSymbol(':') || next.IsSymbol('.')) && index + 2 < tokens.Count && tokens[index + 2].IsNumber && !tokens[index + 2].SpaceBefore)
        {
            return true;
        }

        // "rang 999", "a 911 call": an emergency number is dialled, it counts nothing; "the 737 MAX" names a jetliner.
        if (EmergencyNumber.IsDialled(tokens, number) || AircraftModel.IsModelNumber(tokens, number))
        {
            return true;
        }

        // "at 2340 hours": a 24-hour clock reading; "their 52-week high": the window of a stock's yearly extreme; "cents
        // per $100": the base of a tax rate.
        if (ClockHours.IsClockReading(tokens, number) || TradingRange.IsFiftyTwoWeekExtreme(tokens, number) || PropertyTaxRate.IsRateBase(tokens, number))
        {
            return true;
        }

        // "six per 100,000": the denominator of a rate.
        if (hasPrevious && previous.Is("per"))
        {
            return true;
        }

        // "1010 ± 195": the second number is a margin of error.
        if (hasPrevious && previous.Kind == TokenKind.Symbol && previous.Text == "\u00B1")
        {
            return true;
        }

        // "USD 1 million", "Rs.2000": an amount, not a label.
        if (ContextReader.CurrencyCodeBefore(tokens, index) is not null)
        {
            return false;
        }

        // "peaked at #4", "ranked No. 3": a place in a ranking, not a label.
        if (RankReader.CueBefore(tokens, index) >= 0)
        {
            return false;
        }

        // "riders on the No. 10 bus", "Nos. 3 and 4": after "No." with no ranking word the number names one of a series.
        if (index >= 2 && previous.IsSymbol('.') && !previous.SpaceBefore && (tokens[index - 2].Is("no") || tokens[index - 2].Is("nos")))
        {
            return true;
        }

        if (hasPrevious && !token.SpaceBefore && (previous.IsSymbol(':') || previous.IsSymbol('.') || previous.IsSymbol('/') || previous.IsSymbol('#')))
        {
            return true;
        }

        // "2,00": digits after a comma glued to a number are the tail of a mistyped figure, not a figure of their own.
        if (index >= 2 && !token.SpaceBefore && previous.IsSymbol(',') && !previous.SpaceBefore && tokens[index - 2].IsNumber)
        {
            return true;
        }

        if (hasNext && next.IsWord && QuantityLexicon.IsClockWord(next.Text) && (!next.Is("local") || (index + 2 < tokens.Count && tokens[index + 2].Is("time"))))
        {
            return true;
        }

        // Dates: "21 September", "September 21", "Sept. 4".
        if (hasNext && next.IsCapitalized && QuantityLexicon.IsMonth(next.Text))
        {
            return true;
        }

        if (hasPrevious && IsMonthBefore(tokens, index))
        {
            return true;
        }

        // "March 4 and 5", "June 3-5": a second day of the same month.
        if (index >= 3 && (previous.Is("and") || previous.Is("or") || previous.Is("to") || previous.IsSymbol('-')) && tokens[index - 2].IsNumber && IsMonthBefore(tokens, index - 2))
        {
            return true;
        }

        // "on 14, 15 and 16 August", "May 2, 3 and 4": the other days of a longer list of days of one month.
        if (DayList.IsDayOfAMonth(tokens, index))
        {
            return true;
        }

        if (number.Last == number.First && LooksLikeYear(token) && !CountsSomethingAfter(tokens, index))
        {
            return true;
        }

        // Names and labels: "G-7", "Covid-19", "Boeing 737", "flight 302".
        // "a magnitude-6.3 quake" joins a scale word to its reading; that is a measure, no label.
        if (hasPrevious && previous.IsSymbol('-') && !token.SpaceBefore && index >= 2 && tokens[index - 2].IsWord && !previous.SpaceBefore
            && !ContextReader.IsHyphenedMagnitude(tokens, index))
        {
            return !IsRangeOrScore(tokens, index);
        }

        // "led Ruiz 52 percent to 44 percent", "Kandy 58 per cent": a share after a name is still a share.
        var share = RangeReader.IsShareAfter(tokens, number.Last + 1);
        // "Boeing 737", but "defeated Caboolture 43-5" is a score and "placed the storm 785 miles west" a distance.
        if (hasPrevious && previous.IsWord && (QuantityLexicon.IsLabelWord(previous.Text) || (IsNameWord(tokens, index - 1) && !share && !IsUnitAfter(tokens, number.Last + 1)))
            && !TallyReader.OpensTally(tokens, number) && !ContextReader.IsStormCategory(tokens, index))
        {
            return true;
        }

        if (OpensName(tokens, number.Last + 1) || IsListMarker(tokens, number))
        {
            return true;
        }

        // Slashes and dotted codes: "24/7", "9/11".
        return hasNext && !next.SpaceBefore && next.IsSymbol('/') && index + 2 < tokens.Count && tokens[index + 2].IsNumber;
    }

    /// <summary>
    /// "the 747 Jumbo was grounded", "under 42 Main Code, section 3": digits before a run of capitalised words that
    /// is not followed by a noun belong to a name. A count names what it counts, and a capitalised word after the
    /// digits counts only as a plural ("235 Democrats") or as the modifier of a lower-case noun ("nine Cuban airports").
    /// </summary>
    private static bool OpensName(IReadOnlyList<Token> tokens, int after)
    {
        if (!TokenWindow.IsWordAt(tokens, after) || !IsSingularNameWord(tokens[after]))
        {
            return false;
        }

        var k = after + 1;
        while (TokenWindow.IsWordAt(tokens, k) && tokens[k].IsCapitalized)
        {
            // A capitalised function word ("Fire Kills 12 In Town") means a title-case line, where capitals mark no name.
            if (QuantityLexicon.IsFunctionWord(tokens[k].Text))
            {
                return false;
            }

            k++;
        }

        // "60 House Democrats", "12 Senate Republicans", "40 Labour MPs": a name word before a capitalised plural
        // qualifies the members counted, as "nine Cuban airports" qualifies a lower-case noun.
        if (k == after + 2 && IsCapitalisedPlural(tokens[after + 1].Text))
        {
            return false;
        }

        if (k >= tokens.Count)
        {
            return true;
        }

        var end = tokens[k];
        if (!end.IsWord)
        {
            // A hyphen or a number may continue the name or start a range; a closing mark ends the name.
            return !end.IsNumber && !end.IsSymbol('-') && !end.IsSymbol('(');
        }

        // "18 Jazz and five rock stations": joined modifiers share the noun that follows them.
        if (end.Is("and") || end.Is("or") || end.Is("of"))
        {
            return false;
        }

        return end.Text.Length == 1 || QuantityLexicon.IsFunctionWord(end.Text) || TokenWindow.IsPastVerb(end);
    }

    // Items of a written list are numbered up to about this; a larger figure in brackets is more likely an age or a count.
    private const decimal LargestListMarker = 20m;

    /// <summary>
    /// "two ways: (1) a vote in both houses, or (2) a convention", "two priorities — 1) the survey and 2) the census":
    /// a small whole number closed by a bracket, where a list item can start, numbers the item. "The pilot (52) was
    /// unhurt" brackets a figure after a noun, and stays.
    /// </summary>
    private static bool IsListMarker(IReadOnlyList<Token> tokens, NumberMatch number)
    {
        var index = number.First;
        if (number.Last != index || !TokenWindow.IsSymbolAt(tokens, index + 1, ')') || tokens[index + 1].SpaceBefore
            || !NumberReader.TryParseDigits(tokens[index].Text, out var value) || value < 1m || value > LargestListMarker || value != decimal.Truncate(value))
        {
            return false;
        }

        var before = TokenWindow.IsSymbolAt(tokens, index - 1, '(') ? index - 2 : index - 1;
        return before < 0 || (tokens[before].Kind == TokenKind.Symbol && !tokens[before].IsSymbol('(')) || tokens[before].Is("and") || tokens[before].Is("or");
    }

    // "Democrats", "MPs": a capitalised word in a plural -s ("Express", "Williams", "Paris" are none).
    private static bool IsCapitalisedPlural(string word) =>
        word.Length > 2 && char.IsUpper(word[0]) && NounPhraseReader.HasPluralEnding(word) && !word.EndsWith("ams", System.StringComparison.Ordinal);

    private static bool IsSingularNameWord(Token word)
    {
        var text = word.Text;
        if (!word.IsCapitalized || text.Length < 2 || text.EndsWith("s", System.StringComparison.Ordinal) || QuantityLexicon.IsFunctionWord(text)
            || QuantityLexicon.IsMonth(text) || QualifierReader.IsQualifierWord(text) || NumberWords.IsCardinalWord(text) || NumberWords.TryScale(text, out _))
        {
            return false;
        }

        // "5 KG", "20 Celsius", "30 Euro": units and currencies may be written with a capital.
        return !QuantityLexicon.TryMeasureUnit(text, out _) && !QuantityLexicon.TryTimeUnit(text, out _) && !QuantityLexicon.TryCurrencyWord(text, out _)
            && !QuantityLexicon.TryCurrencyCode(text, out _) && !QuantityLexicon.IsPeopleNoun(text) && !QuantityLexicon.IsClockWord(text);
    }

    // "785 miles", "18 times": a unit after the number makes it a measure, whatever name stands before it.
    private static bool IsUnitAfter(IReadOnlyList<Token> tokens, int index) =>
        index < tokens.Count && tokens[index].IsWord && !tokens[index].IsCapitalized
        && (QuantityLexicon.TryMeasureUnit(tokens[index].Text, out _) || QuantityLexicon.TryTimeUnit(tokens[index].Text, out _) || tokens[index].Is("times"));

    // "139km", "3pm" (a clock word, rejected later), "20m", "500INR": units that are written against the number.
    private static bool IsGluedUnit(string word) =>
        QuantityLexicon.TryMeasureUnit(word, out _) || QuantityLexicon.TryTimeUnit(word, out _) || QuantityLexicon.IsClockWord(word)
        || QuantityLexicon.TryCurrencyCodeAfterAmount(word, out _)
        || NumberWords.TryScaleSuffix(word, out _) || word is "C" or "F" || word.ToLowerInvariant() is "percent" or "pc" or "yo" or "mph" or "kmh" or "gw" or "kw" or "mw" or "gb" or "tb" or "mb";

    private static bool IsRangeOrScore(IReadOnlyList<Token> tokens, int index) => index >= 2 && tokens[index - 2].IsNumber;

    internal static bool IsMonthBefore(IReadOnlyList<Token> tokens, int index)
    {
        var previous = tokens[index - 1];
        if (previous.IsCapitalized && QuantityLexicon.IsMonth(previous.Text))
        {
            return true;
        }

        // "Sept. 4"
        return previous.IsSymbol('.') && index >= 2 && tokens[index - 2].IsCapitalized && QuantityLexicon.IsMonth(tokens[index - 2].Text);
    }

    // "1500 people" is a count even without a separator; "in 1500" is a year.
    private static bool CountsSomethingAfter(IReadOnlyList<Token> tokens, int index)
    {
        if (index + 1 >= tokens.Count)
        {
            return false;
        }

        var next = tokens[index + 1];
        if (next.IsSymbol('%'))
        {
            return true;
        }

        // "2,016 were evacuated" counts, but "the constitution of 2016 are tabled" dates the noun before it: the verb
        // belongs to that noun, not to the year.
        if (next.Is("light") || (IsPassiveSubject(tokens, index + 1) && !DatesNounBefore(tokens, index)) || IsBoundCountOfPlural(tokens, index))
        {
            return true;
        }

        return next.IsWord && !next.IsCapitalized && (QuantityLexicon.IsPeopleNoun(next.Text) || QuantityLexicon.TryMeasureUnit(next.Text, out _)
            || QuantityLexicon.TryCurrencyWord(next.Text, out _) || next.Is("percent"))
            && !(index > 0 && (tokens[index - 1].Is("in") || tokens[index - 1].Is("since")));
    }

    /// <summary>
    /// "over 1000 different services", "nearly 1200 volunteers": a year is not bounded by "over" or "nearly" and then
    /// followed by a plural noun (perhaps after one adjective), so such a figure counts that noun.
    /// </summary>
    private static bool IsBoundCountOfPlural(IReadOnlyList<Token> tokens, int index)
    {
        var (bound, _) = QualifierReader.ReadLeft(tokens, index);
        if (bound == Model.Qualifier.Exact)
        {
            return false;
        }

        for (var k = index + 1; k <= index + 2 && TokenWindow.IsWordAt(tokens, k); k++)
        {
            var word = tokens[k];
            if (word.IsCapitalized || QuantityLexicon.IsFunctionWord(word.Text) || TokenWindow.IsPastVerb(word))
            {
                return false;
            }

            if (word.Text.Length > 3 && word.Text.EndsWith("s", System.StringComparison.Ordinal) && !word.Text.EndsWith("ss", System.StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // "1720 had already been discharged", "1500 were evacuated": a year is never the plural subject of a passive.
    private static bool DatesNounBefore(IReadOnlyList<Token> tokens, int index) =>
        index > 0 && tokens[index - 1].IsWord && tokens[index - 1].Text.ToLowerInvariant() is "of" or "in" or "since" or "from" or "until";

    private static bool IsPassiveSubject(IReadOnlyList<Token> tokens, int aux)
    {
        var k = aux;
        if (TokenWindow.IsAt(tokens, k, "were") || TokenWindow.IsAt(tokens, k, "are"))
        {
            k++;
        }
        else if ((TokenWindow.IsAt(tokens, k, "had") || TokenWindow.IsAt(tokens, k, "have")) && TokenWindow.IsAt(tokens, k + 1, "already") && TokenWindow.IsAt(tokens, k + 2, "been"))
        {
            k += 3;
        }
        else if ((TokenWindow.IsAt(tokens, k, "had") || TokenWindow.IsAt(tokens, k, "have")) && TokenWindow.IsAt(tokens, k + 1, "been"))
        {
            k += 2;
        }
        else
        {
            return false;
        }

        if (TokenWindow.IsAt(tokens, k, "also") || TokenWindow.EndsWith(tokens[System.Math.Min(k, tokens.Count - 1)], "ly"))
        {
            k++;
        }

        return k < tokens.Count && TokenWindow.IsPastVerb(tokens[k]);
    }

    // A capitalised word that is not a sentence-opening function word names a product, team or body.
    private static bool IsNameWord(IReadOnlyList<Token> tokens, int index)
    {
        var word = tokens[index];
        if (!word.IsCapitalized || QuantityLexicon.IsFunctionWord(word.Text) || QuantityLexicon.IsMonth(word.Text) || QualifierReader.IsQualifierWord(word.Text))
        {
            return false;
        }

        // "Magnitude 5.2" and "Between 36 and 40" open sentences too.
        return !word.Is("magnitude") && !word.Is("between") && !word.Is("from") && !word.Is("aged") && !NumberWords.IsVagueCount(word.Text)
            && !QuantityLexicon.TryEvent(word.Text, out _) && !char.IsDigit(word.Text[word.Text.Length - 1]) && !IsVerbLike(word.Text);
    }

    /// <summary>"one Republican voted", "one independent abstained": one member of a camp who did something is a count of people.</summary>
    public static bool IsMemberActing(IReadOnlyList<Token> tokens, int noun) =>
        TokenWindow.IsWordAt(tokens, noun) && QuantityLexicon.IsSingularMemberWord(tokens[noun].Text)
        && TokenWindow.IsWordAt(tokens, noun + 1) && TokenWindow.IsPastVerb(tokens[noun + 1]) && !tokens[noun + 1].IsCapitalized
        && tokens[noun + 1].Text.ToLowerInvariant() is not ("said" or "told" or "stated" or "wrote" or "added" or "noted" or "explained");

    private static bool IsVerbLike(string word) => word.EndsWith("ed", System.StringComparison.OrdinalIgnoreCase);

    private static bool IsWordsNonQuantity(IReadOnlyList<Token> tokens, NumberMatch number, Token first)
    {
        if (IsCapitalizedInsideSentence(tokens, number.First))
        {
            return true;
        }

        // "peaked at number one", "ranked number two": a place in a ranking.
        if (RankReader.CueBefore(tokens, number.First) >= 0)
        {
            return false;
        }

        if (number.First == number.Last && first.Is("one"))
        {
            return IsPronounOne(tokens, number.First) || IsSpelledLabel(tokens, number);
        }

        return IsSpelledLabel(tokens, number);
    }

    // Nouns whose spelled-out number names one of a sequence ("phase two", "round five") rather than counting.
    // Narrower than the label words after digits: "to mark two years" and "took part two weeks ago" count.
    private static readonly HashSet<string> SequenceNouns = new(System.StringComparer.OrdinalIgnoreCase)
    {
        "phase", "stage", "chapter", "article", "section", "season", "episode", "volume", "round", "level", "tier", "category", "number",
    };

    private static bool IsSpelledLabel(IReadOnlyList<Token> tokens, NumberMatch number) =>
        number.First > 0 && number.First == number.Last && SequenceNouns.Contains(tokens[number.First - 1].Text) && tokens[number.First - 1].IsWord
        && !IsUnitAfter(tokens, number.Last + 1);

    // "Group of Seven", "the Big Four": a capitalised number word that does not open the sentence or a quotation.
    private static bool IsCapitalizedInsideSentence(IReadOnlyList<Token> tokens, int index)
    {
        if (!tokens[index].IsCapitalized || index == 0)
        {
            return false;
        }

        var previous = tokens[index - 1];
        return !(previous.IsSymbol('"') || previous.IsSymbol('(') || previous.IsSymbol(':') || previous.IsSymbol('-') || previous.IsSymbol('\'')
            || previous.IsSymbol('!') || previous.IsSymbol('?') || previous.IsSymbol('.') || previous.IsSymbol(';'));
    }

    // "one was pronounced dead", "one died": a single victim counted without a noun.
    private static bool IsFollowedByEvent(IReadOnlyList<Token> tokens, int index)
    {
        if (IsPatientAfter(tokens, index))
        {
            return true;
        }

        for (var k = index + 1; k < tokens.Count && k <= index + 4; k++)
        {
            if (!tokens[k].IsWord)
            {
                return false;
            }

            if (QuantityLexicon.TryEvent(tokens[k].Text, out var sense) && sense.Category != Model.QuantityCategory.Other)
            {
                return k == index + 1 || tokens[index + 1].Text.ToLowerInvariant() is "was" or "is" or "has" or "had" or "person" or "man" or "woman" or "other";
            }
        }

        return false;
    }

    // "one was in critical condition", "one remains in serious condition", "one was taken to hospital": a patient, so
    // a single casualty counted without a noun, as EventReader reads the same phrases after a plural count.
    private static bool IsPatientAfter(IReadOnlyList<Token> tokens, int index)
    {
        var verb = index + 1;
        if (!TokenWindow.IsWordAt(tokens, verb) || tokens[verb].Text.ToLowerInvariant() is not ("was" or "is" or "were" or "remains" or "remained"))
        {
            return false;
        }

        return verb + 1 < tokens.Count && (EventReader.InPatientCondition(tokens, verb + 1) is not null || EventReader.IsCarriedToHospital(tokens, verb + 1));
    }

    /// <summary>
    /// "one of them", "one of the hikers": the last token of the group "one" is picked from, or <paramref name="index"/>
    /// when no such group follows. What happens after the group happens to the one ("one of them died").
    /// </summary>
    private static int EndOfPartitive(IReadOnlyList<Token> tokens, int index)
    {
        if (!TokenWindow.IsAt(tokens, index + 1, "of") || !TokenWindow.IsWordAt(tokens, index + 2))
        {
            return index;
        }

        var group = tokens[index + 2].Text.ToLowerInvariant();
        if (group is "them" or "those" or "these" or "us")
        {
            return index + 2;
        }

        // "one of the hikers", "one of its crew": a determiner and the plural noun it opens.
        return group is "the" or "its" or "their" or "our" && TokenWindow.IsWordAt(tokens, index + 3) && !tokens[index + 3].IsCapitalized
            && tokens[index + 3].Text.EndsWith("s", System.StringComparison.OrdinalIgnoreCase) ? index + 3 : index;
    }

    // Longest reach back from an elided "one" to the count whose noun it leaves out ("three seats in the north and one").
    private const int ElidedListReach = 8;

    // Prepositions that place or pair the last item of a list whose noun is left out.
    private static readonly HashSet<string> ElidedItemPrepositions = new(System.StringComparer.OrdinalIgnoreCase)
    {
        "in", "at", "from", "with",
    };

    /// <summary>
    /// "three seats in the north and one in the south", "six films, one with its rival": "one" set off by a comma or
    /// "and" and placed by a preposition is one more of what a figure just before in the sentence counted, not a pronoun.
    /// "one in ten" is a ratio and stays with the ratio readers.
    /// </summary>
    private static bool IsElidedListItem(IReadOnlyList<Token> tokens, int index)
    {
        if (index < 2 || index + 2 >= tokens.Count || !(tokens[index - 1].IsSymbol(',') || tokens[index - 1].Is("and"))
            || !tokens[index + 1].IsWord || !ElidedItemPrepositions.Contains(tokens[index + 1].Text)
            || NumberReader.TryRead(tokens, index + 2, out _) || tokens[index + 2].Is("which") || tokens[index + 2].Is("whom"))
        {
            return false;
        }

        for (var k = index - 2; k >= 0 && k >= index - ElidedListReach; k--)
        {
            if (tokens[k].IsSymbol('.') || tokens[k].IsSymbol(';') || tokens[k].IsSymbol(':'))
            {
                return false;
            }

            if (NumberReader.TryRead(tokens, k, out var count) && !count.IsVague && count.Last < index - 1 && tokens[count.Last + 1].IsWord)
            {
                return true;
            }
        }

        return false;
    }

    // "said that one person was taken to hospital", "confirmed that one soldier died": after a verb of saying "that"
    // opens the reported clause, it is no determiner ("that one" as in "that one is harder"), so the rest decides.
    private static bool IsReportedThat(IReadOnlyList<Token> tokens, int that) =>
        tokens[that].Is("that") && that > 0 && tokens[that - 1].IsWord && Entities.Lexicon.AttributionVerbs.Contains(tokens[that - 1].Text);

    private static bool IsPronounOne(IReadOnlyList<Token> tokens, int index)
    {
        // "one or two hundred", "one to three days": the low end of a range.
        if (index + 2 < tokens.Count && (tokens[index + 1].Is("or") || tokens[index + 1].Is("to")) && NumberReader.TryRead(tokens, index + 2, out var upper) && !upper.IsVague)
        {
            return false;
        }

        // "all but one of the members": the exception is counted; so is "only one Republican voted".
        if ((index > 1 && tokens[index - 1].Is("but") && tokens[index - 2].Is("all")) || IsMemberActing(tokens, index + 1))
        {
            return false;
        }

        // "fire kills one", "injuring one": the object of a casualty verb is a victim counted.
        if (index > 0 && tokens[index - 1].IsWord && EventWords.IsVerbEvent(tokens[index - 1].Text)
            && QuantityLexicon.TryEvent(tokens[index - 1].Text, out var sense) && sense.Category == Model.QuantityCategory.Casualties)
        {
            return false;
        }

        if (index > 0 && tokens[index - 1].IsWord && tokens[index - 1].Text.ToLowerInvariant() is "no" or "the" or "any" or "every" or "each" or "this" or "that" or "which" or "someone" or "anyone" or "other" or "another" or "last"
            && !IsReportedThat(tokens, index - 1))
        {
            return true;
        }

        // "the only one who", "only one of them" pick someone out; "recorded only one album", "only one man was hurt" count.
        if (index > 0 && tokens[index - 1].Is("only") && ((index > 1 && tokens[index - 2].IsWord && tokens[index - 2].Text.ToLowerInvariant() is "the" or "my" or "your" or "his" or "her" or "our" or "their" or "its")
            || !NounPhraseReader.IsContentWordAt(tokens, index + 1)))
        {
            return true;
        }

        if (IsElidedListItem(tokens, index))
        {
            return false;
        }

        if (index + 1 >= tokens.Count)
        {
            return true;
        }

        var next = tokens[index + 1];

        // "when she was one": an age, not a pronoun ("when he was one of them" is).
        if (index >= 3 && tokens[index - 1].Is("was") && tokens[index - 3].Is("when") && (!next.IsWord || next.Is("and") || next.Is("but")))
        {
            return false;
        }

        if (next.IsSymbol('-') && !next.SpaceBefore)
        {
            // "one-day", "one-time": the hyphen reader decides; "one-off" idioms are not counts.
            return index + 2 >= tokens.Count || !(QuantityLexicon.TryTimeUnit(tokens[index + 2].Text, out _) || QuantityLexicon.TryMeasureUnit(tokens[index + 2].Text, out _));
        }

        if (IsFollowedByEvent(tokens, index) || IsFollowedByEvent(tokens, EndOfPartitive(tokens, index)))
        {
            return false;
        }

        // "one more case", "one more death": a count added to an earlier one, unless the noun makes an idiom ("one more time").
        if (next.Is("more") && NounPhraseReader.IsContentWordAt(tokens, index + 2) && !tokens[index + 2].IsCapitalized
            && !IdiomaticAfterOne.Contains(tokens[index + 2].Text)
            && (!QuantityLexicon.TryEvent(tokens[index + 2].Text, out _) || EventWords.IsEventNoun(tokens[index + 2].Text)))
        {
            return false;
        }

        if (index > 0 && tokens[index - 1].Is("in") && next.IsWord && OccasionsAfterInOne.Contains(next.Text))
        {
            return true;
        }

        // "one key issue", "one potential scenario": an adjective does not make the idiom a count.
        if (next.IsWord && !next.IsCapitalized && !QuantityLexicon.IsFunctionWord(next.Text) && TokenWindow.IsWordAt(tokens, index + 2)
            && IdiomaticAfterOne.Contains(tokens[index + 2].Text) && !tokens[index + 2].Is("more") && !tokens[index + 2].Is("other"))
        {
            return true;
        }

        // "one takes", "one goes": the generic pronoun before a verb.
        var verbAfter = next.IsWord && next.Text.Length > 3 && next.Text.EndsWith("s", System.StringComparison.Ordinal) && !next.Text.EndsWith("ss", System.StringComparison.Ordinal)
            && !next.Text.EndsWith("us", System.StringComparison.Ordinal) && !next.Text.EndsWith("is", System.StringComparison.Ordinal);
        if (!next.IsWord || next.IsCapitalized || QuantityLexicon.IsFunctionWord(next.Text) || IdiomaticAfterOne.Contains(next.Text) || TokenWindow.EndsWith(next, "ly")
            || verbAfter || TokenWindow.IsPastVerb(next) || next.Text.ToLowerInvariant() is "single" or "equal" or "good" or "particular" or "proper" or "giant")
        {
            // "one day" counts after a qualifier or "for" ("for one day"); elsewhere it is an idiom.
            return !(next.Is("day") && index > 0 && (tokens[index - 1].Is("for") || tokens[index - 1].Is("only") || tokens[index - 1].Is("just")));
        }

        return false;
    }
}
