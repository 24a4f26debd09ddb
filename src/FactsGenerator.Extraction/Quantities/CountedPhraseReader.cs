using System;
using System.Collections.Generic;
using System.Text;
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
    private const int MaxPhraseWords = 4;

    private static readonly HashSet<string> Auxiliaries = new(StringComparer.OrdinalIgnoreCase)
    {
        "were", "was", "are", "is", "have", "has", "had", "been", "being", "be", "reportedly", "also", "later", "all", "now",
        "still", "feared", "believed", "confirmed", "reported", "thought", "presumed", "left", "to", "allegedly", "initially",
        "had", "already", "since", "apparently", "who", "that", "say", "said", "subsequently", "then", "being", "got", "became",
        "remain", "remained", "remains", "either", "both",
    };

    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "its", "their", "his", "her", "our", "these", "those", "them", "my", "your", "whom", "which", "this",
    };

    private static readonly HashSet<string> ClauseBoundaries = new(StringComparer.OrdinalIgnoreCase)
    {
        "which", "who", "while", "but", "after", "when", "because", "although", "though", "whereas", "since", "as", "before", "said",
    };

    private static readonly HashSet<string> NounEvents = new(StringComparer.OrdinalIgnoreCase)
    {
        "deaths", "casualties", "victims", "bodies", "fatalities", "injuries", "refugees", "evacuees", "dead", "wounded", "injured",
        "missing", "homeless", "displaced", "lives", "murders", "killings", "homicides",
    };

    // Verbs that commonly follow a counted noun; they end the noun phrase ("one vaccine appears able").
    private static readonly HashSet<string> ClauseVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "appears", "appear", "seems", "seem", "remain", "remains", "say", "says", "become", "becomes", "include", "includes",
        "need", "needs", "want", "wants", "face", "faces", "take", "takes", "make", "makes", "get", "gets", "go", "goes", "come",
        "comes", "continue", "continues", "show", "shows", "suggest", "suggests", "live", "work", "works", "use", "uses", "hold",
        "holds", "receive", "receives", "cost", "costs", "stand", "stands", "attend", "attends", "gather", "join", "joins",
    };

    /// <summary>Reads from token <paramref name="start"/> (just after the number) and fills <paramref name="mention"/>. False when the number turns out to be a relative time ("two days ago").</summary>
    public static bool Read(IReadOnlyList<Token> tokens, int start, QuantityMention mention)
    {
        var k = start;
        if (ReadPercent(tokens, ref k, mention))
        {
            SkipComparative(tokens, ref k);
        }
        else if (IsJoiningHyphenAt(tokens, k) && IsWordAt(tokens, k + 1))
        {
            ReadAdjectivalMeasure(tokens, k, mention);
            return true;
        }
        else if (IsWordAt(tokens, k) && QuantityLexicon.TryCurrencyWord(tokens[k].Text, out var currency) && !(tokens[k].Is("won") && mention.Number.Form == NumberForm.Words))
        {
            mention.Unit ??= currency;
            mention.UnitKind = UnitKind.Currency;
            mention.CoverEvidence(k);
            k++;
        }
        else if (IsWordAt(tokens, k) && QuantityLexicon.TryTimeUnit(tokens[k].Text, out var timeUnit))
        {
            mention.Unit = timeUnit;
            mention.UnitKind = UnitKind.Time;
            mention.CoverEvidence(k);
            k++;
            if (IsAt(tokens, k, "ago") || IsAt(tokens, k, "later") || IsAt(tokens, k, "earlier") || IsAt(tokens, k, "afterwards"))
            {
                return false;
            }

            if (IsAt(tokens, k, "old"))
            {
                mention.IsAge = true;
                mention.CoverEvidence(k);
                return true;
            }

            if (IsAt(tokens, k, "of") && ReadNounPhrase(tokens, k + 1, out var measured, out _, out var measuredLast))
            {
                mention.MeasuredNoun = measured;
                mention.CoverEvidence(measuredLast);
            }

            return true;
        }
        else if (IsWordAt(tokens, k) && !tokens[k].IsCapitalized && QuantityLexicon.TryMeasureUnit(tokens[k].Text, out var measure)
            && !(tokens[k].Is("pounds") && mention.UnitKind == UnitKind.Currency))
        {
            mention.Unit = measure;
            mention.UnitKind = UnitKind.Measure;
        }

        if (IsAt(tokens, k, "of") && (mention.Number.Form is NumberForm.Vague or NumberForm.Fraction || mention.UnitKind == UnitKind.Percent
            || (k + 1 < tokens.Count && Determiners.Contains(tokens[k + 1].Text))))
        {
            var afterOf = k + 1;
            while (afterOf < tokens.Count && Determiners.Contains(tokens[afterOf].Text))
            {
                afterOf++;
            }

            // "two of Khan's victims": a possessive name works as a determiner.
            if (afterOf + 1 < tokens.Count && tokens[afterOf].IsCapitalized && tokens[afterOf + 1].Is("'s"))
            {
                afterOf += 2;
            }

            if (afterOf > k + 1 || mention.Number.Form is NumberForm.Vague or NumberForm.Fraction || mention.UnitKind == UnitKind.Percent)
            {
                k = afterOf;
            }
        }

        if (ReadNounPhrase(tokens, k, out var head, out var modifiers, out var last))
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

            if (NounEvents.Contains(head) && QuantityLexicon.TryEvent(head, out var nounEvent))
            {
                mention.Event = nounEvent;
            }

            mention.CoverEvidence(last);
            k = last + 1;
        }
        else if (mention.UnitKind is UnitKind.Measure or UnitKind.Currency)
        {
            mention.CoverEvidence(k - 1);
        }

        // "victims died": the verb says more than the noun.
        if (mention.Event is null || mention.Event.Value.Label == "casualties")
        {
            ReadEventAfter(tokens, k, mention);
        }

        return true;
    }

    private static bool ReadPercent(IReadOnlyList<Token> tokens, ref int k, QuantityMention mention)
    {
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
        return true;
    }

    private static void SkipComparative(IReadOnlyList<Token> tokens, ref int k)
    {
        if (IsAt(tokens, k, "more") || IsAt(tokens, k, "fewer") || IsAt(tokens, k, "less"))
        {
            k++;
        }
    }

    // "44-day war", "24-hour Azerbaijani offensive", "eleven-month-old boy", "ten-storey building", "a 500-strong force".
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

        // "-old" makes an age, "-long" keeps a duration.
        if (IsJoiningHyphenAt(tokens, last + 1) && IsWordAt(tokens, last + 2))
        {
            if (tokens[last + 2].Is("old"))
            {
                mention.IsAge = true;
                last += 2;
            }
            else if (tokens[last + 2].Is("long"))
            {
                last += 2;
            }
        }

        mention.CoverEvidence(last);
        if (ReadNounPhrase(tokens, last + 1, out var noun, out _, out var nounLast))
        {
            mention.MeasuredNoun = noun;
            mention.CoverEvidence(nounLast);
        }
    }

    /// <summary>Reads a short noun phrase (modifiers and a head noun) starting at <paramref name="start"/>.</summary>
    public static bool ReadNounPhrase(IReadOnlyList<Token> tokens, int start, out string head, out string? modifiers, out int last)
    {
        head = string.Empty;
        modifiers = null;
        last = -1;
        var words = new List<string>();
        var k = start;
        while (k < tokens.Count && words.Count < MaxPhraseWords)
        {
            var token = tokens[k];
            if (token.Is("'s") && words.Count > 0 && IsWordAt(tokens, k + 1))
            {
                // "our planet's oxygen": the possessor becomes a modifier.
                k++;
                continue;
            }

            if (!token.IsWord || QuantityLexicon.IsFunctionWord(token.Text) || EndsWith(token, "ly") || NumberWords.IsCardinalWord(token.Text))
            {
                break;
            }

            if (QuantityLexicon.TryEvent(token.Text, out _) && !NounEvents.Contains(token.Text))
            {
                break;
            }

            if (words.Count > 0 && (IsPastVerb(token) || ClauseVerbs.Contains(token.Text) || EndsWith(token, "ing") || QuantityLexicon.IsPopulationVerb(token.Text) || NounEvents.Contains(token.Text) && !IsWordAt(tokens, k + 1)))
            {
                break;
            }

            var text = token.Text;

            // Hyphenated compounds stay one word: "Nagorno-Karabakh residents".
            while (IsJoiningHyphenAt(tokens, k + 1) && IsWordAt(tokens, k + 2))
            {
                text += "-" + tokens[k + 2].Text;
                k += 2;
            }

            words.Add(text);
            last = k;
            k++;
            if (NounEvents.Contains(token.Text))
            {
                break;
            }
        }

        if (words.Count == 0)
        {
            return false;
        }

        head = words[words.Count - 1];
        if (words.Count > 1)
        {
            var builder = new StringBuilder();
            for (var i = 0; i < words.Count - 1; i++)
            {
                builder.Append(i == 0 ? string.Empty : " ").Append(words[i]);
            }

            modifiers = builder.ToString();
        }

        return true;
    }

    private static void ReadEventAfter(IReadOnlyList<Token> tokens, int k, QuantityMention mention)
    {
        // "personnel killed", "were killed", "have taken refuge", "in Nagorno-Karabakh were killed".
        var p = k;
        if (IsPreposition(tokens, p))
        {
            var q = p + 1;
            var limit = Math.Min(tokens.Count, p + 7);
            while (q < limit && (IsWordAt(tokens, q) || IsJoiningHyphenAt(tokens, q)) && !Auxiliaries.Contains(tokens[q].Text)
                && !IsVerbEvent(tokens[q].Text) && !ClauseBoundaries.Contains(tokens[q].Text))
            {
                q++;
            }

            if (q < tokens.Count && (Auxiliaries.Contains(tokens[q].Text) || IsVerbEvent(tokens[q].Text)) && q > p + 1)
            {
                p = q;
            }
        }

        var verbIndex = -1;
        var afterAux = p;
        while (afterAux < tokens.Count && afterAux < p + 4 && (Auxiliaries.Contains(tokens[afterAux].Text) || (EndsWith(tokens[afterAux], "ly") && afterAux > p)))
        {
            afterAux++;
        }

        for (var q = afterAux; q < Math.Min(tokens.Count, afterAux + 3); q++)
        {
            if (!tokens[q].IsWord)
            {
                break;
            }

            if (QuantityLexicon.TryEvent(tokens[q].Text, out var sense))
            {
                mention.Event = sense;
                mention.CoverEvidence(q);
                return;
            }

            if (q == afterAux && QuantityLexicon.IsPopulationVerb(tokens[q].Text))
            {
                mention.LivesThere = true;
                return;
            }

            if (q == afterAux && IsPastVerb(tokens[q]))
            {
                if (mention.Verb is null)
                {
                    mention.Verb = tokens[q].Text.ToLowerInvariant();
                    verbIndex = q;
                }

                continue;
            }

            if (q > afterAux && (QuantityLexicon.IsFunctionWord(tokens[q].Text) && !tokens[q].Is("up")))
            {
                break;
            }

            if (q == afterAux)
            {
                break;
            }
        }

        if (verbIndex >= 0)
        {
            mention.CoverEvidence(verbIndex);
        }

        ReadListEvent(tokens, k, mention);
    }

    private static bool IsCountableUnit(string? unit) => unit is "seats" or "votes" or "floors" or "storeys" or "barrels";

    private static bool IsVerbEvent(string word) => QuantityLexicon.TryEvent(word, out _) && !NounEvents.Contains(word);

    private static bool IsPreposition(IReadOnlyList<Token> tokens, int index) =>
        index < tokens.Count && tokens[index].IsWord && tokens[index].Text.ToLowerInvariant() is "in" or "at" or "from" or "on" or "near" or "inside" or "across" or "of" or "around";

    // "150 security forces, 95 civilians, and hundreds of Taliban killed": the event closes the list.
    private static void ReadListEvent(IReadOnlyList<Token> tokens, int k, QuantityMention mention)
    {
        if (!(IsSymbolAt(tokens, k, ',') || IsAt(tokens, k, "and")))
        {
            return;
        }

        var sawNumber = false;
        for (var q = k; q < Math.Min(tokens.Count, k + 16); q++)
        {
            var token = tokens[q];
            if (token.IsNumber || (token.IsWord && (NumberWords.IsCardinalWord(token.Text) || NumberWords.IsVagueCount(token.Text))))
            {
                sawNumber = true;
                continue;
            }

            if (token.IsSymbol(',') || token.Is("and") || token.Is("of") || token.Is("or"))
            {
                continue;
            }

            if (!token.IsWord || ClauseBoundaries.Contains(token.Text))
            {
                return;
            }

            if (IsVerbEvent(token.Text) && QuantityLexicon.TryEvent(token.Text, out var sense) && sawNumber
                && (mention.Head is null || QuantityLexicon.IsPeopleNoun(mention.Head) || QuantityLexicon.IsMilitaryNoun(mention.Head) || char.IsUpper(mention.Head[0])))
            {
                mention.Event = sense;
                return;
            }

            if (QuantityLexicon.IsFunctionWord(token.Text) && !Auxiliaries.Contains(token.Text))
            {
                return;
            }
        }
    }

    public static string Plural(string word) =>
        word.EndsWith("s", StringComparison.Ordinal) ? word
        : word.EndsWith("y", StringComparison.Ordinal) && word.Length > 2 && "aeiou".IndexOf(word[word.Length - 2]) < 0 ? word.Substring(0, word.Length - 1) + "ies"
        : word + "s";
}
