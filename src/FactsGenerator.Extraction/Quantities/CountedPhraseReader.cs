using System;
using System.Collections.Generic;
using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Numbers;
using FactsGenerator.Extraction.Text;
using static FactsGenerator.Extraction.Quantities.TokenWindow;

namespace FactsGenerator.Extraction.Quantities;

/// <summary>
/// Reads what follows a number: its unit ("%", "days", "dollars"), an adjectival measure ("24-hour offensive",
/// "eleven-month-old boy"), the counted noun phrase ("service personnel", "of its peacekeepers") and the event
/// that happened to it ("were killed", "have taken refuge", or a "killed" further down a list).
/// </summary>
internal static class CountedPhraseReader
{
    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "its", "their", "his", "her", "our", "these", "those", "them", "my", "your", "whom", "which", "this", "all",
    };

    // What a sum of money can be "in": "millions in sales".
    private static readonly HashSet<string> MoneyNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "sales", "revenue", "revenues", "aid", "damages", "funding", "funds", "profits", "profit", "donations", "fines", "compensation",
        "losses", "debt", "debts", "bonuses", "fees", "taxes", "bribes", "ransom", "investment", "investments", "assets", "grants",
        "loans", "payments", "contributions", "subsidies", "settlements", "earnings", "income", "royalties", "salaries", "wages",
    };

    /// <summary>"US$473.60 per metric ton", "$90 a barrel": money per unit of something is a price.</summary>
    private static bool ReadPricePerUnit(IReadOnlyList<Token> tokens, int k, QuantityMention mention)
    {
        if (mention.UnitKind != UnitKind.Currency || !(IsAt(tokens, k, "per") || IsAt(tokens, k, "a"))
            || !NounPhraseReader.Read(tokens, k + 1, out var priced, out _, out var pricedLast)
            || QuantityLexicon.TryTimeUnit(priced, out _) || !char.IsLower(priced[0]))
        {
            return false;
        }

        mention.MeasuredNoun = "price per " + priced.ToLowerInvariant();
        mention.CoverEvidence(pricedLast);

        // "Rs 19,014 per tonne", "$80 a barrel": a price per unit of weight or volume is stated in that unit ("inr per
        // tonne"), as commodity prices are compared; "52 cents a share" or "$20 a ticket" stay sums.
        if (pricedLast == k + 1 && mention.Unit is { } currency && PricedMeasures.TryGetValue(tokens[k + 1].Text, out var measure))
        {
            mention.Unit = currency + " per " + measure;
        }

        return true;
    }

    // Units of weight or volume a commodity is priced by, in the singular.
    private static readonly Dictionary<string, string> PricedMeasures = new(StringComparer.OrdinalIgnoreCase)
    {
        ["tonne"] = "tonne", ["ton"] = "ton", ["quintal"] = "quintal", ["kg"] = "kg", ["kilogram"] = "kilogram", ["kilo"] = "kilo",
        ["litre"] = "litre", ["liter"] = "liter", ["gallon"] = "gallon", ["barrel"] = "barrel", ["ounce"] = "ounce", ["bushel"] = "bushel",
        ["pound"] = "pound", ["lb"] = "lb", ["megawatt-hour"] = "megawatt-hour", ["MWh"] = "MWh", ["kWh"] = "kWh",
    };

    /// <summary>Reads from token <paramref name="start"/> (just after the number) and fills <paramref name="mention"/>. False when the number turns out to count nothing.</summary>
    public static bool Read(IReadOnlyList<Token> tokens, int start, QuantityMention mention)
    {
        var k = start;

        // "six per 100,000": a rate whose counted noun the sentence gave before.
        if (mention.UnitKind == UnitKind.None && RateReader.TryRead(tokens, k, null, mention))
        {
            return true;
        }

        // "29 out of 30 charges", "17 out of 18 of the districts": the part counts what the whole counts.
        if (IsAt(tokens, k, "out") && IsAt(tokens, k + 1, "of") && NumberReader.TryRead(tokens, k + 2, out var outOf) && !outOf.IsVague)
        {
            k = outOf.Last + 1;
        }

        // "years later", "hours after the vote": the vague figure's own token was the unit of time.
        if (mention.Number.IsVague && mention.Value is null && k > 0 && IsWordAt(tokens, k) && k - 1 == mention.Number.Last
            && SentenceQuantityReader.IsOffsetWord(tokens[k])
            && QuantityLexicon.TryTimeUnit(tokens[k - 1].Text, out var offsetUnit))
        {
            mention.Unit = offsetUnit;
            mention.UnitKind = UnitKind.Time;
            mention.CoverEvidence(k);
            return true;
        }

        // "after weeks of talks", "could take days": a stretch of time whose figure is its own unit word.
        if (VagueStretchReader.TryReadUnit(tokens, mention, k))
        {
            return true;
        }

        // "a crowd 5,000 strong": as many people ("five strong candidates" is an adjective before its noun).
        if (IsAt(tokens, k, "strong") && !(NounPhraseReader.IsContentWordAt(tokens, k + 1) && tokens[k + 1].Text.EndsWith("s", StringComparison.Ordinal)))
        {
            mention.Unit = "people";
            mention.UnitKind = UnitKind.People;
            mention.CoverEvidence(k);
            return true;
        }

        // "half a million US dollars", "5 Canadian dollars": the country names the currency.
        // A currency word that is also an everyday word ("reals", "marks", "soles") counts money only after its country.
        var countryNamed = false;
        if (IsWordAt(tokens, k) && IsWordAt(tokens, k + 1) && QuantityLexicon.TryCurrencyWordAfterCountry(tokens[k + 1].Text) && QuantityLexicon.CurrencyOfCountry(tokens[k].Text) is { } country)
        {
            mention.Unit = country;
            countryNamed = true;
            k++;
        }
        else if (IsWordAt(tokens, k) && IsWordAt(tokens, k + 1) && IsWordAt(tokens, k + 2) && QuantityLexicon.TryCurrencyWordAfterCountry(tokens[k + 2].Text)
            && QuantityLexicon.CurrencyOfCountry(tokens[k].Text + " " + tokens[k + 1].Text) is { } twoWordCountry)
        {
            // "Hong Kong dollars", "Sri Lankan rupees".
            mention.Unit = twoWordCountry;
            countryNamed = true;
            k += 2;
        }
        else if (mention.UnitKind == UnitKind.None && IsWordAt(tokens, k) && QuantityLexicon.TryCurrencyCodeAfterAmount(tokens[k].Text, out var codeAfter))
        {
            // "1.5 million USD", "300 EUR", "500INR": the code written after the amount.
            mention.Unit = codeAfter;
            mention.UnitKind = UnitKind.Currency;
            mention.CoverEvidence(k);
            k++;
        }

        if (ReadPricePerUnit(tokens, k, mention))
        {
            return true;
        }

        if (!countryNamed && mention.UnitKind == UnitKind.None && IsAt(tokens, k, "cents") && PropertyTaxRate.IsRateCents(tokens, k))
        {
            // "a tax rate of 50.29 cents per $100 of assessed value": a property-tax rate is stated in cents.
            mention.Unit = "cents";
            mention.UnitKind = UnitKind.Currency;
            mention.CoverEvidence(k);
            return true;
        }

        if (!countryNamed && mention.UnitKind == UnitKind.None && IsWordAt(tokens, k) && QuantityLexicon.TrySubunitCurrency(tokens[k].Text, out var subunitCurrency))
        {
            // "75 cents", "50 pence": a hundredth of the main unit, so the amount is stated in that unit.
            mention.Value /= 100m;
            mention.UpperValue /= 100m;
            mention.Unit = subunitCurrency;
            mention.UnitKind = UnitKind.Currency;
            mention.CoverEvidence(k);

            // "90 cents a share", "5 pence a litre": a hundredth is priced per unit as the main unit is ("$0.90 a share").
            ReadPricePerUnit(tokens, k + 1, mention);
            return true;
        }

        // "three more days", "several additional weeks", "two consecutive days", "33 Earth days": a word for an added
        // amount or for how the time runs stands between the figure and its unit of time, and the figure still counts that time.
        if (mention.UnitKind == UnitKind.None && (IsAddedAmountWordAt(tokens, k) || IsTimeSpanModifierAt(tokens, k)) && IsWordAt(tokens, k + 1)
            && QuantityLexicon.TryTimeUnit(tokens[k + 1].Text, out _))
        {
            k++;
        }

        if (ReadPercent(tokens, ref k, mention))
        {
            SkipComparative(tokens, ref k);
        }
        else if (k < tokens.Count && tokens[k].Kind == TokenKind.Symbol && tokens[k].Text == "\u00B0")
        {
            // "232°C", or "28° Celsius" with the scale spelled out after a space.
            var scale = IsWordAt(tokens, k + 1) && (!tokens[k + 1].SpaceBefore || tokens[k + 1].Text.Length > 1) ? TemperatureScale(tokens[k + 1].Text) : null;
            mention.Unit = scale ?? "degrees";
            mention.UnitKind = UnitKind.Measure;
            mention.CoverEvidence(scale is not null || (IsWordAt(tokens, k + 1) && !tokens[k + 1].SpaceBefore) ? k + 1 : k);
            return true;
        }
        else if (IsWordAt(tokens, k) && k > 0 && tokens[k - 1].IsNumber && tokens[k].Text is "C" or "F"
            && (!tokens[k].SpaceBefore || IsSpacedScaleLetter(tokens, k)))
        {
            // "46.7C (116F)": the scale's letter glued to the figure, as many newspapers write a temperature; or set apart
            // by a space in a sentence about temperature ("the temperature hit 37 C").
            mention.Unit = TemperatureScale(tokens[k].Text);
            mention.UnitKind = UnitKind.Measure;
            mention.CoverEvidence(k);
            return true;
        }
        else if (IsWordAt(tokens, k) && tokens[k].Text.Length > 1 && TemperatureScale(tokens[k].Text) is { } namedScale)
        {
            // "120 fahrenheit (49 Celsius)": the scale's name alone after the figure, "degrees" left out.
            mention.Unit = namedScale;
            mention.UnitKind = UnitKind.Measure;
            mention.CoverEvidence(k);
            return true;
        }
        else if ((IsAt(tokens, k, "degrees") || IsAt(tokens, k, "degree")) && IsWordAt(tokens, k + 1) && TemperatureScale(tokens[k + 1].Text) is { } degreeScale)
        {
            // "40 degrees Celsius", "98.6 degrees F": a temperature on its scale.
            mention.Unit = degreeScale;
            mention.UnitKind = UnitKind.Measure;
            mention.CoverEvidence(k + 1);
            return true;
        }
        else if (IsWordAt(tokens, k) && IsPoundWeight(tokens, k, mention))
        {
            // "weighed 82 pounds", "five pounds of cocaine": pounds of weight, not sterling.
            mention.Unit = "pounds";
            mention.UnitKind = UnitKind.Measure;
            mention.CoverEvidence(k);
            k++;
            if (IsAt(tokens, k, "of") && NounPhraseReader.Read(tokens, k + 1, out var weighed, out _, out var weighedLast))
            {
                mention.MeasuredNoun = weighed;
                mention.CoverEvidence(weighedLast);
            }

            return true;
        }
        else if (IsJoiningHyphenAt(tokens, k) && IsWordAt(tokens, k + 1) && !QuantityLexicon.TryCurrencyCode(tokens[k + 1].Text, out _))
        {
            ReadAdjectivalMeasure(tokens, k, mention);
            return true;
        }
        else if (IsWordAt(tokens, k) && (countryNamed || (QuantityLexicon.TryCurrencyWord(tokens[k].Text, out _) && !(tokens[k].Is("won") && mention.Number.Form == NumberForm.Words))))
        {
            QuantityLexicon.TryCurrencyWord(tokens[k].Text, out var currency);
            mention.Unit ??= currency;
            mention.UnitKind = UnitKind.Currency;
            mention.CoverEvidence(k);
            k++;
            if (ReadPricePerUnit(tokens, k, mention))
            {
                return true;
            }
        }
        else if (IsAt(tokens, k, "light") && LightYearAt(tokens, k) is var yearsAt && yearsAt > 0)
        {
            // "110 light years", "110 light-years".
            mention.Unit = "light years";
            mention.UnitKind = UnitKind.Measure;
            mention.CoverEvidence(yearsAt);
            return true;
        }
        else if (IsWordAt(tokens, k) && QuantityLexicon.TryTimeUnit(tokens[k].Text, out var timeUnit))
        {
            mention.Unit = timeUnit;
            mention.UnitKind = UnitKind.Time;
            mention.CoverEvidence(k);
            k++;

            // "an hour and a half", "two weeks and a half": half a unit more.
            if (NumberReader.AndAHalfAt(tokens, k) is var half && half > 0 && mention.Value is { } whole && whole == decimal.Truncate(whole) && mention.UpperValue is null)
            {
                mention.Value = whole + 0.5m;
                mention.CoverEvidence(half);
                k = half + 1;
            }

            // "a decade later" measures the time between two events; "two months ago" the time since one.
            if (IsAt(tokens, k, "later") || IsAt(tokens, k, "earlier") || IsAt(tokens, k, "afterwards") || IsAt(tokens, k, "ago"))
            {
                mention.CoverEvidence(k);
                return true;
            }

            if (IsLowerEndOfAgeSpan(tokens, k))
            {
                mention.IsAge = true;
                return true;
            }

            // "15 years old", "15 years of age", and the group "10 to 19 year olds".
            var old = IsAt(tokens, k, "old") || IsAt(tokens, k, "olds");
            if (old || (IsAt(tokens, k, "of") && IsAt(tokens, k + 1, "age")))
            {
                k = old ? k : k + 1;
                mention.IsAge = true;
                mention.CoverEvidence(k);
                return true;
            }

            // "two years of war", "a 40 month sentence": the noun the time belongs to.
            var singular = !tokens[k - 1].Text.EndsWith("s", StringComparison.OrdinalIgnoreCase);
            var nounStart = IsAt(tokens, k, "of") ? k + 1 : singular ? k : -1;
            if (nounStart >= 0 && NounPhraseReader.Read(tokens, nounStart, out var measured, out _, out var measuredLast))
            {
                mention.MeasuredNoun = measured;
                mention.CoverEvidence(measuredLast);
            }

            return true;
        }
        else if (AreaOrVolumeUnit(tokens, k, out var dimension, out var areaLast))
        {
            mention.Unit = dimension;
            mention.UnitKind = UnitKind.Measure;
            mention.CoverEvidence(areaLast);
            k = areaLast + 1;
            if (IsAt(tokens, k, "of") && NounPhraseReader.Read(tokens, k + 1, out var covered, out _, out var coveredLast))
            {
                // "35,000 square feet of offices".
                mention.MeasuredNoun = covered;
                mention.CoverEvidence(coveredLast);
                return true;
            }
        }
        else if (IsWordAt(tokens, k) && QuantityLexicon.TryMeasureSymbol(tokens[k].Text, out var symbol))
        {
            mention.Unit = symbol;
            mention.UnitKind = UnitKind.Measure;
            mention.CoverEvidence(k);
            return true;
        }
        else if (IsWordAt(tokens, k) && !tokens[k].IsCapitalized && QuantityLexicon.TryMeasureUnit(tokens[k].Text, out var measure)
            && !(tokens[k].Is("pounds") && mention.UnitKind == UnitKind.Currency))
        {
            mention.Unit = measure;
            mention.UnitKind = UnitKind.Measure;

            // "157 miles per hour", "90 kilometres an hour", "20 km/h": a speed.
            var perHour = (IsAt(tokens, k + 1, "per") || IsAt(tokens, k + 1, "an")) && IsAt(tokens, k + 2, "hour")
                || (IsSymbolAt(tokens, k + 1, '/') && (IsAt(tokens, k + 2, "h") || IsAt(tokens, k + 2, "hr")) && !tokens[k + 2].SpaceBefore);
            if (perHour && measure is "miles" or "km")
            {
                mention.Unit = measure == "miles" ? "mph" : "km/h";
                mention.CoverEvidence(k + 2);
                return true;
            }

            // "340 metres per second", "3 m/s".
            var perSecond = (IsAt(tokens, k + 1, "per") || IsAt(tokens, k + 1, "a")) && IsAt(tokens, k + 2, "second")
                || (IsSymbolAt(tokens, k + 1, '/') && IsAt(tokens, k + 2, "s") && !tokens[k + 2].SpaceBefore);
            if (perSecond && measure is "m" or "meters" or "metres" or "km" or "ft" or "feet")
            {
                mention.Unit = (measure is "meters" or "metres" ? "m" : measure == "feet" ? "ft" : measure) + "/s";
                mention.CoverEvidence(k + 2);
                return true;
            }

            // "75 metres long", "10 km deep", "40 miles away": the dimension measured, said by an adjective the subject goes with.
            if (IsWordAt(tokens, k + 1) && IsDimensionAdjective(tokens[k + 1].Text) && !IsCountableUnit(measure))
            {
                mention.CoverEvidence(k + 1);
                return true;
            }

            // "1,500 hectares of forest": what the measure is of.
            if (IsAt(tokens, k + 1, "of") && NounPhraseReader.Read(tokens, k + 2, out var measured, out _, out var measuredLast))
            {
                mention.MeasuredNoun = measured;
                mention.CoverEvidence(measuredLast);
                return true;
            }
        }

        // "all 25 of Nevada's delegates", "39 of South Carolina's 54 delegates": a possessive name after "of" works as a determiner.
        var possessiveAfterOf = IsAt(tokens, k, "of") && PossessiveNameEnd(tokens, k + 1) > 0;
        if (IsAt(tokens, k, "of") && (mention.Number.Form is NumberForm.Vague or NumberForm.Fraction || mention.UnitKind == UnitKind.Percent
            || (k + 1 < tokens.Count && Determiners.Contains(tokens[k + 1].Text)) || possessiveAfterOf))
        {
            var afterOf = k + 1;
            while (afterOf < tokens.Count && Determiners.Contains(tokens[afterOf].Text))
            {
                afterOf++;
            }

            // "two of Khan's victims", "two of New Zealand's ports": a possessive name works as a determiner.
            if (PossessiveNameEnd(tokens, afterOf) is var possessive && possessive > 0)
            {
                afterOf = possessive + 1;
            }

            // "9 of the county's 30 elected councillors": both numbers count the noun after the second.
            if (afterOf + 2 < tokens.Count && tokens[afterOf].IsWord && tokens[afterOf + 1].Is("'s") && NumberReader.TryRead(tokens, afterOf + 2, out var whole))
            {
                afterOf = whole.Last + 1;
            }
            else if (afterOf > k + 1 && !IsAt(tokens, mention.Number.First - 1, "but") && NumberReader.TryRead(tokens, afterOf, out var total) && !total.IsVague
                && total.Form != NumberForm.Fraction && !NonQuantityFilter.IsNotAQuantity(tokens, total))
            {
                // "12 of the 40 pupils": the part counts the noun after the total ("round 3 of the 2020 season" names a year;
                // "all but one of the 16" leaves the exception uncounted).
                afterOf = total.Last + 1;
            }

            if (afterOf > k + 1 || mention.Number.Form is NumberForm.Vague or NumberForm.Fraction || mention.UnitKind == UnitKind.Percent)
            {
                k = afterOf;
            }
        }
        else if (mention.Number.Form == NumberForm.Fraction && mention.UnitKind == UnitKind.None)
        {
            // "half the houses", "half his sentence".
            while (k < tokens.Count && Determiners.Contains(tokens[k].Text))
            {
                k++;
            }
        }

        // "hundreds of years", "a number of months": a vague stretch of time.
        if (mention.Number.IsVague && mention.UnitKind == UnitKind.None && IsWordAt(tokens, k) && QuantityLexicon.TryTimeUnit(tokens[k].Text, out var vagueUnit)
            && tokens[k].Text.EndsWith("s", StringComparison.OrdinalIgnoreCase))
        {
            mention.Unit = vagueUnit;
            mention.UnitKind = UnitKind.Time;
            mention.CoverEvidence(k);
            return true;
        }

        // "millions of dollars", "thousands of Euros", "millions of Mexican pesos": the currency comes after "of".
        if (mention.UnitKind == UnitKind.None && CurrencyAfterOf(tokens, k) is { } ofCurrency)
        {
            mention.Unit = ofCurrency.Unit;
            mention.UnitKind = UnitKind.Currency;
            mention.CoverEvidence(ofCurrency.Last);
            k = ofCurrency.Last + 1;
        }

        // "millions in sales", "billions in aid": a vague sum named by what the money is; dollars, the usual currency of such sums.
        if (mention.UnitKind == UnitKind.None && mention.Number.IsVague && IsAt(tokens, k, "in") && IsWordAt(tokens, k + 1) && MoneyNouns.Contains(tokens[k + 1].Text))
        {
            mention.Unit = "usd";
            mention.UnitKind = UnitKind.Currency;
        }

        // "$400 million in military aid", "US$5 million of funding": what the money is.
        if (mention.UnitKind == UnitKind.Currency && (IsAt(tokens, k, "in") || IsAt(tokens, k, "of")) && NounPhraseReader.IsContentWordAt(tokens, k + 1)
            && !IsMarketSession(tokens, k))
        {
            k++;
        }
        else if (mention.UnitKind == UnitKind.Currency && RatePeriodEnd(tokens, k) is var afterRate && afterRate > k && IsAt(tokens, afterRate, "in")
            && NounPhraseReader.IsContentWordAt(tokens, afterRate + 1) && !IsMarketSession(tokens, afterRate))
        {
            // "$5 million a year in taxes": the rate stands between the sum and what the money is.
            k = afterRate + 1;
        }
        else if (mention.UnitKind == UnitKind.Currency && IsAt(tokens, k, "from") && MoneySourceStart(tokens, k + 1) is { } source)
        {
            // "$600 million from a forfeiture fund": the fund the money comes from says what the sum is.
            k = source;
        }

        // "6900 [employees]": in a transcript, the editor's bracketed noun says what the spoken figure counts; after a
        // counting-out ("one, two, three [counts]") the bracket describes the speaker instead.
        var bracketed = mention.UnitKind == UnitKind.None && IsSymbolAt(tokens, k, '[') && IsWordAt(tokens, k + 1) && !tokens[k + 1].IsCapitalized
            && !IsCountingOut(tokens, mention.Number.First);
        if (bracketed)
        {
            k++;
        }

        var countsMany = mention.Value is null or > 1m;
        if (NounPhraseReader.Read(tokens, k, countsMany, out var head, out var modifiers, out var last)
            && !(bracketed && !IsSymbolAt(tokens, last + 1, ']'))
            && !(countsMany && mention.UnitKind == UnitKind.None && modifiers is null && NounPhraseReader.IsSingularCommonWord(head) && CountsWholeThings(tokens, mention.Number)))
        {
            if (mention.UnitKind == UnitKind.Measure && string.Equals(head, tokens[k].Text, StringComparison.OrdinalIgnoreCase) && last == k)
            {
                // "66 seats": the unit noun is also what is counted; "75 m" only measures.
                mention.Head = IsCountableUnit(mention.Unit) ? head : null;
            }
            else
            {
                mention.Head = head;
                mention.Modifiers = modifiers;
                if (QuantityLexicon.TryMeasureUnit(tokens[k].Text, out var firstUnit) && last > k && mention.UnitKind == UnitKind.None)
                {
                    // "149 vote margin": the first word is the unit of the figure.
                    mention.Unit = firstUnit;
                    mention.UnitKind = UnitKind.Measure;
                }
            }

            // "a 6.4 quake": a small decimal before an earthquake is its magnitude.
            if (mention.UnitKind == UnitKind.None && IsQuake(head) && mention.Value is < 10m)
            {
                mention.Unit = "magnitude";
                mention.UnitKind = UnitKind.Measure;
            }

            if (InstitutionalBodies(head, modifiers) is { } institution)
            {
                // "76 of the 108 civic bodies", "12 local bodies": councils and boards, not corpses.
                mention.Head = institution.ToLowerInvariant() + " bodies";
                mention.Modifiers = modifiers!.Length > institution.Length ? modifiers.Substring(0, modifiers.Length - institution.Length - 1) : null;
            }
            else if (EventWords.IsEventNoun(head) && QuantityLexicon.TryEvent(head, out var nounEvent))
            {
                mention.Event = nounEvent;
            }
            else if (SingleTollNoun.Mark(tokens, mention, head, modifiers, last))
            {
                // "one fatality", "One body has been recovered": a toll of one.
            }
            else if (modifiers is not null && QuantityLexicon.IsPeopleLike(head) && FirstWord(modifiers) is { } adjective && EventWords.IsEventNoun(adjective)
                && QuantityLexicon.TryEvent(adjective, out var adjectiveEvent))
            {
                mention.Event = adjectiveEvent;
            }

            if (bracketed)
            {
                last++;
            }

            mention.CoverEvidence(last);
            k = last + 1;
        }
        else if (mention.UnitKind is UnitKind.Measure or UnitKind.Currency)
        {
            mention.CoverEvidence(k - 1);
        }

        // "66 people or more were injured": the event comes after the qualifier.
        var (trailing, trailingLast) = QualifierReader.ReadRight(tokens, k);
        if (trailing != Qualifier.Exact)
        {
            mention.Qualifier = QualifierReader.WithTrailing(mention.Qualifier, trailing);
            mention.CoverEvidence(trailingLast);
            k = trailingLast + 1;
        }

        // "victims died": the verb says more than the noun.
        if (mention.Event is null || mention.Event.Value.Label == "casualties")
        {
            EventReader.Read(tokens, k, mention);
        }

        return true;
    }

    private static bool ReadPercent(IReadOnlyList<Token> tokens, ref int k, QuantityMention mention)
    {
        // "10 percentage points", "a 10 percentage-point increase".
        if (IsAt(tokens, k, "percentage") && (IsAt(tokens, k + 1, "points") || IsAt(tokens, k + 1, "point")
            || (IsJoiningHyphenAt(tokens, k + 1) && IsAt(tokens, k + 2, "point"))))
        {
            var last = IsJoiningHyphenAt(tokens, k + 1) ? k + 2 : k + 1;
            mention.Unit = "percentage points";
            mention.UnitKind = UnitKind.Percent;
            mention.CoverEvidence(last);
            k = last + 1;
            return true;
        }

        var end = -1;
        if (IsSymbolAt(tokens, k, '%') || IsAt(tokens, k, "percent") || IsAt(tokens, k, "pc"))
        {
            end = k;
        }
        else if (IsAt(tokens, k, "per") && IsAt(tokens, k + 1, "cent"))
        {
            end = k + 1;
        }

        if (end < 0)
        {
            return false;
        }

        mention.Unit = "percent";
        mention.UnitKind = UnitKind.Percent;
        if (IsAt(tokens, end + 1, "points") || (IsAt(tokens, end + 1, "percentage") && IsAt(tokens, end + 2, "points")))
        {
            mention.Unit = "percentage points";
            end = IsAt(tokens, end + 1, "points") ? end + 1 : end + 2;
        }

        mention.CoverEvidence(end);
        k = end + 1;

        // "fell 3.1 percent year on year", "rose 2% month-on-month": how the change was measured, not what is counted.
        if (PeriodOnPeriodEnd(tokens, k) is { } periodEnd)
        {
            mention.CoverEvidence(periodEnd);
            k = periodEnd + 1;
        }

        return true;
    }

    // The last token of "year on year", "year-on-year", "month over month" at <paramref name="k"/>, or null.
    private static int? PeriodOnPeriodEnd(IReadOnlyList<Token> tokens, int k)
    {
        var hyphened = IsJoiningHyphenAt(tokens, k + 1);
        var link = hyphened ? k + 2 : k + 1;
        var second = hyphened ? k + 4 : k + 2;
        var isPeriod = IsWordAt(tokens, k) && QuantityLexicon.IsPeriodWord(tokens[k]);
        return isPeriod && (IsAt(tokens, link, "on") || IsAt(tokens, link, "over")) && (!hyphened || IsJoiningHyphenAt(tokens, k + 3))
            && IsAt(tokens, second, tokens[k].Text) ? second : null;
    }

    // "a year", "per month", "each week" after a sum: where the period it is paid in ends, or <paramref name="k"/> when none is written.
    private static int RatePeriodEnd(IReadOnlyList<Token> tokens, int k)
    {
        if (!(IsAt(tokens, k, "a") || IsAt(tokens, k, "an") || IsAt(tokens, k, "per") || IsAt(tokens, k, "each") || IsAt(tokens, k, "every"))
            || !IsWordAt(tokens, k + 1) || !QuantityLexicon.TryTimeUnit(tokens[k + 1].Text, out _) || tokens[k + 1].Text.EndsWith("s", StringComparison.OrdinalIgnoreCase))
        {
            return k;
        }

        return k + 2;
    }

    // The noun phrase after "from" when it names a common thing ("a construction budget", "anti-drug programs"), not a
    // name or a number ("from the Health Department", "from $3 million"): only such a source says what a sum is.
    private static int? MoneySourceStart(IReadOnlyList<Token> tokens, int start)
    {
        var k = IsAt(tokens, start, "a") || IsAt(tokens, start, "an") || IsAt(tokens, start, "the") ? start + 1 : start;
        if (!NounPhraseReader.IsContentWordAt(tokens, k) || !NounPhraseReader.Read(tokens, k, true, out var head, out _, out _) || char.IsUpper(head[0]))
        {
            return null;
        }

        return k;
    }

    // "closed at $38.20 in early trading", "in New York dealings": when the price was set, not what the money is
    // ("$40 billion in trade" is the trade's worth, so "trade" is no session).
    private static bool IsMarketSession(IReadOnlyList<Token> tokens, int preposition) =>
        tokens[preposition].Is("in") && NounPhraseReader.Read(tokens, preposition + 1, out var head, out _, out _)
        && head.ToLowerInvariant() is "trading" or "dealings" or "session";

    private static void SkipComparative(IReadOnlyList<Token> tokens, ref int k)
    {
        if (IsAt(tokens, k, "more") || IsAt(tokens, k, "fewer") || IsAt(tokens, k, "less"))
        {
            k++;
        }
    }

    /// <summary>"three-dimensional", "two-handed", "one-sided": an adjective built on a number, not a count.</summary>
    public static bool IsAdjectiveCompound(IReadOnlyList<Token> tokens, int hyphen)
    {
        if (!IsJoiningHyphenAt(tokens, hyphen) || !IsWordAt(tokens, hyphen + 1))
        {
            return false;
        }

        var word = tokens[hyphen + 1];
        if (QuantityLexicon.TryTimeUnit(word.Text, out _) || QuantityLexicon.TryMeasureUnit(word.Text, out _))
        {
            return false;
        }

        return EndsWith(word, "ed") || EndsWith(word, "al") || EndsWith(word, "ic") || EndsWith(word, "ing") || EndsWith(word, "ish")
            || EndsWith(word, "th") || word.Text.ToLowerInvariant() is "off" or "way" or "fold" or "time" or "stop" or "party" or "sided" or "shot";
    }

    // "44-day war", "24-hour Velmorian offensive", "eleven-month-old boy", "ten-storey building", "a 500-strong force".
    private static void ReadAdjectivalMeasure(IReadOnlyList<Token> tokens, int hyphen, QuantityMention mention)
    {
        var word = tokens[hyphen + 1];
        var last = hyphen + 1;
        if (QuantityLexicon.TryTimeUnit(word.Text, out var time))
        {
            mention.Unit = time;
            mention.UnitKind = UnitKind.Time;
        }
        else if (QuantityLexicon.TryMeasureUnit(word.Text, out var measure))
        {
            mention.Unit = measure;
            mention.UnitKind = UnitKind.Measure;
        }
        else if (QuantityLexicon.TryCurrencyWord(word.Text, out var currency))
        {
            // "a billion-dollar project".
            mention.Unit = currency;
            mention.UnitKind = UnitKind.Currency;
        }
        else if (word.Is("long") && QuantityLexicon.TryTimeUnit(tokens[hyphen - 1].Text, out var vagueTime))
        {
            // "months-long": the number token itself was the unit.
            mention.Unit = vagueTime;
            mention.UnitKind = UnitKind.Time;
        }
        else if (word.Is("strong") || word.Is("man") || word.Is("person") || word.Is("member"))
        {
            mention.Unit = "people";
            mention.UnitKind = UnitKind.People;
        }
        else if (word.Is("plus"))
        {
            last = hyphen;
        }
        else
        {
            mention.Unit = Plural(word.Text.ToLowerInvariant());
            mention.UnitKind = UnitKind.Noun;
        }

        // "-old" ("-olds" for a group of that age) makes an age, "-long" keeps a duration.
        if (IsJoiningHyphenAt(tokens, last + 1) && IsWordAt(tokens, last + 2))
        {
            if (tokens[last + 2].Is("old") || tokens[last + 2].Is("olds"))
            {
                mention.IsAge = true;
                last += 2;
            }
            else if (tokens[last + 2].Is("long"))
            {
                last += 2;
            }
        }
        else if (mention.UnitKind == UnitKind.Time && (IsAt(tokens, last + 1, "old") || IsAt(tokens, last + 1, "olds")))
        {
            // "a 31-year old woman": the second hyphen is often dropped in news copy; it is still an age, not a duration.
            mention.IsAge = true;
            last += 1;
        }

        mention.CoverEvidence(last);
        if (NounPhraseReader.Read(tokens, last + 1, out var noun, out _, out var nounLast))
        {
            mention.MeasuredNoun = noun;
            mention.CoverEvidence(nounLast);
        }
    }

    /// <summary>
    /// A whole count of separate things, whose noun is plural: not a decimal measure ("a 5.0 earthquake") nor a
    /// number inside a singular phrase ("a 10 win season").
    /// </summary>
    private static bool CountsWholeThings(IReadOnlyList<Token> tokens, NumberMatch number)
    {
        if (IsAt(tokens, number.First - 1, "a") || IsAt(tokens, number.First - 1, "an"))
        {
            return false;
        }

        for (var i = number.First; i <= number.Last; i++)
        {
            if (tokens[i].IsNumber && tokens[i].Text.IndexOf('.') >= 0)
            {
                return false;
            }
        }

        return true;
    }

    private static string FirstWord(string words)
    {
        var space = words.IndexOf(' ');
        return space < 0 ? words : words.Substring(0, space);
    }

    // How far from a spaced scale letter a word of temperature may stand ("The highest temperature on Sunday was 33.2 C").
    private const int TemperatureWordReach = 20;

    // Words that make a sentence one about temperature, so that a spaced "C" or "F" after a figure is its scale.
    private static readonly HashSet<string> TemperatureWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "temperature", "temperatures", "degrees", "heat", "heatwave", "hot", "hotter", "hottest", "cold", "colder", "coldest",
        "warm", "warmer", "warmest", "high", "highs", "low", "lows", "thermometer", "thermometers", "mercury", "freezing",
    };

    /// <summary>
    /// "the temperature hit 37 C in Velm", "highs of 40 C": a spaced scale letter not followed by a capitalised word
    /// ("12 C Street"), in a sentence that speaks of temperature ("rated 3 C" is a grade or a name, not a temperature).
    /// </summary>
    private static bool IsSpacedScaleLetter(IReadOnlyList<Token> tokens, int k)
    {
        if ((IsWordAt(tokens, k + 1) && tokens[k + 1].IsCapitalized) || (k + 1 < tokens.Count && tokens[k + 1].IsNumber))
        {
            return false;
        }

        // Within a bounded window, so that a sentence of many such figures is still read in linear time.
        for (var i = Math.Max(0, k - TemperatureWordReach); i < tokens.Count && i <= k + TemperatureWordReach; i++)
        {
            if (tokens[i].IsWord && TemperatureWords.Contains(tokens[i].Text))
            {
                return true;
            }
        }

        return false;
    }

    // "Celsius", "centigrade", "Fahrenheit" and their one-letter symbols name the scale of a temperature; the unit is
    // the scale's name, as readers search for it.
    private static string? TemperatureScale(string word) => word switch
    {
        "C" or "Celsius" or "celsius" or "centigrade" or "Centigrade" => "celsius",
        "F" or "Fahrenheit" or "fahrenheit" => "fahrenheit",
        _ => null,
    };

    /// <summary>
    /// "square kilometres", "sq mi", "cubic metres", "km²": an area or volume, read as "square km" or "cubic m".
    /// <paramref name="last"/> is the unit's last token.
    /// </summary>
    private static bool AreaOrVolumeUnit(IReadOnlyList<Token> tokens, int k, out string unit, out int last)
    {
        unit = string.Empty;
        last = -1;
        var dimension = IsAt(tokens, k, "square") || IsAt(tokens, k, "sq") ? "square" : IsAt(tokens, k, "cubic") ? "cubic" : null;
        if (dimension is not null)
        {
            var u = IsSymbolAt(tokens, k + 1, '.') && IsAt(tokens, k, "sq") ? k + 2 : k + 1;
            if (!IsWordAt(tokens, u) || !QuantityLexicon.TryMeasureUnit(tokens[u].Text, out var length) || !QuantityLexicon.IsLengthUnit(length))
            {
                return false;
            }

            unit = dimension + " " + length;
            last = u;
            return true;
        }

        // "415 km²", "20 m³".
        if (IsWordAt(tokens, k) && QuantityLexicon.TryMeasureUnit(tokens[k].Text, out var linear) && QuantityLexicon.IsLengthUnit(linear) && k + 1 < tokens.Count
            && !tokens[k + 1].SpaceBefore && tokens[k + 1].Text is "\u00B2" or "\u00B3" or "2" or "3")
        {
            unit = (tokens[k + 1].Text is "\u00B2" or "2" ? "square " : "cubic ") + linear;
            last = k + 1;
            return true;
        }

        return false;
    }

    // Where "years" of "light years" or "light-years" stands; 0 when it does not follow.
    private static int LightYearAt(IReadOnlyList<Token> tokens, int light)
    {
        var years = IsJoiningHyphenAt(tokens, light + 1) ? light + 2 : light + 1;
        return IsWordAt(tokens, years) && QuantityLexicon.TryTimeUnit(tokens[years].Text, out _) ? years : 0;
    }

    private static bool IsDimensionAdjective(string word) => word.ToLowerInvariant() is "long" or "wide" or "high" or "deep" or "tall" or "thick"
        or "away" or "across" or "apart" or "offshore" or "inland" or "underground" or "below" or "above" or "north" or "south" or "east" or "west"
        or "northeast" or "northwest" or "southeast" or "southwest" or "downstream" or "upstream" or "heavy" or "short";

    /// <summary>
    /// "Pounds" weigh rather than pay when a weighing verb is near ("weighed 82 pounds"), when they are of a substance
    /// ("five pounds of cocaine"), when a conversion into kilograms follows ("1,200 pounds (544 kilograms)"); their unit is `pounds` as written ("lb" stays `lb`). A sum in sterling has its sign or "pounds sterling".
    /// </summary>
    private static bool IsPoundWeight(IReadOnlyList<Token> tokens, int k, QuantityMention mention)
    {
        if (mention.UnitKind == UnitKind.Currency || !(tokens[k].Is("pounds") || tokens[k].Is("pound")))
        {
            return false;
        }

        if (IsAt(tokens, k + 1, "of") && IsWordAt(tokens, k + 2) && !tokens[k + 2].IsCapitalized && !QuantityLexicon.IsFunctionWord(tokens[k + 2].Text)
            && !MoneyNouns.Contains(tokens[k + 2].Text))
        {
            return true;
        }

        for (var i = mention.Number.First - 1; i >= 0 && i >= mention.Number.First - 4; i--)
        {
            if (tokens[i].IsWord && tokens[i].Text.StartsWith("weigh", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        // "1,200 pounds (544 kilograms)": a conversion in brackets into a weight shows what the pounds are.
        if (IsSymbolAt(tokens, k + 1, '(') && k + 3 < tokens.Count && tokens[k + 2].IsNumber && IsWordAt(tokens, k + 3)
            && QuantityLexicon.TryMeasureUnit(tokens[k + 3].Text, out var converted) && converted is "kg" or "tonnes" or "tons" or "grams")
        {
            return true;
        }

        return IsAt(tokens, k + 1, "heavier") || IsAt(tokens, k + 1, "lighter");
    }

    // Adjectives that make "bodies" institutions ("civic bodies", "local bodies", "governing bodies") rather than the dead.
    private static readonly HashSet<string> InstitutionAdjectives = new(StringComparer.OrdinalIgnoreCase)
    {
        "civic", "local", "municipal", "urban", "rural", "governing", "statutory", "regulatory", "professional", "sporting",
        "legislative", "elected", "advisory", "administrative", "autonomous", "constitutional", "international", "oversight",
        "accrediting", "standard-setting", "celestial", "heavenly", "water",
    };

    /// <summary>The institution adjective before "bodies" ("civic" in "108 civic bodies"); null otherwise.</summary>
    private static string? InstitutionalBodies(string head, string? modifiers)
    {
        if (modifiers is null || !head.Equals("bodies", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var space = modifiers.LastIndexOf(' ');
        var adjective = space < 0 ? modifiers : modifiers.Substring(space + 1);
        return InstitutionAdjectives.Contains(adjective) ? adjective : null;
    }

    public static bool IsQuake(string word) => word.ToLowerInvariant() is "quake" or "earthquake" or "tremor" or "temblor" or "aftershock";

    private static bool IsCountableUnit(string? unit) => unit is "seats" or "votes" or "floors" or "storeys" or "stories" or "barrels";

    public static string Plural(string word) =>
        word.EndsWith("s", StringComparison.Ordinal) || NounPhraseReader.IsInvariantPlural(word) ? word
        : word.EndsWith("y", StringComparison.Ordinal) && word.Length > 2 && "aeiou".IndexOf(word[word.Length - 2]) < 0 ? word.Substring(0, word.Length - 1) + "ies"
        : word.EndsWith("ch", StringComparison.Ordinal) || word.EndsWith("sh", StringComparison.Ordinal) || word.EndsWith("x", StringComparison.Ordinal) ? word + "es"
        : word + "s";

    /// <summary>
    /// "between six months and five years of age", "from 6 months to 2 years old": the age written last makes the
    /// first time an age as well.
    /// </summary>
    private static bool IsLowerEndOfAgeSpan(IReadOnlyList<Token> tokens, int k)
    {
        if (!(IsAt(tokens, k, "and") || IsAt(tokens, k, "to")) || k + 3 >= tokens.Count
            || !(tokens[k + 1].IsNumber || NumberWords.IsCardinalWord(tokens[k + 1].Text)) || !QuantityLexicon.TryTimeUnit(tokens[k + 2].Text, out _))
        {
            return false;
        }

        return IsAt(tokens, k + 3, "old") || (IsAt(tokens, k + 3, "of") && IsAt(tokens, k + 4, "age"));
    }

    /// <summary>The currency written at <paramref name="k"/> after a vague amount's "of", and its last token, or null.</summary>
    private static (string Unit, int Last)? CurrencyAfterOf(IReadOnlyList<Token> tokens, int k)
    {
        if (IsWordAt(tokens, k) && IsWordAt(tokens, k + 1) && QuantityLexicon.TryCurrencyWordAfterCountry(tokens[k + 1].Text)
            && QuantityLexicon.CurrencyOfCountry(tokens[k].Text) is { } country)
        {
            return (country, k + 1);
        }

        // A capitalised currency word may open a longer name ("the Rand Corporation"): it is money only when no capitalised word follows.
        if (IsWordAt(tokens, k) && QuantityLexicon.TryCurrencyWord(tokens[k].Text, out var currency)
            && (!tokens[k].IsCapitalized || !(k + 1 < tokens.Count && tokens[k + 1].IsCapitalized)))
        {
            return (currency, k);
        }

        return null;
    }

    // Longest name read before its "'s" ("Khan's", "South Carolina's").
    private const int PossessiveNameWords = 3;

    /// <summary>Where the "'s" of a capitalised name starting at <paramref name="first"/> stands, or -1.</summary>
    private static int PossessiveNameEnd(IReadOnlyList<Token> tokens, int first)
    {
        for (var k = first; k < first + PossessiveNameWords && IsWordAt(tokens, k) && tokens[k].IsCapitalized; k++)
        {
            if (IsAt(tokens, k + 1, "'s"))
            {
                return k + 1;
            }
        }

        return -1;
    }

    private static bool IsCountingOut(IReadOnlyList<Token> tokens, int numberFirst) =>
        numberFirst >= 2 && IsSymbolAt(tokens, numberFirst - 1, ',') && (tokens[numberFirst - 2].IsNumber || NumberWords.IsCardinalWord(tokens[numberFirst - 2].Text));

    private static bool IsAddedAmountWordAt(IReadOnlyList<Token> tokens, int index) =>
        IsWordAt(tokens, index) && tokens[index].Text.ToLowerInvariant() is "more" or "additional" or "extra" or "further";

    // How a stretch of time runs ("consecutive days", "three straight weeks", "ten calendar days"), or whose days and
    // years they are ("33 Earth days" on another planet).
    private static bool IsTimeSpanModifierAt(IReadOnlyList<Token> tokens, int index) =>
        IsWordAt(tokens, index) && (QuantityLexicon.IsUnbrokenRunWord(tokens[index].Text) || tokens[index].Text.ToLowerInvariant() is "full" or "whole"
            or "calendar" or "solid" or "long" or "working" or "business" or "earth");
}
