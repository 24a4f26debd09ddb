using System;
using System.Collections.Generic;

namespace FactsGenerator.Extraction.Entities;

/// <summary>
/// Titles as wire services and newspapers abbreviate them before a name ("Sen.", "Lt. Gov.", "Det. Sgt.") and the
/// letters British police ranks go by ("DCI", "PC"). A role is the office spelled out ("senator", "lieutenant
/// governor"), so an abbreviated and a spelled title give the same role.
/// </summary>
internal static class TitleAbbreviations
{
    // Abbreviated words of an office, with or without their full stop ("Sgt." and "Sgt").
    private static readonly Dictionary<string, string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Sen"] = "senator",
        ["Rep"] = "representative",
        ["Gov"] = "governor",
        ["Lt"] = "lieutenant",
        ["Lieut"] = "lieutenant",
        ["Gen"] = "general",
        ["Col"] = "colonel",
        ["Capt"] = "captain",
        ["Cpt"] = "captain",
        ["Sgt"] = "sergeant",
        ["Maj"] = "major",
        ["Brig"] = "brigadier",
        ["Adm"] = "admiral",
        ["Cmdr"] = "commander",
        ["Cdr"] = "commander",
        ["Cpl"] = "corporal",
        ["Pvt"] = "private",
        ["Spc"] = "specialist",
        ["Det"] = "detective",
        ["Supt"] = "superintendent",
        ["Insp"] = "inspector",
        ["Atty"] = "attorney",
        ["Asst"] = "assistant",
        ["Pres"] = "president",
        ["Cllr"] = "councillor",
        // (Australian and New Zealand copy: "Cr Ana Ruiz", a councillor.)
        ["Cr"] = "councillor",
        ["Pfc"] = "private first class",
        ["Con"] = "constable",
        ["Ch"] = "chief",
        ["Rev"] = "reverend",
    };

    // The letters of British (and Nigerian and South Asian) police ranks, written before the officer's name ("DCI Ana Ruiz", "PC Tom Hale"). They
    // are titles only there: "DC" and "PC" mean other things elsewhere.
    private static readonly Dictionary<string, string> PoliceRanks = new(StringComparer.Ordinal)
    {
        ["DCI"] = "detective chief inspector",
        ["DCS"] = "detective chief superintendent",
        ["DI"] = "detective inspector",
        ["DS"] = "detective sergeant",
        ["DC"] = "detective constable",
        ["PC"] = "police constable",
        ["WPC"] = "woman police constable",
        ["PCSO"] = "police community support officer",
        // Nigerian and South Asian police ranks, written the same way ("SP Ana Ruiz", "DSP Tom Hale").
        ["SP"] = "superintendent",
        ["DSP"] = "deputy superintendent",
        ["ASP"] = "assistant superintendent",
        ["CSP"] = "chief superintendent",
    };

    // Words that open a compound rank before another title ("Rear Adm.", "Staff Sgt.", "Lance Cpl.", "Petty Officer",
    // "Fire Chief", a cleric's "the Very Rev."); the shared title lists hold the others ("Vice", "Chief", "First").
    private static readonly HashSet<string> RankOpeners = new(StringComparer.Ordinal) { "Rear", "Staff", "Master", "Lance", "Petty", "Warrant", "Fire", "Very", "Most", "Right" };

    // Offices abbreviated in the plural before several names ("Sens. Ana Ruiz and Tom Hale").
    private static readonly HashSet<string> Plurals = new(StringComparer.Ordinal) { "Sens", "Reps", "Govs", "Gens", "Sgts" };

    /// <summary>Whether the word is an abbreviated word of an office ("Sgt", "Lt", "Gov", or "Sens" in the plural).</summary>
    public static bool IsAbbreviatedTitleWord(string word) => (Words.ContainsKey(word) || Plurals.Contains(word)) && char.IsUpper(word[0]);

    /// <summary>The office of an abbreviated plural title ("Sens." gives "senator"), or null.</summary>
    public static string? PluralOffice(string word) => Plurals.Contains(word) ? Words[word.Substring(0, word.Length - 1)] : null;

    /// <summary>Whether the word is the letters of a British police rank ("DCI").</summary>
    public static bool IsPoliceRank(string word) => PoliceRanks.ContainsKey(word);

    /// <summary>Whether the word is a title in either short form: an abbreviated word of an office ("Sgt", "Sens") or the
    /// letters of a British police rank ("DCI").</summary>
    public static bool IsShortTitle(string word) => IsAbbreviatedTitleWord(word) || IsPoliceRank(word);

    /// <summary>Whether the word is a title in full (<see cref="Lexicon.TitleWords"/>: "Mayor") or in short ("Sgt", "DCI").</summary>
    public static bool IsTitle(string word) => Lexicon.TitleWords.Contains(word) || IsShortTitle(word);

    /// <summary>Whether the capitalised word opens a compound rank before another title ("Rear" in "Rear Adm.").</summary>
    public static bool IsRankOpener(string word) => RankOpeners.Contains(word);

    /// <summary>The word of an office spelled out: "Sgt" is "sergeant", "DCI" "detective chief inspector"; any other word
    /// in lower case.</summary>
    public static string SpellOut(string word) =>
        PoliceRanks.TryGetValue(word, out var rank) ? rank : Words.TryGetValue(word, out var office) ? office
        : PluralOffice(word) is { } plural ? plural + "s" : word.ToLowerInvariant();
}
