using System;
using System.Collections.Generic;
using System.Linq;

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

    // "hundred" multiplies the group being read; the others close a group. South Asian writing counts in lakhs
    // (a hundred thousand) and crores (ten million), and puts the plural after digits ("3 lakhs").
    private static readonly Dictionary<string, decimal> Scales = new(StringComparer.OrdinalIgnoreCase)
    {
        ["thousand"] = 1_000m, ["million"] = 1_000_000m, ["billion"] = 1_000_000_000m, ["trillion"] = 1_000_000_000_000m,
        ["lakh"] = 100_000m, ["lakhs"] = 100_000m, ["crore"] = 10_000_000m, ["crores"] = 10_000_000m,
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

    // Ordinals in words, first to twentieth: days of the month ("the fourth of July"), centuries ("the nineteenth
    // century") and the length of a run ("for a fifth straight day").
    private static readonly string[] OrdinalWordsInOrder =
    {
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
        "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
    };

    private static readonly Dictionary<string, int> OrdinalValues = BuildOrdinalValues();

    // The tens as a span of ten years: a decade ("the sixties") or an age ("in his forties").
    private static readonly HashSet<string> DecadeWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties",
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

    /// <summary>The unit, tens and vague-count words: those <see cref="TryUnit"/>, <see cref="TryTens"/> or <see cref="IsVagueCount"/> accept.</summary>
    public static IEnumerable<string> UnitTensAndVagueCountWords => Units.Keys.Concat(Tens.Keys).Concat(VagueCounts);

    /// <summary>"first" to "twentieth": the words <see cref="TryOrdinalWord"/> accepts.</summary>
    public static IEnumerable<string> OrdinalWords => OrdinalWordsInOrder;

    /// <summary>"first" to "twentieth" in words, and their value ("fifth" is 5).</summary>
    public static bool TryOrdinalWord(string word, out int value) => OrdinalValues.TryGetValue(word, out value);

    /// <summary>"twenties" to "nineties": the words <see cref="IsDecadeWord"/> accepts.</summary>
    public static IEnumerable<string> Decades => DecadeWords;

    public static bool IsDecadeWord(string word) => DecadeWords.Contains(word);

    public static bool TakesAShare(string word) => UnitsTakingAShare.Contains(word);

    public static bool IsComparedMeasure(string word) => ComparedMeasures.Contains(word);

    public static bool TryUnit(string word, out int value)
    {
        var entry = Look(word);
        value = entry.Unit;
        return entry.IsUnit;
    }

    public static bool TryTens(string word, out int value)
    {
        var entry = Look(word);
        value = entry.Tens;
        return entry.IsTens;
    }

    public static bool TryScale(string word, out decimal value)
    {
        var entry = Look(word);
        value = entry.Scale;
        return entry.IsScale;
    }

    public static bool TryScaleSuffix(string word, out decimal value) => ScaleSuffixes.TryGetValue(word, out value);

    public static bool IsHundred(string word) => string.Equals(word, "hundred", StringComparison.OrdinalIgnoreCase);

    public static bool IsDozen(string word) => string.Equals(word, "dozen", StringComparison.OrdinalIgnoreCase);

    public static bool IsVagueCount(string word) => Look(word).IsVague;

    public static bool TryFraction(string word, out decimal denominator)
    {
        var entry = Look(word);
        denominator = entry.Denominator;
        return entry.IsFraction;
    }

    private static Dictionary<string, int> BuildOrdinalValues()
    {
        var ordinals = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var n = 0; n < OrdinalWordsInOrder.Length; n++)
        {
            ordinals[OrdinalWordsInOrder[n]] = n + 1;
        }

        return ordinals;
    }

    public static bool IsCardinalWord(string word)
    {
        var entry = Look(word);
        return entry.IsUnit || entry.IsTens || entry.IsScale || IsHundred(word) || IsDozen(word);
    }

    // Every word of every sentence is asked whether it is a unit, a tens word, a scale, a vague count or a fraction,
    // several times over (each number reader asks in turn; a profile put these look-ups at 5% of the engine). One
    // look-up in a table of the whole vocabulary answers them all, and the answer for the last word asked is kept per
    // thread, compared by reference: every token has its own string, so the readers of one token find it there.
    // One object per thread holds both fields: every thread-static access costs a thread-local look-up.
    [ThreadStatic]
    private static LastLook? last;

    private sealed class LastLook
    {
        public string? Word;
        public Entry Entry;
    }

    private static Entry Look(string word)
    {
        var remembered = last ??= new LastLook();
        if (word is not null && ReferenceEquals(word, remembered.Word))
        {
            return remembered.Entry;
        }

        Vocabulary.Entries.TryGetValue(word!, out var entry);
        remembered.Word = word;
        remembered.Entry = entry;
        return entry;
    }

    /// <summary>What one word of the vocabulary is; the default is no number word at all.</summary>
    private readonly struct Entry
    {
        public Entry(Entry from, int? unit = null, int? tens = null, decimal? scale = null, bool vague = false, decimal? denominator = null)
        {
            IsUnit = from.IsUnit || unit.HasValue;
            Unit = unit ?? from.Unit;
            IsTens = from.IsTens || tens.HasValue;
            Tens = tens ?? from.Tens;
            IsScale = from.IsScale || scale.HasValue;
            Scale = scale ?? from.Scale;
            IsVague = from.IsVague || vague;
            IsFraction = from.IsFraction || denominator.HasValue;
            Denominator = denominator ?? from.Denominator;
        }

        public bool IsUnit { get; }

        public int Unit { get; }

        public bool IsTens { get; }

        public int Tens { get; }

        public bool IsScale { get; }

        public decimal Scale { get; }

        public bool IsVague { get; }

        public bool IsFraction { get; }

        public decimal Denominator { get; }
    }

    // A class of its own so that the table is built after the word lists above are.
    private static class Vocabulary
    {
        public static readonly Dictionary<string, Entry> Entries = Build();

        private static Dictionary<string, Entry> Build()
        {
            var entries = new Dictionary<string, Entry>(StringComparer.OrdinalIgnoreCase);
            foreach (var pair in Units)
            {
                entries[pair.Key] = new Entry(Get(entries, pair.Key), unit: pair.Value);
            }

            foreach (var pair in Tens)
            {
                entries[pair.Key] = new Entry(Get(entries, pair.Key), tens: pair.Value);
            }

            foreach (var pair in Scales)
            {
                entries[pair.Key] = new Entry(Get(entries, pair.Key), scale: pair.Value);
            }

            foreach (var word in VagueCounts)
            {
                entries[word] = new Entry(Get(entries, word), vague: true);
            }

            foreach (var pair in FractionDenominators)
            {
                entries[pair.Key] = new Entry(Get(entries, pair.Key), denominator: pair.Value);
            }

            return entries;
        }

        private static Entry Get(Dictionary<string, Entry> entries, string word) => entries.TryGetValue(word, out var entry) ? entry : default;
    }
}
