using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace FactsGenerator.Extraction.Gazetteer;

/// <summary>
/// Common English words that name no place ("rally", "cotton", "electors", and words that are names too, such as
/// "marine" or "brooks"), read once from the embedded ordinary-words.txt (built by tools/gazetteer/build-names.js).
/// Ask the name lists too: a capitalised ordinary word that no list knows as a name is a title-case word.
/// </summary>
internal static class OrdinaryWords
{
    internal const string ResourceName = "FactsGenerator.Extraction.Gazetteer.ordinary-words.txt";

    private static readonly Lazy<HashSet<string>> Words = new(Load, isThreadSafe: true);

    public static int Count => Words.Value.Count;

    /// <summary>Whether the word, in any capitalisation, is an ordinary word.</summary>
    public static bool Contains(string word) => word.Length > 2 && Words.Value.Contains(word.ToLowerInvariant());

    private static HashSet<string> Load()
    {
        using var stream = typeof(OrdinaryWords).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("The embedded ordinary-word list is missing: " + ResourceName);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var words = new HashSet<string>(StringComparer.Ordinal);
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                words.Add(line.Trim());
            }
        }

        return words;
    }
}
