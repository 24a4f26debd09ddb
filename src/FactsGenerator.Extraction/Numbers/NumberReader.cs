using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Numbers;

/// <summary>
/// Reads one number starting at a token: digits with an optional scale ("5.7 million", "€20m"), number words
/// ("one hundred and twenty thousand", "forty-four", "a dozen"), vague counts ("tens of thousands") and
/// fractions ("two thirds"). It knows nothing about what is counted; the quantity rules decide that.
/// </summary>
internal static partial class NumberReader
{
    private enum Part
    {
        None,
        Unit,
        Tens,
        Hundred,
        Scale,

        // Closes the number: nothing adds to "two dozen" ("two dozen five-year-olds" are 24 children, not 29).
        Dozen,
    }

    public static bool TryRead(IReadOnlyList<Token> tokens, int index, out NumberMatch match)
    {
        match = default;
        if (index < 0 || index >= tokens.Count)
        {
            return false;
        }

        // Nearly every token opens no number: answered before the table below is touched.
        var token = tokens[index];
        if (!token.IsNumber && (!token.IsWord || (!CanOpenNumber(token.Text) && GluedPrefix(token.Text) is null && DollarLettersAfterSign(tokens, index) is null)))
        {
            return false;
        }

        // The quantity readers ask for the number at the same token more than once (the odds reader, then the
        // sentence reader, then the range and tally readers around a figure). What is read depends on the tokens
        // alone, so the answers for the last sentence are remembered per thread; sentence tokens never change.
        var memo = Memo.For(tokens);
        if (memo.State[index] != 0)
        {
            match = memo.Matches[index];
            return memo.State[index] == Memo.Found;
        }

        var found = ReadAt(tokens, index, out match);
        memo.State[index] = found ? Memo.Found : Memo.None;
        memo.Matches[index] = match;
        return found;
    }

    /// <summary>The numbers read at the tokens of the last sentence asked about, on this thread.</summary>
    private sealed class Memo
    {
        public const byte None = 1;
        public const byte Found = 2;

        // One object per thread holds the table: every thread-static access costs a thread-local look-up.
        [ThreadStatic]
        private static Memo? current;

        private IReadOnlyList<Token>? tokens;

        public byte[] State { get; private set; } = new byte[64];

        public NumberMatch[] Matches { get; private set; } = new NumberMatch[64];

        public static Memo For(IReadOnlyList<Token> tokens)
        {
            var memo = current ??= new Memo();
            if (!ReferenceEquals(memo.tokens, tokens))
            {
                if (memo.State.Length < tokens.Count)
                {
                    memo.State = new byte[tokens.Count];
                    memo.Matches = new NumberMatch[tokens.Count];
                }
                else
                {
                    Array.Clear(memo.State, 0, tokens.Count);
                }

                memo.tokens = tokens;
            }

            return memo;
        }
    }

    private static bool ReadAt(IReadOnlyList<Token> tokens, int index, out NumberMatch match)
    {
        match = default;
        if (tokens[index].IsNumber)
        {
            return TryReadDigits(tokens, index, out match);
        }

        if (GluedPrefix(tokens[index].Text) is { } prefix)
        {
            return TryReadGluedDigits(tokens, index, prefix.Length, out match, out var scaled)
                && (scaled || !IsAmbiguousLetterAmount(tokens, index, prefix, match));
        }

        if (DollarLettersAfterSign(tokens, index) is { } letters)
        {
            // "$US125,000", "$A20 million", "$NZ1.2bn": the letters after the sign say which dollar it is.
            return TryReadGluedDigits(tokens, index, letters.Length, out match, out _);
        }

        return TryReadIdiom(tokens, index, out match)
            || TryReadArticleNumber(tokens, index, out match)
            || TryReadVague(tokens, index, out match)
            || TryReadFraction(tokens, index, out match)
            || TryReadWords(tokens, index, out match);
    }

    // Every word of every sentence comes here, and nearly none opens a number: checking the readers below one by one
    // cost about 130 ns a word (a tenth of the engine). These are the words they open with: the idioms ("a couple",
    // "a handful", "a number of", "numbers of", "couple", "few"), "a"/"an" before a number word, vague counts,
    // "half" and "quarter", and units and tens. A reader that opens with another word must add it here. The unit, tens
    // and vague-count words are in the same set, so a word is answered by one look-up instead of four.
    private static readonly HashSet<string> NumberOpeners = new(
        new[] { "a", "an", "couple", "numbers", "few", "half", "quarter" }.Concat(NumberWords.UnitTensAndVagueCountWords),
        StringComparer.OrdinalIgnoreCase);

    private static bool CanOpenNumber(string word) => NumberOpeners.Contains(word);

    /// <summary>Parses a digits token ("5,000", "5.7") with the invariant culture.</summary>
    public static bool TryParseDigits(string text, out decimal value) =>
        decimal.TryParse(text.Replace(",", string.Empty), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);

    /// <summary>
    /// The code of a word that glues three capitals to digits ("USD15", "SEK9"), or one of the short currency prefixes
    /// written the same way ("R2,500", "Sh50", "KSh2.3", "Rs500"); null for other words. Whether the code names a
    /// currency, and so whether the digits are an amount or part of a label ("TVN24"), is the reader's call.
    /// </summary>
    public static string? GluedPrefix(string word)
    {
        var letters = 0;
        while (letters < word.Length && IsAsciiLetter(word[letters]))
        {
            letters++;
        }

        if (letters == 0 || GluedDigitsEnd(word, letters) < 0)
        {
            return null;
        }

        var prefix = word.Substring(0, letters);
        return IsThreeCapitals(prefix) || ShortCurrencyPrefixes.ContainsKey(prefix) ? prefix : null;
    }

    /// <summary>
    /// Where the digits after a word's glued letters end: the whole word, or the start of a scale glued after them
    /// ("R85m", "N3bn", "USD1.2million": the tokenizer keeps letters, digits and letters in one word). -1 when the word
    /// is not letters, digits and at most a scale ("A4paper", "F16s").
    /// </summary>
    private static int GluedDigitsEnd(string word, int letters)
    {
        if (letters >= word.Length || !char.IsDigit(word[letters]))
        {
            return -1;
        }

        var k = letters;
        while (k < word.Length && (char.IsDigit(word[k]) || word[k] == ',' || word[k] == '.'))
        {
            k++;
        }

        if (!char.IsDigit(word[k - 1]))
        {
            return -1;
        }

        return k == word.Length || IsGluedScale(word.Substring(k)) ? k : -1;
    }

    private static bool IsGluedScale(string suffix) => NumberWords.TryScaleSuffix(suffix, out _) || IsGluedScaleWord(suffix);

    /// <summary>
    /// The letters glued after a dollar sign that say which dollar it is ("$US125,000": "US"; "$A20": "A"), or null.
    /// Only the letters of dollar countries: "$X1" is no amount.
    /// </summary>
    public static string? DollarLettersAfterSign(IReadOnlyList<Token> tokens, int index)
    {
        if (index < 1 || !tokens[index - 1].IsSymbol('$') || tokens[index].SpaceBefore || !tokens[index].IsWord)
        {
            return null;
        }

        var word = tokens[index].Text;
        var letters = 0;
        while (letters < word.Length && word[letters] >= 'A' && word[letters] <= 'Z')
        {
            letters++;
        }

        return letters > 0 && DollarLetters.AreKnown(word.Substring(0, letters)) && GluedDigitsEnd(word, letters) > 0
            ? word.Substring(0, letters) : null;
    }

    /// <summary>
    /// Reads the digits glued after a word's first letters ("R2,500", "US125,000"), with a scale glued after them ("R85m",
    /// "N3bn"); scaled says whether one was.
    /// </summary>
    private static bool TryReadGluedDigits(IReadOnlyList<Token> tokens, int index, int letters, out NumberMatch match, out bool scaled)
    {
        var word = tokens[index].Text;
        var end = GluedDigitsEnd(word, letters);
        scaled = false;
        match = default;
        if (end < 0 || !TryReadDigits(tokens, index, word.Substring(letters, end - letters), out match))
        {
            return false;
        }

        if (end == word.Length)
        {
            return true;
        }

        var suffix = word.Substring(end);
        if (!(NumberWords.TryScaleSuffix(suffix, out var scale) || NumberWords.TryScale(suffix, out scale))
            || match.Value is not { } digits || !TryMultiply(digits, scale, out var value))
        {
            return false;
        }

        scaled = true;
        match = new NumberMatch(WithoutTrailingZeros(value), match.First, match.Last, match.Form);
        return true;
    }

    /// <summary>The currency of a prefix shorter than an ISO code that newspapers glue to amounts ("R" in "R2,500": zar).</summary>
    public static bool TryShortCurrencyPrefix(string prefix, out string currency) => ShortCurrencyPrefixes.TryGetValue(prefix, out currency!);

    // Rand, rupees, shillings, naira, ringgit, Philippine pesos: the one list both the reading of "R2,500" as a number and
    // the currency of its prefix come from.
    private static readonly Dictionary<string, string> ShortCurrencyPrefixes = new(StringComparer.Ordinal)
    {
        ["R"] = "zar", ["Rs"] = "inr", ["Sh"] = "kes", ["KSh"] = "kes", ["Ksh"] = "kes", ["N"] = "ngn", ["RM"] = "myr", ["P"] = "php",
    };

    private static bool IsAsciiLetter(char c) => (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');

    private static bool IsThreeCapitals(string prefix) =>
        prefix.Length == 3 && prefix[0] >= 'A' && prefix[0] <= 'Z' && prefix[1] >= 'A' && prefix[1] <= 'Z' && prefix[2] >= 'A' && prefix[2] <= 'Z';

    // A single letter before digits names a road ("R21"), a mask ("N95") or a rate ("R1.1") as often as rand or naira:
    // only a thousands comma ("R2,500") or a scale word after ("N5 billion") makes it an amount.
    private static bool IsAmbiguousLetterAmount(IReadOnlyList<Token> tokens, int index, string prefix, NumberMatch match) =>
        prefix.Length == 1 && tokens[index].Text.IndexOf(',') < 0 && match.Last == index;

    private static bool TryReadDigits(IReadOnlyList<Token> tokens, int index, out NumberMatch match) =>
        TryReadDigits(tokens, index, tokens[index].Text, out match);

    private static bool TryReadDigits(IReadOnlyList<Token> tokens, int index, string digits, out NumberMatch match)
    {
        match = default;
        if (!TryParseDigits(digits, out var value))
        {
            return false;
        }

        var first = index;
        var last = SpacedThousandsEnd(tokens, index, digits, ref value);
        index = last;
        if (index + 1 < tokens.Count)
        {
            var next = tokens[index + 1];
            // "£1.3million", "€2billion": a scale word may be glued to the figure, as papers print it.
            if (next.IsWord && (next.SpaceBefore || IsGluedScaleWord(next.Text)) && NumberWords.TryScale(next.Text, out var scale))
            {
                if (!TryMultiply(value, scale, out value))
                {
                    return false;
                }

                last = index + 1;
            }
            else if (IsHyphenJoinedScale(tokens, index, out scale))
            {
                // "a $1.1-billion probe", "a ₹900-crore plan", "a 40-million-strong union": the hyphen joins the scale word
                // to its figure.
                if (!TryMultiply(value, scale, out value))
                {
                    return false;
                }

                last = index + 2;
            }
            else if (next.IsWord && !next.SpaceBefore && FollowsCurrencySign(tokens, index) && NumberWords.TryScaleSuffix(next.Text, out var suffix))
            {
                // "€20m" is twenty million euros; "100m" alone would be metres, so a currency sign is required.
                if (!TryMultiply(value, suffix, out value))
                {
                    return false;
                }

                last = index + 1;
            }
        }

        match = new NumberMatch(WithoutTrailingZeros(value), first, last, NumberForm.Digits);
        return true;
    }

    /// <summary>
    /// "160 000 miners", "1 250 000 voters": thousands set off by spaces instead of commas, as in South African and
    /// European copy ("R2 300 000" after a glued currency prefix too). Each group after the first is exactly three
    /// digits; the first has one to three and no number nor capitalised word inside the sentence stands before it
    /// ("rows 4 and 12 100", "May 5 200 people" are not read as one figure). Returns the index of the last group.
    /// </summary>
    private static int SpacedThousandsEnd(IReadOnlyList<Token> tokens, int index, string digits, ref decimal value)
    {
        // "On May 5 200 people", "Section 144 500 protesters": after a capitalised word inside the sentence the first
        // figure is a day or a label's number, and the next one a count of its own.
        if (!IsDigitGroup(digits, 1) || (index > 0 && tokens[index - 1].IsNumber) || (index > 1 && tokens[index - 1].IsCapitalized))
        {
            return index;
        }

        var last = index;
        var grouped = value;
        while (last + 1 < tokens.Count && tokens[last + 1].SpaceBefore && IsDigitGroup(tokens[last + 1].Text, 3)
            && grouped < 1_000_000_000_000m)
        {
            grouped = grouped * 1000m + decimal.Parse(tokens[last + 1].Text, System.Globalization.CultureInfo.InvariantCulture);
            last++;
        }

        // "160 000 3": a number right after the groups makes them a list or a table row, not one figure.
        if (last == index || (last + 1 < tokens.Count && tokens[last + 1].IsNumber))
        {
            return index;
        }

        value = grouped;
        return last;
    }

    // Only ASCII digits, at least minLength and at most three of them.
    private static bool IsDigitGroup(string text, int minLength)
    {
        if (text.Length < minLength || text.Length > 3)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (c < '0' || c > '9')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsGluedScaleWord(string word) =>
        string.Equals(word, "million", StringComparison.OrdinalIgnoreCase) || string.Equals(word, "billion", StringComparison.OrdinalIgnoreCase)
        || string.Equals(word, "trillion", StringComparison.OrdinalIgnoreCase);

    private static bool IsHyphenJoinedScale(IReadOnlyList<Token> tokens, int index, out decimal scale)
    {
        scale = 0m;
        return index + 2 < tokens.Count && tokens[index + 1].IsSymbol('-') && !tokens[index + 1].SpaceBefore
            && tokens[index + 2].IsWord && !tokens[index + 2].SpaceBefore && NumberWords.TryScale(tokens[index + 2].Text, out scale);
    }

    /// <summary>Multiplies unless the product would overflow a decimal (a number no text means as a count).</summary>
    public static bool TryMultiply(decimal value, decimal factor, out decimal product)
    {
        if (factor != 0m && Math.Abs(value) > decimal.MaxValue / Math.Abs(factor))
        {
            product = 0m;
            return false;
        }

        product = value * factor;
        return true;
    }

    // "5.7 million" multiplies to 5700000.0; the generated constant should read 5700000.
    private static decimal WithoutTrailingZeros(decimal value) => value / 1.0000000000000000000000000000m;

    private static bool FollowsCurrencySign(IReadOnlyList<Token> tokens, int index) =>
        index > 0 && tokens[index - 1].Kind == TokenKind.Symbol && tokens[index - 1].Text is "$" or "€" or "£" or "¥" or "₹" or "₦";

    // "a dozen", "a hundred", "a million", "a quarter", "a third".
    private static bool TryReadArticleNumber(IReadOnlyList<Token> tokens, int index, out NumberMatch match)
    {
        match = default;
        if (!(tokens[index].Is("a") || tokens[index].Is("an")) || index + 1 >= tokens.Count || !tokens[index + 1].IsWord)
        {
            return false;
        }

        var word = tokens[index + 1].Text;
        if (NumberWords.IsDozen(word))
        {
            match = new NumberMatch(12m, index, index + 1, NumberForm.Words);
            return true;
        }

        if (NumberWords.IsHundred(word) || NumberWords.TryScale(word, out _))
        {
            // "a hundred and twenty thousand": read the rest as words from "one".
            if (TryReadWordsFrom(tokens, index + 1, 1m, Part.Unit, out var rest))
            {
                match = new NumberMatch(rest.Value, index, rest.Last, NumberForm.Words);
                return true;
            }
        }

        if (NumberWords.TryFraction(word, out var share) && index + 2 < tokens.Count && tokens[index + 2].IsWord)
        {
            // "a quarter million", "a half million": that share of the scale.
            if (NumberWords.TryScale(tokens[index + 2].Text, out var whole))
            {
                match = new NumberMatch(WithoutTrailingZeros(Math.Round(whole / share, 0)), index, index + 2, NumberForm.Words);
                return true;
            }

            // "a quarter century", "a half hour": a share of one unit ("a third day" is an ordinal).
            if ((word.Equals("quarter", StringComparison.OrdinalIgnoreCase) || word.Equals("half", StringComparison.OrdinalIgnoreCase)) && NumberWords.TakesAShare(tokens[index + 2].Text))
            {
                match = new NumberMatch(1m / share, index, index + 1, NumberForm.Fraction);
                return true;
            }
        }

        if (NumberWords.TryFraction(word, out var denominator) && denominator != 2m && (!IsOrdinalUse(tokens, index + 1) || IsChangeByAShare(tokens, index)))
        {
            match = TryReadFractionOfScale(tokens, index, index + 1, 1m / denominator, out var scaled) ? scaled : new NumberMatch(ShareValue(1m / denominator), index, index + 1, NumberForm.Fraction);
            return true;
        }

        return false;
    }

    // Words that may close a change "by a third" or "by roughly a quarter": the time or the comparison after it.
    private static readonly HashSet<string> AfterAChangeByAShare = new(StringComparer.OrdinalIgnoreCase)
    {
        "over", "last", "this", "in", "since", "from", "to", "on", "during", "after", "and", "or", "while", "compared", "between", "within",
    };

    private static readonly HashSet<string> HedgesBeforeAShare = new(StringComparer.OrdinalIgnoreCase)
    {
        "nearly", "almost", "roughly", "about", "around", "some", "approximately", "over", "more", "than", "less", "just", "only",
    };

    /// <summary>
    /// "fell by nearly a third last year", "cut by a quarter over two years": after "by" a share followed by the time or
    /// comparison is the size of a change; "by a third party" stays an ordinal.
    /// </summary>
    private static bool IsChangeByAShare(IReadOnlyList<Token> tokens, int article)
    {
        var after = article + 2;
        if (after >= tokens.Count || !tokens[after].IsWord || !AfterAChangeByAShare.Contains(tokens[after].Text))
        {
            return false;
        }

        var k = article - 1;
        while (k >= 0 && k >= article - 2 && tokens[k].IsWord && HedgesBeforeAShare.Contains(tokens[k].Text))
        {
            k--;
        }

        return k >= 0 && tokens[k].Is("by");
    }

    // "a third" counts; "a third attack" is an ordinal; "a tenth part of" is still a share.
    private static bool IsOrdinalUse(IReadOnlyList<Token> tokens, int index) =>
        !(index + 1 >= tokens.Count || tokens[index + 1].Is("of") || !tokens[index + 1].IsWord || (tokens[index + 1].Is("part") && index + 2 < tokens.Count && tokens[index + 2].Is("of")));

    /// <summary>"a quarter of a million", "two thirds of a billion": the share of the scale word is the number.</summary>
    private static bool TryReadFractionOfScale(IReadOnlyList<Token> tokens, int first, int fractionLast, decimal share, out NumberMatch match)
    {
        match = default;
        var of = fractionLast + 1;
        if (of + 2 >= tokens.Count || !tokens[of].Is("of") || !(tokens[of + 1].Is("a") || tokens[of + 1].Is("one")) || !tokens[of + 2].IsWord
            || !NumberWords.TryScale(tokens[of + 2].Text, out var scale))
        {
            return false;
        }

        match = new NumberMatch(WithoutTrailingZeros(Math.Round(share * scale, 0)), first, of + 2, NumberForm.Words);
        return true;
    }

    /// <summary>"and a half" after a whole number ("two and a half", "three-and-a-half"); returns the index of "half" or -1.</summary>
    public static int AndAHalfAt(IReadOnlyList<Token> tokens, int index)
    {
        var k = index;
        var words = new[] { "and", "a", "half" };
        for (var w = 0; w < words.Length; w++)
        {
            // "three-and-a-half": hyphens join the words.
            if (k < tokens.Count && tokens[k].IsSymbol('-') && !tokens[k].SpaceBefore)
            {
                k++;
            }

            if (k >= tokens.Count || !tokens[k].Is(words[w]))
            {
                return -1;
            }

            k++;
        }

        return k - 1;
    }

    private static bool TryReadVague(IReadOnlyList<Token> tokens, int index, out NumberMatch match)
    {
        match = default;

        // "a few hundred people", "a few thousand", "a few dozen".
        if (tokens[index].Is("a") && index + 2 < tokens.Count && tokens[index + 1].Is("few")
            && (NumberWords.TryScale(tokens[index + 2].Text, out _) || NumberWords.IsHundred(tokens[index + 2].Text) || NumberWords.IsDozen(tokens[index + 2].Text)) && tokens[index + 2].IsWord)
        {
            match = new NumberMatch(null, index, index + 2, NumberForm.Vague);
            return true;
        }

        // "a few miles", "a few officials": a small vague count of what follows.
        if (tokens[index].Is("a") && index + 2 < tokens.Count && tokens[index + 1].Is("few") && tokens[index + 2].IsWord && !tokens[index + 2].Is("of")
            && !NumberWords.IsCardinalWord(tokens[index + 2].Text))
        {
            match = new NumberMatch(null, index, index + 1, NumberForm.Vague);
            return true;
        }

        var word = tokens[index].Text;
        if (!NumberWords.IsVagueCount(word) || (tokens[index].Is("multiple") && !CountsWithMultiple(tokens, index)))
        {
            return false;
        }

        var last = index;

        // "several tens of thousands of people", "several hundreds of thousands".
        if (tokens[index].Is("several") && index + 3 < tokens.Count && (tokens[index + 1].Is("tens") || tokens[index + 1].Is("hundreds"))
            && tokens[index + 2].Is("of") && tokens[index + 3].IsWord && NumberWords.IsVagueCount(tokens[index + 3].Text))
        {
            match = new NumberMatch(null, index, index + 3, NumberForm.Vague);
            return true;
        }

        // "several thousand supporters", "several hundred", "several dozen", "dozens of thousands".
        if ((tokens[index].Is("several") || tokens[index].Is("few")) && index + 1 < tokens.Count
            && (NumberWords.TryScale(tokens[index + 1].Text, out _) || NumberWords.IsHundred(tokens[index + 1].Text) || NumberWords.IsDozen(tokens[index + 1].Text)))
        {
            match = new NumberMatch(null, index, index + 1, NumberForm.Vague);
            return true;
        }

        // "tens of thousands", "hundreds of thousands of", "dozens of millions".
        if (index + 2 < tokens.Count && tokens[index + 1].Is("of") && tokens[index + 2].IsWord
            && NumberWords.IsVagueCount(tokens[index + 2].Text) && !tokens[index + 2].Is("several") && !tokens[index + 2].Is("tens"))
        {
            last = index + 2;
        }
        else if (tokens[index].Is("tens"))
        {
            return false;
        }

        match = new NumberMatch(null, index, last, NumberForm.Vague);
        return true;
    }

    // "multiple officials" counts; "a multiple system", "multiple sclerosis" describe.
    private static bool CountsWithMultiple(IReadOnlyList<Token> tokens, int index)
    {
        if (index > 0 && (tokens[index - 1].Is("a") || tokens[index - 1].Is("an")) || index + 1 >= tokens.Count || !tokens[index + 1].IsWord)
        {
            return false;
        }

        // "multiple officials", "multiple drug violations": a plural noun within the next two words.
        for (var k = index + 1; k < tokens.Count && k <= index + 2 && tokens[k].IsWord; k++)
        {
            if (IsPluralNoun(tokens[k].Text))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPluralNoun(string word) =>
        (word.EndsWith("s", StringComparison.OrdinalIgnoreCase) && !word.EndsWith("ss", StringComparison.OrdinalIgnoreCase) && !word.EndsWith("is", StringComparison.OrdinalIgnoreCase))
        || word.Equals("people", StringComparison.OrdinalIgnoreCase);

    // "half of", "two thirds", "three quarters of", "half a million".
    private static bool TryReadFraction(IReadOnlyList<Token> tokens, int index, out NumberMatch match)
    {
        match = default;
        if (tokens[index].Is("half") && index + 2 < tokens.Count && tokens[index + 1].Is("a") && tokens[index + 2].IsWord
            && (NumberWords.TryScale(tokens[index + 2].Text, out var halfOf) || (NumberWords.IsDozen(tokens[index + 2].Text) && (halfOf = 12m) > 0) || (NumberWords.IsHundred(tokens[index + 2].Text) && (halfOf = 100m) > 0)))
        {
            match = new NumberMatch(halfOf / 2m, index, index + 2, NumberForm.Words);
            return true;
        }

        if (tokens[index].Is("half") && index + 1 < tokens.Count && tokens[index + 1].Is("of"))
        {
            match = new NumberMatch(0.5m, index, index, NumberForm.Fraction);
            return true;
        }

        // "half an hour", "half a century": half of one unit.
        if (tokens[index].Is("half") && index + 2 < tokens.Count && (tokens[index + 1].Is("a") || tokens[index + 1].Is("an")) && tokens[index + 2].IsWord
            && NumberWords.TakesAShare(tokens[index + 2].Text))
        {
            match = new NumberMatch(0.5m, index, index + 1, NumberForm.Fraction);
            return true;
        }

        // "half the houses", "half his sentence" share a whole; "half the size" compares.
        if (tokens[index].Is("half") && index + 2 < tokens.Count && IsShareDeterminer(tokens[index + 1]) && tokens[index + 2].IsWord
            && !NumberWords.IsComparedMeasure(tokens[index + 2].Text) && !(index > 0 && (tokens[index - 1].Is("a") || tokens[index - 1].Is("the"))))
        {
            match = new NumberMatch(0.5m, index, index, NumberForm.Fraction);
            return true;
        }

        // "its quarter century anniversary".
        if (tokens[index].Is("quarter") && index + 1 < tokens.Count && tokens[index + 1].IsWord && NumberWords.TakesAShare(tokens[index + 1].Text)
            && !(index > 0 && (tokens[index - 1].Is("a") || tokens[index - 1].IsSymbol('-'))))
        {
            match = new NumberMatch(0.25m, index, index, NumberForm.Fraction);
            return true;
        }

        if (NumberWords.TryUnit(tokens[index].Text, out var numerator) && numerator is > 0 and < 10 && index + 1 < tokens.Count)
        {
            var next = index + 1;
            if (tokens[next].IsSymbol('-') && !tokens[next].SpaceBefore && next + 1 < tokens.Count)
            {
                next++;
            }

            var word = tokens[next].Text;
            // "one third of", but "one third party" is a count of one.
            if (tokens[next].IsWord && NumberWords.TryFraction(word, out var denominator) && (numerator == 1 || word.EndsWith("s", StringComparison.OrdinalIgnoreCase)) && denominator != 2m
                && !(numerator == 1 && IsOrdinalUse(tokens, next)))
            {
                var share = ShareValue(numerator / denominator);
                match = TryReadFractionOfScale(tokens, index, next, numerator / denominator, out var scaled) ? scaled : new NumberMatch(share, index, next, NumberForm.Fraction);
                return true;
            }
        }

        return false;
    }

    private static bool IsShareDeterminer(Token token) =>
        token.IsWord && token.Text.ToLowerInvariant() is "the" or "his" or "her" or "their" or "its" or "our" or "all" or "these" or "those" or "my" or "your";

    private static bool TryReadWords(IReadOnlyList<Token> tokens, int index, out NumberMatch match)
    {
        match = default;
        if (!TryReadWordsFrom(tokens, index, 0m, Part.None, out var read))
        {
            return false;
        }

        match = new NumberMatch(read.Value, index, read.Last, NumberForm.Words);
        return true;
    }

    // A small state machine over "one hundred and twenty thousand": each part may only follow certain parts,
    // so "one two" or "twenty thirty" stop after the first word instead of being summed.
    private static bool TryReadWordsFrom(IReadOnlyList<Token> tokens, int index, decimal initialGroup, Part initialPart, out (decimal Value, int Last) result)
    {
        result = default;
        decimal total = 0m;
        var group = initialGroup;
        var previous = initialPart;
        var last = -1;
        var k = index;
        while (k < tokens.Count)
        {
            var token = tokens[k];
            if (token.Is("and") && previous is Part.Hundred or Part.Scale && k + 1 < tokens.Count
                && (NumberWords.TryUnit(tokens[k + 1].Text, out _) || NumberWords.TryTens(tokens[k + 1].Text, out _)) && tokens[k + 1].IsWord)
            {
                k++;
                continue;
            }

            if (!token.IsWord)
            {
                break;
            }

            if (NumberWords.TryUnit(token.Text, out var unit) && (previous is Part.None or Part.Hundred or Part.Scale || (previous == Part.Tens && unit is > 0 and < 10)))
            {
                group += unit;
                previous = Part.Unit;
            }
            else if (NumberWords.TryTens(token.Text, out var tens) && previous is Part.None or Part.Hundred or Part.Scale)
            {
                group += tens;
                previous = Part.Tens;

                // "forty-four": the hyphen joins tens and units without spaces.
                if (k + 2 < tokens.Count && tokens[k + 1].IsSymbol('-') && !tokens[k + 1].SpaceBefore && !tokens[k + 2].SpaceBefore
                    && NumberWords.TryUnit(tokens[k + 2].Text, out var joined) && joined is > 0 and < 10)
                {
                    group += joined;
                    previous = Part.Unit;
                    k += 2;
                }
            }
            else if (NumberWords.IsHundred(token.Text) && previous is Part.Unit or Part.Tens && group < 100)
            {
                group *= 100m;
                previous = Part.Hundred;
            }
            else if (NumberWords.IsDozen(token.Text) && previous is Part.Unit or Part.Tens && group < 100 && total == 0m)
            {
                // "two dozen", "three dozen": twelve each.
                group *= 12m;
                previous = Part.Dozen;
            }
            else if (NumberWords.TryScale(token.Text, out var scale) && previous is Part.Unit or Part.Tens or Part.Hundred)
            {
                total += group * scale;
                group = 0m;
                previous = Part.Scale;
            }
            else
            {
                break;
            }

            last = k;
            k++;
        }

        if (last < 0)
        {
            return false;
        }

        // "two and a half million", "three-and-a-half years": a half more than the group read so far.
        if (previous is Part.Unit or Part.Tens && AndAHalfAt(tokens, last + 1) is var half && half > 0)
        {
            group += 0.5m;
            last = half;
            if (half + 1 < tokens.Count && tokens[half + 1].IsWord && NumberWords.TryScale(tokens[half + 1].Text, out var halfScale))
            {
                total += group * halfScale;
                group = 0m;
                last = half + 1;
            }
        }

        result = (total + group, last);
        return true;
    }

    /// <summary>
    /// A share as written in a report: "a quarter" is 0.25 exactly, while a repeating decimal ("two thirds") is
    /// conventionally cut to three places, 0.667.
    /// </summary>
    private static decimal ShareValue(decimal share)
    {
        var fourPlaces = Math.Round(share, 4);
        return fourPlaces == share ? fourPlaces : Math.Round(share, 3, MidpointRounding.AwayFromZero);
    }
}
