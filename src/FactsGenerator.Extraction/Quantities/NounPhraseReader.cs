using System;
using System.Collections.Generic;
using System.Text;
using FactsGenerator.Extraction.Numbers;
using FactsGenerator.Extraction.Text;
using static FactsGenerator.Extraction.Quantities.TokenWindow;

namespace FactsGenerator.Extraction.Quantities;

/// <summary>
/// Reads the short noun phrase after a number: modifiers and a head noun ("service personnel", "ethnic Hungarian
/// residents"), stopping at function words, verbs, adverbs, appositive names and clause starts.
/// </summary>
internal static class NounPhraseReader
{
    private const int MaxPhraseWords = 4;

    // Verbs that commonly follow a counted noun; they end the noun phrase ("one vaccine appears able").
    private static readonly HashSet<string> ClauseVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "appears", "appear", "seems", "seem", "remain", "remains", "say", "says", "become", "becomes", "include", "includes",
        "need", "needs", "want", "wants", "face", "faces", "take", "takes", "make", "makes", "get", "gets", "go", "goes", "come",
        "comes", "continue", "continues", "show", "shows", "suggest", "suggests", "live", "work", "works", "use", "uses", "hold",
        "holds", "receive", "receives", "cost", "costs", "stand", "stands", "attend", "attends", "gather", "join", "joins",
        "came", "went", "ran", "gone", "arrived", "left", "stayed", "agreed", "voted", "said",
    };

    // Present-tense verbs in -s that are rarely a plural noun: after a counted plural ("a town of 900 people lies", "an
    // island of 300 residents sits") they are the verb of the place the number describes, never a second noun. Kept
    // apart from ClauseVerbs because right after the number some spell nouns ("told 40 lies").
    private static readonly HashSet<string> PresentVerbsAfterPlural = new(StringComparer.OrdinalIgnoreCase)
    {
        "lies", "sits", "relies", "depends", "belongs", "exists", "knows", "believes", "seems", "tends", "happens", "lacks",
        "consists", "contains", "occupies", "boasts", "enjoys", "stretches", "straddles", "overlooks", "borders",
    };

    /// <summary>Reads a short noun phrase (modifiers and a head noun) starting at <paramref name="start"/>.</summary>
    public static bool Read(IReadOnlyList<Token> tokens, int start, out string head, out string? modifiers, out int last) =>
        Read(tokens, start, countsMany: false, out head, out modifiers, out last);

    /// <summary>
    /// Reads a short noun phrase; <paramref name="countsMany"/> says a number above one precedes it, so its head is plural
    /// and a name after a word that is no plural ("two separate Acme buckets") still belongs to the phrase.
    /// </summary>
    /// <summary>
    /// "a few silly mistakes", "two elderly residents", "three deadly attacks": a word in -ly that opens the phrase and
    /// stands right before a lowercase plural noun is an adjective of that noun, not an adverb ending the phrase.
    /// </summary>
    private static bool IsAdjectiveInLy(IReadOnlyList<Token> tokens, int k, int wordsRead)
    {
        if (wordsRead > 0 || !IsWordAt(tokens, k + 1) || tokens[k + 1].IsCapitalized)
        {
            return false;
        }

        var noun = tokens[k + 1].Text;
        return (IsPlural(noun) || IrregularPlurals.Contains(noun)) && !QuantityLexicon.IsFunctionWord(noun) && !IsPastVerb(tokens[k + 1])
            && !EndsWith(tokens[k + 1], "ly") && !QuantityLexicon.TryEvent(noun, out _) && !ClauseVerbs.Contains(noun);
    }

    // Nouns that end in -ly like an adverb: "423 national assembly seats", "two supply lines" go on past them.
    private static readonly HashSet<string> NounsInLy = new(StringComparer.OrdinalIgnoreCase)
    {
        "assembly", "family", "supply", "rally", "ally", "monopoly", "anomaly", "butterfly", "reply", "belly", "jelly", "lily",
    };

    /// <summary>
    /// A lowercase adverb in -ly followed by a participle or an adjective that is itself followed by a content word:
    /// "heavily armed men", "newly built homes", "critically ill patients". "five recently" or "two badly" ends the phrase.
    /// </summary>
    private static bool IsAdverbBeforeModifier(IReadOnlyList<Token> tokens, int k)
    {
        if (!EndsWith(tokens[k], "ly") || tokens[k].IsCapitalized || !IsWordAt(tokens, k + 1) || tokens[k + 1].IsCapitalized || EndsWith(tokens[k + 1], "ly"))
        {
            return false;
        }

        var graded = tokens[k + 1].Text;
        if (QuantityLexicon.IsFunctionWord(graded) || NumberWords.IsCardinalWord(graded) || ClauseVerbs.Contains(graded)
            || (QuantityLexicon.TryEvent(graded, out _) && !EventWords.IsParticiple(graded)))
        {
            return false;
        }

        // The graded word modifies a noun: a content word follows it, and it is no plural noun itself ("two newly arrived").
        return IsContentWordAt(tokens, k + 2) && !tokens[k + 2].IsCapitalized && !IsPlural(graded) && !ClauseVerbs.Contains(tokens[k + 2].Text);
    }

    // "and" after a lower-case singular modifier, then a lower-case singular word and a lower-case plural: "gold and coal
    // miners". A plural before "and" ("apples and pear trees") is a count of its own.
    private static bool IsJoinedModifierBeforePlural(IReadOnlyList<Token> tokens, int k, List<string> words)
    {
        if (!tokens[k].Is("and") || words.Count == 0 || !IsWordAt(tokens, k + 1) || !IsWordAt(tokens, k + 2))
        {
            return false;
        }

        var before = words[words.Count - 1];
        if (before.IndexOf(' ') >= 0)
        {
            return false;
        }

        var modifier = tokens[k + 1];
        var noun = tokens[k + 2];
        return char.IsLower(before[0]) && !HasPluralEnding(before) && !IrregularPlurals.Contains(before)
            && !modifier.IsCapitalized && IsContentWordAt(tokens, k + 1) && !HasPluralEnding(modifier.Text) && !IrregularPlurals.Contains(modifier.Text)
            && !noun.IsCapitalized && (IsPlural(noun.Text) || IrregularPlurals.Contains(noun.Text));
    }

    private static bool IsNounDeterminer(Token token) =>
        token.IsWord && token.Text.ToLowerInvariant() is "the" or "its" or "their" or "his" or "her" or "our" or "your" or "my" or "this" or "that";

    // "off-duty", "in-house", "on-site", "out-of-town" before a lowercase noun; "the sixteen on-board died" has no noun after it.
    private static bool IsPrepositionCompoundModifier(IReadOnlyList<Token> tokens, int k) =>
        IsWordAt(tokens, k) && !tokens[k].IsCapitalized && QuantityLexicon.IsFunctionWord(tokens[k].Text) && IsJoiningHyphenAt(tokens, k + 1) && IsWordAt(tokens, k + 2)
        && !IsJoiningHyphenAt(tokens, k + 3) && IsContentWordAt(tokens, k + 3) && !tokens[k + 3].IsCapitalized && !ClauseVerbs.Contains(tokens[k + 3].Text);

    // "workers' deaths": an apostrophe glued to a plural in -s marks it as the possessor of the toll after it; before
    // any other noun ("two doctors' approval") the figure counts the possessors and the phrase ends with them.
    private static bool IsPluralPossessiveMark(IReadOnlyList<Token> tokens, int k, List<string> words) =>
        tokens[k].IsSymbol('\'') && !tokens[k].SpaceBefore && words.Count > 0 && words[words.Count - 1].EndsWith("s", StringComparison.Ordinal)
        && IsWordAt(tokens, k + 1) && tokens[k + 1].SpaceBefore && (EventWords.IsEventNoun(tokens[k + 1].Text) || (EventWords.PluralOfSingularToll(tokens[k + 1].Text) is not null && !IsContentWordAt(tokens, k + 2)));

    public static bool Read(IReadOnlyList<Token> tokens, int start, bool countsMany, out string head, out string? modifiers, out int last)
    {
        head = string.Empty;
        modifiers = null;
        last = -1;
        var words = new List<string>();
        var k = start;
        while (k < tokens.Count && words.Count < MaxPhraseWords)
        {
            var token = tokens[k];
            // "our planet's oxygen" continues; "Matovič's office" ends at the name, whose office it is not.
            if ((token.Is("'s") || IsPluralPossessiveMark(tokens, k, words)) && words.Count > 0 && IsWordAt(tokens, k + 1) && char.IsLower(words[words.Count - 1][0]))
            {
                // "our planet's oxygen", "four workers' deaths": the possessor becomes a modifier.
                k++;

                // "nine workers' death": one death for each of many is a toll of deaths.
                // "two workers' injury claims" is a compound about something else.
                if (countsMany && EventWords.PluralOfSingularToll(tokens[k].Text) is { } toll && !(IsContentWordAt(tokens, k + 1) && !tokens[k + 1].IsCapitalized))
                {
                    words.Add(toll);
                    last = k;
                    break;
                }

                continue;
            }

            // "hundreds of ABC (Alpha Beta Corps) fighters": an acronym's spelled-out name does not end the phrase.
            if (token.IsSymbol('(') && words.Count > 0 && IsAcronym(words[words.Count - 1]) && ClosingParenthesis(tokens, k) is var close && close > 0 && IsWordAt(tokens, close + 1))
            {
                k = close + 1;
                continue;
            }

            // "two other candidates", "three more people", "the 25 most influential Americans": a comparative or a
            // superlative before a noun is a modifier.
            if (words.Count == 0 && (token.Is("other") || token.Is("more") || token.Is("additional") || token.Is("further") || token.Is("most")) && IsWordAt(tokens, k + 1)
                && !QuantityLexicon.IsFunctionWord(tokens[k + 1].Text) && !IsPastVerb(tokens[k + 1])
                && (!QuantityLexicon.TryEvent(tokens[k + 1].Text, out _) || EventWords.IsEventNoun(tokens[k + 1].Text)))
            {
                k++;
                continue;
            }

            // "nine heavily armed guards", "three newly elected senators": an adverb grading the participle or adjective that
            // opens the phrase says how, not what, so the phrase goes on from the word it grades.
            if (words.Count == 0 && IsAdverbBeforeModifier(tokens, k))
            {
                k++;
                continue;
            }

            // "two off-duty officers", "four in-house lawyers": a compound opened by a preposition is a modifier of the noun after it.
            if (IsPrepositionCompoundModifier(tokens, k))
            {
                words.Add(token.Text + "-" + tokens[k + 2].Text);
                last = k + 2;
                k += 3;
                continue;
            }

            // "one one-day international", "two one-day series": the format of the game is a modifier of the noun after it.
            if (token.Is("one") && NumberReader.TryRead(tokens, k, out var format) && CricketScoreReader.IsOneDayFormat(tokens, format))
            {
                words.Add("one-day");
                last = k + 2;
                k += 3;
                continue;
            }

            // "a decade following the war": "following" before its object is a preposition, not a noun.
            if (token.Is("following") && IsWordAt(tokens, k + 1))
            {
                break;
            }

            // "160 gold and coal miners", "ten gold and silver medals": two modifiers joined by "and" share the plural after them.
            if (countsMany && IsJoinedModifierBeforePlural(tokens, k, words))
            {
                // One modifier for the pair, so a long phrase ("South African gold and coal miners") keeps its noun.
                words[words.Count - 1] += " and " + tokens[k + 1].Text;
                last = k + 1;
                k += 2;
                continue;
            }

            if (!token.IsWord || (QuantityLexicon.IsFunctionWord(token.Text) && !IsAcronym(token.Text)) || (EndsWith(token, "ly") && !IsAdjectiveInLy(tokens, k, words.Count) && !NounsInLy.Contains(token.Text))
                || NumberWords.IsCardinalWord(token.Text))
            {
                break;
            }

            // "1,152 evacuation centres", "40 evacuation flights": a noun of the event in -ion before a plural names the
            // kind of thing counted, so the phrase goes on to that plural.
            if (words.Count == 0 && EndsWith(token, "ion") && QuantityLexicon.TryEvent(token.Text, out _) && IsWordAt(tokens, k + 1)
                && EndsWith(tokens[k + 1], "s") && !tokens[k + 1].IsCapitalized && !QuantityLexicon.IsFunctionWord(tokens[k + 1].Text)
                && !QuantityLexicon.TryEvent(tokens[k + 1].Text, out _) && !IsPastVerb(tokens[k + 1]))
            {
                words.Add(token.Text);
                last = k;
                k++;
                continue;
            }

            if (QuantityLexicon.TryEvent(token.Text, out _) && !EventWords.IsEventNoun(token.Text))
            {
                break;
            }

            // "25 wounded people", "two missing pieces": an event word used as an adjective modifies the noun after it.
            if (words.Count == 0 && EventWords.IsEventNoun(token.Text) && IsWordAt(tokens, k + 1) && !QuantityLexicon.IsFunctionWord(tokens[k + 1].Text)
                && !QuantityLexicon.TryEvent(tokens[k + 1].Text, out _) && !IsPastVerb(tokens[k + 1]) && !EndsWith(tokens[k + 1], "ly"))
            {
                words.Add(token.Text);
                last = k;
                k++;
                continue;
            }

            if (words.Count > 0 && (IsPastVerb(token) || ClauseVerbs.Contains(token.Text) || (EndsWith(token, "ing") && (!IsContentWordAt(tokens, k + 1) || words[words.Count - 1].EndsWith("s", StringComparison.Ordinal))) || QuantityLexicon.IsPopulationVerb(token.Text) || EventWords.IsParticiple(token.Text)))
            {
                break;
            }

            // "three candidates withdrew", "four came": a verb right after the number is no counted noun
            // unless a noun follows it ("armed men", "recorded accidents").
            // After a determiner the word is a noun: "90% of the work", "half of the cost".
            if (words.Count == 0 && (IsPastVerb(token) || ClauseVerbs.Contains(token.Text)) && !IsContentWordAt(tokens, k + 1)
                && !(ClauseVerbs.Contains(token.Text) && k == start && start > 0 && IsNounDeterminer(tokens[start - 1])))
            {
                break;
            }

            // "three candidates withdrew": after a plural noun, a lowercase word that is no plural is a verb.
            // "grants eleven people clemency": the same after an irregular plural.
            // "children lives in": "lives" after a plural is the verb.
            // ("one police officer", "a police officer": an irregular plural of people before a people noun modifies it.)
            if (words.Count > 0 && !token.IsCapitalized && (IsPlural(words[words.Count - 1]) || IrregularPlurals.Contains(words[words.Count - 1]))
                && (!IsPlural(token.Text) || token.Is("lives") || PresentVerbsAfterPlural.Contains(token.Text))
                && !(IrregularPlurals.Contains(words[words.Count - 1]) && QuantityLexicon.IsPeopleNoun(words[words.Count - 1]) && QuantityLexicon.IsPeopleNoun(token.Text)))
            {
                break;
            }

            // "flattened three farms Sunday night", "the toll rose to seven Sunday": a weekday after the noun or the
            // number dates the clause; it is never what is counted.
            if (Entities.Lexicon.IsWeekdayName(token.Text))
            {
                break;
            }

            // "two sons Wyatt and Chris": a name after a common noun is an apposition ("ethnic Hungarian residents" is not).
            if (words.Count > 0 && token.IsCapitalized && char.IsLower(words[words.Count - 1][0]) && !(IsContentWordAt(tokens, k + 1) && !tokens[k + 1].IsCapitalized)
                && !(countsMany && !IsPlural(words[words.Count - 1]) && !IrregularPlurals.Contains(words[words.Count - 1]) && !words[words.Count - 1].EndsWith("ing", StringComparison.Ordinal)))
            {
                break;
            }

            if (!HasLatinLetter(token.Text))
            {
                break;
            }

            var text = token.Text;

            // Hyphenated compounds stay one word: "Guinea-Bissau residents", "COVID-19-related deaths".
            while (IsJoiningHyphenAt(tokens, k + 1) && k + 2 < tokens.Count && (IsWordAt(tokens, k + 2) || (tokens[k + 2].IsNumber && !tokens[k + 2].SpaceBefore)))
            {
                text += "-" + tokens[k + 2].Text;
                k += 2;
            }

            words.Add(text);
            last = k;
            k++;

            // "two life-saving treatments": a compound that starts with an event noun is no event noun.
            if (EventWords.IsEventNoun(text))
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

    private static readonly HashSet<string> IrregularPlurals = new(StringComparer.OrdinalIgnoreCase)
    {
        "people", "children", "men", "women", "police", "feet", "teeth", "mice", "geese",
    };

    // Nouns whose plural is the singular form, and Latin plurals: "ten sheep", "two aircraft", "several data".
    private static readonly HashSet<string> InvariantPlurals = new(StringComparer.OrdinalIgnoreCase)
    {
        "staff", "personnel", "crew", "sheep", "deer", "fish", "aircraft", "spacecraft", "offspring", "cattle", "livestock",
        "poultry", "buffalo", "bison", "moose", "swine", "clergy", "anime", "manga", "dice", "media", "spectra", "criteria", "phenomena", "bacteria", "data",
    };

    public static bool IsInvariantPlural(string word) => InvariantPlurals.Contains(word);

    /// <summary>
    /// A lowercase word that cannot be a plural count noun: after a number above one ("six due to the landslide",
    /// "two different", "18 turning 19") such a word is an adjective, participle or preposition, not what is counted.
    /// </summary>
    public static bool IsSingularCommonWord(string word) =>
        word.Length > 1 && char.IsLower(word[0]) && IsAllLetters(word) && !word.EndsWith("s", StringComparison.Ordinal) && !IrregularPlurals.Contains(word)
        && !InvariantPlurals.Contains(word) && !word.EndsWith("a", StringComparison.Ordinal) && !word.EndsWith("i", StringComparison.Ordinal)
        && !word.EndsWith("en", StringComparison.Ordinal) && !QuantityLexicon.TryMeasureUnit(word, out _) && !QuantityLexicon.TryTimeUnit(word, out _)
        && !QuantityLexicon.TryCurrencyWord(word, out _);

    private static bool IsAllLetters(string word)
    {
        foreach (var c in word)
        {
            if (!char.IsLetter(c) && c != '-')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A lower-case word of four letters or more ending in a plural "s" ("goals", not "class", "bonus", "crisis").</summary>
    internal static bool IsPlural(string word) => word.Length > 3 && char.IsLower(word[0]) && HasPluralEnding(word);

    /// <summary>Ends in a plural -s, not in "-ss", "-us" or "-is" ("glass", "bonus", "crisis"); the case of the word is not looked at.</summary>
    internal static bool HasPluralEnding(string word) =>
        word.EndsWith("s", StringComparison.Ordinal) && !word.EndsWith("ss", StringComparison.Ordinal)
        && !word.EndsWith("us", StringComparison.Ordinal) && !word.EndsWith("is", StringComparison.Ordinal);

    /// <summary>True when the word has an ASCII letter: the engine reads English; other scripts are skipped.</summary>
    public static bool HasLatinLetter(string word)
    {
        foreach (var c in word)
        {
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A lowercase-or-capitalised content word: no function word, verb form or adverb.</summary>
    public static bool IsContentWordAt(IReadOnlyList<Token> tokens, int index) =>
        IsWordAt(tokens, index) && !QuantityLexicon.IsFunctionWord(tokens[index].Text) && !IsPastVerb(tokens[index]) && !EndsWith(tokens[index], "ly")
        && !NumberWords.IsCardinalWord(tokens[index].Text);

    // "US jobs": an all-capitals word is a name, even when it spells a function word.
    private static bool IsAcronym(string word) => word.Length > 1 && word.ToUpperInvariant() == word && char.IsLetter(word[0]);

    // How long an acronym's spelled-out name in parentheses may be.
    private const int MaxParenthesisWords = 10;

    /// <summary>Where the parenthesis opened at <paramref name="open"/> closes, or -1 when it runs on too long.</summary>
    private static int ClosingParenthesis(IReadOnlyList<Token> tokens, int open)
    {
        for (var k = open + 1; k < tokens.Count && k <= open + MaxParenthesisWords; k++)
        {
            if (tokens[k].IsSymbol(')'))
            {
                return k;
            }

            if (!tokens[k].IsWord)
            {
                return -1;
            }
        }

        return -1;
    }
}
