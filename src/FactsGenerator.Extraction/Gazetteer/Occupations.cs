using System;
using System.Collections.Generic;

namespace FactsGenerator.Extraction.Gazetteer;

/// <summary>
/// Lower-case nouns that name what a person does ("cleric", "laureate", "programmer"), read once from the embedded
/// occupations.txt (built by tools/gazetteer/build-occupations.js). Beside a name, such a noun is the head of its role.
/// </summary>
internal static class Occupations
{
    internal const string ResourceName = "FactsGenerator.Extraction.Gazetteer.occupations.txt";

    private static readonly Lazy<HashSet<string>> Words = new(Load, isThreadSafe: true);

    public static int Count => Words.Value.Count;

    /// <summary>Whether the word, exactly as written (lower case), is an occupation.</summary>
    public static bool Contains(string word) => Words.Value.Contains(word);

    private static HashSet<string> Load() => EmbeddedLists.EntrySet(ResourceName, "occupation list", line => line.Trim());
}
