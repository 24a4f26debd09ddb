using System;
using System.Collections.Generic;

namespace FactsGenerator.Extraction.Gazetteer;

/// <summary>
/// Given names from many countries, read once from the embedded given-names.txt (built by
/// tools/gazetteer/build-names.js). A known first name is one piece of evidence that a name is a person's.
/// </summary>
internal static class GivenNames
{
    internal const string ResourceName = "FactsGenerator.Extraction.Gazetteer.given-names.txt";

    private static readonly Lazy<Dictionary<string, NameGender>> Names = new(Load, isThreadSafe: true);

    public static int Count => Names.Value.Count;

    public static bool Contains(string name) => Names.Value.ContainsKey(PersonNameKey.Of(name));

    /// <summary>Whether the list knows the name as female, male, or both (unknown).</summary>
    public static NameGender GenderOf(string name) => Names.Value.TryGetValue(PersonNameKey.Of(name), out var gender) ? gender : NameGender.Unknown;

    private static Dictionary<string, NameGender> Load()
    {
        var names = new Dictionary<string, NameGender>(StringComparer.Ordinal);
        foreach (var line in EmbeddedLists.EntryLines(ResourceName, "given-name list"))
        {
            var tab = line.IndexOf('\t');
            var name = tab < 0 ? line.Trim() : line.Substring(0, tab);
            var gender = tab < 0 ? NameGender.Unknown : line.Substring(tab + 1) switch
            {
                "F" => NameGender.Female,
                "M" => NameGender.Male,
                _ => NameGender.Unknown,
            };
            // Keyed as looked up, so that "Ségolène" in the list is found whether or not the text keeps the accents.
            names[PersonNameKey.Of(name)] = gender;
        }

        return names;
    }
}

internal enum NameGender
{
    Unknown,
    Female,
    Male,
}
