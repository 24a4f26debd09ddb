using System;
using System.Collections.Generic;

namespace FactsGenerator.Extraction.Gazetteer;

/// <summary>
/// Family names from many countries, read once from the embedded surnames.txt (built by
/// tools/gazetteer/build-names.js). A known family name ending a run of capitalised words is one piece of evidence
/// that the run is a person's name, for the many people whose given name no list knows.
/// </summary>
internal static class Surnames
{
    internal const string ResourceName = "FactsGenerator.Extraction.Gazetteer.surnames.txt";

    private static readonly Lazy<HashSet<string>> Names = new(Load, isThreadSafe: true);

    public static int Count => Names.Value.Count;

    public static bool Contains(string name) => Names.Value.Contains(PersonNameKey.Of(name));

    private static HashSet<string> Load() => EmbeddedLists.EntrySet(ResourceName, "family-name list", line => PersonNameKey.Of(line.Trim()));
}
