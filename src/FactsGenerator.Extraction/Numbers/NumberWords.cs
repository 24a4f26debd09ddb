using System;
using System.Collections.Generic;

namespace FactsGenerator.Extraction.Numbers;

/// <summary>The English number vocabulary: cardinal words, scale words, vague counts and fractions.</summary>
internal static class NumberWords
{
    private static readonly Dictionary<string, int> Units = new(StringComparer.OrdinalIgnoreCase)
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13,
        ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19,
    };

    private static readonly Dictionary<string, int> Tens = new(StringComparer.OrdinalIgnoreCase)
    {
        ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    };

    // "hundred" multiplies the group being read; the others close a group.
    private static readonly Dictionary<string, decimal> Scales = new(StringComparer.OrdinalIgnoreCase)
    {
        ["thousand"] = 1_000m, ["million"] = 1_000_000m, ["billion"] = 1_000_000_000m, ["trillion"] = 1_000_000_000_000m,
    };

    // Abbreviated scales written against digits: "€20m", "$3bn", "5k".
    private static readonly Dictionary<string, decimal> ScaleSuffixes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["k"] = 1_000m, ["m"] = 1_000_000m, ["mn"] = 1_000_000m, ["bn"] = 1_000_000_000m, ["b"] = 1_000_000_000m, ["tn"] = 1_000_000_000_000m,
    };

    // Counts that a reader would still want although they name no value ("thousands of protesters").
    private static readonly HashSet<string> VagueCounts = new(StringComparer.OrdinalIgnoreCase)
    {
        "several", "dozens", "hundreds", "thousands", "millions", "billions", "scores", "tens", "multiple",
    };

    private static readonly Dictionary<string, decimal> FractionDenominators = new(StringComparer.OrdinalIgnoreCase)
    {
        ["half"] = 2m, ["halves"] = 2m, ["third"] = 3m, ["thirds"] = 3m, ["quarter"] = 4m, ["quarters"] = 4m, ["fifth"] = 5m, ["fifths"] = 5m, ["tenth"] = 10m, ["tenths"] = 10m,
    };

    // Units a share of one is spoken of: "a quarter century", "half an hour", "a half mile".
    private static readonly HashSet<string> UnitsTakingAShare = new(StringComparer.OrdinalIgnoreCase)
    {
        "century", "decade", "year", "month", "week", "day", "hour", "minute", "second", "mile", "kilometre", "kilometer", "metre",
        "meter", "inch", "foot", "pound", "ton", "tonne", "acre", "gallon", "litre", "liter",
    };

    // Nouns after "half the" that compare rather than count: "half the size", "half the price".
    private static readonly HashSet<string> ComparedMeasures = new(StringComparer.OrdinalIgnoreCase)
    {
        "size", "price", "cost", "length", "height", "weight", "rate", "level", "speed", "amount", "number", "distance", "time",
        "average", "value", "age", "width", "depth", "volume",
    };

    public static bool TakesAShare(string word) => UnitsTakingAShare.Contains(word);

    public static bool IsComparedMeasure(string word) => ComparedMeasures.Contains(word);

    public static bool TryUnit(string word, out int value) => Units.TryGetValue(word, out value);

    public static bool TryTens(string word, out int value) => Tens.TryGetValue(word, out value);

    public static bool TryScale(string word, out decimal value) => Scales.TryGetValue(word, out value);

    public static bool TryScaleSuffix(string word, out decimal value) => ScaleSuffixes.TryGetValue(word, out value);

    public static bool IsHundred(string word) => string.Equals(word, "hundred", StringComparison.OrdinalIgnoreCase);

    public static bool IsDozen(string word) => string.Equals(word, "dozen", StringComparison.OrdinalIgnoreCase);

    public static bool IsVagueCount(string word) => VagueCounts.Contains(word);

    public static bool TryFraction(string word, out decimal denominator) => FractionDenominators.TryGetValue(word, out denominator);

    public static bool IsCardinalWord(string word) =>
        Units.ContainsKey(word) || Tens.ContainsKey(word) || Scales.ContainsKey(word) || IsHundred(word) || IsDozen(word);
}
