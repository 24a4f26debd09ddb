using System;
using System.Collections.Generic;
using FactsGenerator.Extraction.Gazetteer;

namespace FactsGenerator.Extraction.Quantities;

/// <summary>
/// The nouns whose usual sense is a kind of person ("steelworkers", "cosmonauts", "schoolchildren"), read once from the
/// embedded person-nouns.txt (built from WordNet by tools/person-nouns/build.js). People are an open class that no
/// hand-written list covers, so a count of any of them is a count of people.
/// </summary>
internal static class PersonNounList
{
    internal const string ResourceName = "FactsGenerator.Extraction.Quantities.person-nouns.txt";

    private static readonly Lazy<HashSet<string>> Words = new(Load, isThreadSafe: true);

    public static int Count => Words.Value.Count;

    /// <summary>True for a lowercase-or-capitalised common noun of people, in the singular or the plural.</summary>
    public static bool Contains(string word) => Words.Value.Contains(word);

    private static HashSet<string> Load() =>
        EmbeddedLists.EntrySet(ResourceName, "person-noun list", line => line.Trim(), StringComparer.OrdinalIgnoreCase);
}
