using System;
using System.Collections.Generic;

namespace FactsGenerator.Extraction.Quantities;

/// <summary>
/// Event words by how they are used: nouns that name what happened to people ("deaths", "refugees") and
/// participles that describe them ("injured", "missing"); every other event word is a verb ("killed", "fled").
/// </summary>
internal static class EventWords
{
    /// <summary>True for nouns that name what happened to people ("deaths", "casualties", "refugees").</summary>
    public static bool IsEventNoun(string word) => NounEvents.Contains(word);

    /// <summary>
    /// The plural toll noun for a singular one written after a possessive of many ("20 people's death", "12 workers'
    /// injury" count deaths and injuries, one each), or null.
    /// </summary>
    public static string? PluralOfSingularToll(string word) => word.ToLowerInvariant() switch
    {
        "death" => "deaths",
        "injury" => "injuries",
        _ => null,
    };

    /// <summary>True for event words that describe people ("injured"): after a noun they act as a verb.</summary>
    public static bool IsParticiple(string word) => ParticipleEvents.Contains(word);

    /// <summary>True for event words used as verbs ("killed", "fled"), not as nouns.</summary>
    public static bool IsVerbEvent(string word) => QuantityLexicon.TryEvent(word, out _) && !NounEvents.Contains(word);

    private static readonly HashSet<string> NounEvents = new(StringComparer.OrdinalIgnoreCase)
    {
        "deaths", "casualties", "victims", "bodies", "fatalities", "injuries", "refugees", "evacuees", "dead", "wounded", "injured",
        "missing", "homeless", "displaced", "lives", "life", "murders", "killings", "homicides", "deceased", "asylum",
    };

    // Event words that describe people rather than name them: after a noun they are a verb ("12 people injured").
    private static readonly HashSet<string> ParticipleEvents = new(StringComparer.OrdinalIgnoreCase)
    {
        "dead", "wounded", "injured", "missing", "homeless", "displaced", "deceased",
    };
}
