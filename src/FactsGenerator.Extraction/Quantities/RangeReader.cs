using System.Collections.Generic;
using FactsGenerator.Extraction.Numbers;
using FactsGenerator.Extraction.Text;
using static FactsGenerator.Extraction.Quantities.TokenWindow;

namespace FactsGenerator.Extraction.Quantities;

/// <summary>Two numbers read as one figure: "between 36 and 40", "16-17 percent", "$5 and $7 billion", or a revision "from fourteen to 31".</summary>
internal readonly struct NumberRange
{
    public NumberRange(decimal? lower, decimal? upper, int start, int upperFirst, int upperLast, bool isRevision, bool isScore, bool isSharedUnitPair = false, bool isAlternative = false, bool nounAfterLower = false, bool isEstimate = false)
    {
        IsEstimate = isEstimate;
        NounAfterLower = nounAfterLower;
        IsAlternative = isAlternative;
        IsSharedUnitPair = isSharedUnitPair;
        Lower = lower;
        Upper = upper;
        Start = start;
        UpperFirst = upperFirst;
        UpperLast = upperLast;
        IsRevision = isRevision;
        IsScore = isScore;
    }

    public decimal? Lower { get; }

    public decimal? Upper { get; }

    /// <summary>Where the whole range starts ("between", "from" or the first number).</summary>
    public int Start { get; }

    public int UpperFirst { get; }

    public int UpperLast { get; }

    /// <summary>"from X to Y": the figure changed; both values are facts.</summary>
    public bool IsRevision { get; }

    /// <summary>"3-1", "2-2": a score or a tally, not a range.</summary>
    public bool IsScore { get; }

    /// <summary>"one or two hundred": two candidate figures, each stated as it is, rather than bounds.</summary>
    public bool IsAlternative { get; }

    /// <summary>
    /// "17 or 18", "six or seven years", and the spoken "five-six months": two whole numbers offered as alternatives are
    /// one rough figure, the first one, as readers restate it ("about 17"), not two facts or two bounds.
    /// </summary>
    public bool IsEstimate { get; }

    /// <summary>"from five people to six": what both figures count is written once, after the first.</summary>
    public bool NounAfterLower { get; }

    /// <summary>"led 50.1 to 42.9 percent": two figures, one per side, that share the unit written after the second.</summary>
    public bool IsSharedUnitPair { get; }
}

/// <summary>Joins a number with a second one after "-", "to", "and" or "or" when together they state one figure.</summary>
internal static class RangeReader
{
    private const int ChangeVerbWindow = 8;

    // "rose from 14 to 31" revises a figure; "ranging in age from nine to 68" is a range.
    private static readonly HashSet<string> ChangeVerbs = new(System.StringComparer.OrdinalIgnoreCase)
    {
        "rose", "risen", "rises", "rising", "fell", "fallen", "falls", "falling", "increased", "increases", "decreased", "climbed",
        "jumped", "dropped", "grew", "grown", "raised", "lowered", "revised", "updated", "changed", "went", "soared", "surged",
        "declined", "doubled", "cut", "reduced", "upgraded", "downgraded", "corrected", "moved", "shrank", "swelled",
    };

    /// <summary>True when the word at <paramref name="index"/> is a verb of change ("rose", "cut", "revised").</summary>
    public static bool IsChangeVerbAt(IReadOnlyList<Token> tokens, int index) =>
        index >= 0 && index < tokens.Count && tokens[index].IsWord && ChangeVerbs.Contains(tokens[index].Text);

    private static bool FollowsChangeVerb(IReadOnlyList<Token> tokens, int fromIndex)
    {
        for (var k = fromIndex - 1; k >= 0 && k >= fromIndex - ChangeVerbWindow; k--)
        {
            if (IsChangeVerbAt(tokens, k))
            {
                return true;
            }

            // The verb of another clause or figure does not change this one.
            if (tokens[k].IsNumber || tokens[k].IsSymbol(',') || tokens[k].IsSymbol(';'))
            {
                return false;
            }
        }

        return false;
    }

    // Verbs that move a price or a share by an amount: "fell $6.25", "gained 40 cents".
    private static readonly HashSet<string> MoveVerbs = new(System.StringComparer.OrdinalIgnoreCase)
    {
        "rose", "fell", "climbed", "jumped", "dropped", "grew", "soared", "surged", "declined", "gained", "lost", "slipped", "slid",
        "tumbled", "plunged", "eased", "shed", "added", "advanced", "increased", "decreased", "sank", "dipped", "rallied",
    };

    // How many times the first figure the second must be before "to" reads as a new level rather than a range's end.
    private const decimal NewLevelRatio = 3m;

    /// <summary>
    /// "Shares fell $4.10 to $38.20", "the rate rose 2% to 9%": a verb of movement, an amount with its own sign or share,
    /// and a far larger figure after "to" are a change and the level it reached, two figures; "prices rose 5 to 10
    /// percent" or "$5 to $7" stay ranges.
    /// </summary>
    private static bool IsChangeAndNewLevel(IReadOnlyList<Token> tokens, NumberMatch lower, int valueStart, NumberMatch upper, bool currencySign, bool shareRepeated, decimal low, decimal high)
    {
        var signedLower = valueStart < lower.First && tokens[valueStart].Kind == TokenKind.Symbol && QuantityLexicon.CurrencyOfSign(tokens[valueStart].Text) is not null;
        var bothMarked = (currencySign && signedLower) || (shareRepeated && IsShareAfter(tokens, upper.Last + 1));
        if (!bothMarked || high < low * NewLevelRatio)
        {
            return false;
        }

        var verb = IsAt(tokens, valueStart - 1, "by") ? valueStart - 2 : valueStart - 1;
        return IsWordAt(tokens, verb) && MoveVerbs.Contains(tokens[verb].Text);
    }

    /// <summary>A share unit ("%", "percent", "per cent") starts at <paramref name="index"/>.</summary>
    internal static bool IsShareAfter(IReadOnlyList<Token> tokens, int index) =>
        IsAt(tokens, index, "percent") || IsSymbolAt(tokens, index, '%') || (IsAt(tokens, index, "per") && IsAt(tokens, index + 1, "cent"));

    /// <summary>The last token of a share unit ("%", "percent", "per cent") starting at <paramref name="index"/>, or null.</summary>
    private static int? ShareEnd(IReadOnlyList<Token> tokens, int index) =>
        IsSymbolAt(tokens, index, '%') || IsAt(tokens, index, "percent") ? index : IsAt(tokens, index, "per") && IsAt(tokens, index + 1, "cent") ? index + 1 : null;

    // The value of the first token of a scaled number: "5" of "5 billion", "two" of "two hundred".
    private static decimal? LeadingValue(Token token)
    {
        if (token.IsNumber)
        {
            return NumberReader.TryParseDigits(token.Text, out var digits) ? digits : null;
        }

        return token.IsWord && NumberWords.TryUnit(token.Text, out var unit) ? unit : null;
    }

    /// <summary>
    /// "from five people to six", "from 10 years to 2": the noun is written after the first figure only; the second
    /// figure stands alone (a noun after it would count something of its own).
    /// </summary>
    private static bool TryReadNounAfterLower(IReadOnlyList<Token> tokens, NumberMatch lower, decimal low, int valueStart, out NumberRange range)
    {
        range = default;
        var noun = lower.Last + 1;
        var before = valueStart - 1;
        if (!IsAt(tokens, before, "from") || !IsWordAt(tokens, noun) || tokens[noun].IsCapitalized || QuantityLexicon.IsFunctionWord(tokens[noun].Text)
            || !IsAt(tokens, noun + 1, "to") || !NumberReader.TryRead(tokens, noun + 2, out var upper) || upper.IsVague || upper.Value is not { } high
            || upper.Form == NumberForm.Fraction || high == low)
        {
            return false;
        }

        var after = upper.Last + 1;
        if (IsWordAt(tokens, after) && (tokens[after].Text.EndsWith("s", System.StringComparison.OrdinalIgnoreCase) || tokens[after].Is(tokens[noun].Text) || QuantityLexicon.TryMeasureUnit(tokens[after].Text, out _)
            || QuantityLexicon.TryTimeUnit(tokens[after].Text, out _)))
        {
            return false;
        }

        range = new NumberRange(low, high, before, noun + 2, upper.Last, FollowsChangeVerb(tokens, before) || high < low, false, nounAfterLower: true);
        return true;
    }

    public static bool TryRead(IReadOnlyList<Token> tokens, NumberMatch lower, int valueStart, out NumberRange range)
    {
        range = default;
        if (lower.IsVague || lower.Value is not { } low)
        {
            return false;
        }

        var link = lower.Last + 1;
        if (link >= tokens.Count)
        {
            return false;
        }

        if (TryReadNounAfterLower(tokens, lower, low, valueStart, out range))
        {
            return true;
        }

        if (TallyReader.TryReadNamedTally(tokens, lower, out var tallyUpper))
        {
            range = new NumberRange(low, tallyUpper.Value, valueStart, tallyUpper.First, tallyUpper.Last, false, true);
            return true;
        }

        // "6% to 11%", "between 60 percent and 70 percent": the share written after both ends is still one range.
        var shareRepeated = false;
        if (ShareEnd(tokens, link) is { } shareEnd
            && (IsAt(tokens, shareEnd + 1, "to") || (IsAt(tokens, shareEnd + 1, "and") && IsAt(tokens, valueStart - 1, "between"))))
        {
            link = shareEnd + 1;
            shareRepeated = true;
        }

        var joined = IsJoiningHyphenAt(tokens, link);
        var linkWord = tokens[link].IsWord ? tokens[link].Text.ToLowerInvariant() : null;
        var upperIndex = link + 1;

        // "230-to-198": the link word written between hyphens.
        if (joined && IsAt(tokens, link + 1, "to") && IsJoiningHyphenAt(tokens, link + 2))
        {
            joined = false;
            linkWord = "to";
            upperIndex = link + 3;
        }

        if (!joined && linkWord is not ("to" or "and" or "or"))
        {
            return false;
        }

        var currencySign = upperIndex < tokens.Count && tokens[upperIndex].Kind == TokenKind.Symbol && QuantityLexicon.CurrencyOfSign(tokens[upperIndex].Text) is not null;
        if (currencySign)
        {
            upperIndex++;
        }

        if (!NumberReader.TryRead(tokens, upperIndex, out var upper) || upper.IsVague || upper.Value is not { } high || upper.Form == NumberForm.Fraction)
        {
            return false;
        }

        // "GBP738 thousand or USD910 thousand": the same sum restated in another currency, two figures.
        if (QuantityLexicon.GluedCurrency(tokens[upper.First]) is { } upperCurrency && upperCurrency != QuantityLexicon.GluedCurrency(tokens[lower.First]))
        {
            return false;
        }

        // Falling shares ("47 percent to 42 percent") are two sides of a poll, each read on its own.
        if (shareRepeated && (high <= low || !IsShareAfter(tokens, upper.Last + 1)))
        {
            return false;
        }

        var before = valueStart - 1;
        var isBetween = IsAt(tokens, before, "between");
        var isFrom = IsAt(tokens, before, "from");
        if (linkWord == "to" && IsChangeAndNewLevel(tokens, lower, valueStart, upper, currencySign, shareRepeated, low, high))
        {
            return false;
        }

        if (joined && lower.Form == NumberForm.Digits && upper.Form == NumberForm.Digits && high <= low)
        {
            range = new NumberRange(low, high, valueStart, upperIndex, upper.Last, false, true);
            return true;
        }

        // "led 50.1 to 42.9 percent": each side's share.
        if (linkWord == "to" && !isFrom && high < low && IsShareAfter(tokens, upper.Last + 1))
        {
            range = new NumberRange(low, high, valueStart, upperIndex, upper.Last, false, false, true);
            return true;
        }

        // "voted 66 to 27": a tally, like a score.
        if (linkWord == "to" && !isFrom && high < low)
        {
            range = new NumberRange(low, high, valueStart, upperIndex, upper.Last, false, true);
            return true;
        }

        // "from 180 to 5" goes down: a revision, not a range.
        if ((linkWord == "and" && !isBetween) || (linkWord == "to" && !isFrom && high <= low) || high == low)
        {
            return false;
        }

        // "$5 and $7 billion": the scale written once applies to both.
        // "one or two hundred": the same with number words.
        var sharesScale = false;
        if (upper.Last > upper.First && lower.Last == lower.First && LeadingValue(tokens[upper.First]) is { } upperDigits && upperDigits != 0m)
        {
            var scale = high / upperDigits;
            if (NumberReader.TryMultiply(low, scale, out var scaled) && scaled <= high)
            {
                sharesScale = scaled != low;
                low = scaled;
            }
        }

        // A range runs upwards; only a revision ("from 180 to 5") may go down.
        if (low >= high && !isFrom)
        {
            return false;
        }

        var start = isBetween || isFrom ? before : valueStart;
        range = new NumberRange(low, high, start, upperIndex, upper.Last, isFrom && linkWord == "to" && (FollowsChangeVerb(tokens, before) || high < low), false, isAlternative: linkWord == "or",
            isEstimate: (linkWord == "or" || (joined && lower.Form == NumberForm.Words && upper.Form == NumberForm.Words)) && !sharesScale);
        return true;
    }
}
