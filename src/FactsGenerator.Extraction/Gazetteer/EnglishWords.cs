using System;
using System.Collections.Generic;

namespace FactsGenerator.Extraction.Gazetteer;

/// <summary>
/// Common English words (SCOWL sizes 10, 20 and 35), read once from the embedded english-words.txt (built by
/// tools/gazetteer/build-words.js). Each word carries the smallest SCOWL size that lists it and a mark when it is
/// also a gazetteer place; the engine asks the list two questions, each about a different slice of it.
/// </summary>
internal static class EnglishWords
{
    internal const string ResourceName = "FactsGenerator.Extraction.Gazetteer.english-words.txt";

    /// <summary>SCOWL's most common sizes: the everyday words of <see cref="IsEverydayWord"/>.</summary>
    private const int EverydayMaxSize = 20;

    /// <summary>
    /// Acronyms are short: a longer word in capitals is never mistaken for one, so the everyday words stop here.
    /// </summary>
    private const int EverydayMaxLetters = 7;

    private static readonly Lazy<Lists> Words = new(Load, isThreadSafe: true);

    /// <summary>How many everyday words there are (see <see cref="IsEverydayWord"/>).</summary>
    public static int EverydayCount => Words.Value.Everyday.Count;

    /// <summary>How many ordinary words there are (see <see cref="IsOrdinaryWord"/>).</summary>
    public static int OrdinaryCount => Words.Value.Ordinary.Count;

    /// <summary>
    /// True when the word, whatever its capitals, is a short everyday English word ("ZERO", "ALL", "Today"): SCOWL
    /// size 10 or 20 (the most common words only, so a rarer word in capitals can still be an acronym) and two to
    /// seven letters (acronyms are short). A word in capitals that is one is more likely written for emphasis than
    /// an acronym. Places are not left out: "NICE" in capitals is emphasis too.
    /// </summary>
    public static bool IsEverydayWord(string word) => Words.Value.Everyday.Contains(word.ToLowerInvariant());

    /// <summary>
    /// True when the word, whatever its capitals, is an ordinary English word that names no place ("rally",
    /// "cotton", "electors", and words that are names too, such as "marine" or "brooks"): any SCOWL size 10 to 35
    /// (the whole common vocabulary), three letters or more, and not a place or demonym of the gazetteer (a place
    /// is a name, "Jordan" or "Chester" must stay one). Ask the name lists too: a capitalised ordinary word that no
    /// list knows as a name is a title-case word.
    /// </summary>
    public static bool IsOrdinaryWord(string word) => word.Length > 2 && Words.Value.Ordinary.Contains(word.ToLowerInvariant());

    /// <summary>
    /// True when the word, whatever its capitals, is one of the most common English words (SCOWL size 10 or 20, any
    /// length: "water", "budget", "emergency"), the size that holds few surnames: "Trump" (size 35) can be a leader's
    /// surname, "Water" is a common noun.
    /// </summary>
    public static bool IsCommonWord(string word) => Words.Value.Common.Contains(word.ToLowerInvariant());

    private sealed class Lists
    {
        public HashSet<string> Everyday { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Ordinary { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Common { get; } = new(StringComparer.Ordinal);
    }

    // Each line is a lower-case word, optionally followed by a tab and "place"; a line "@N" opens SCOWL size N;
    // lines starting with '#' are comments.
    private static Lists Load()
    {
        var lists = new Lists();
        var size = int.MaxValue;
        foreach (var line in EmbeddedLists.EntryLines(ResourceName, "English word list"))
        {
            if (line[0] == '@')
            {
                size = int.Parse(line.Substring(1), System.Globalization.CultureInfo.InvariantCulture);
                continue;
            }

            var tab = line.IndexOf('\t');
            var word = tab < 0 ? line : line.Substring(0, tab);
            var isPlace = tab >= 0 && line.Substring(tab + 1) == "place";
            if (size <= EverydayMaxSize)
            {
                lists.Common.Add(word);
                if (word.Length >= 2 && word.Length <= EverydayMaxLetters)
                {
                    lists.Everyday.Add(word);
                }
            }

            if (word.Length >= 3 && !isPlace)
            {
                lists.Ordinary.Add(word);
            }
        }

        return lists;
    }
}
