using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace FactsGenerator.Extraction.Gazetteer;

/// <summary>
/// Short everyday English words, read once from the embedded common-words.txt (built by
/// tools/gazetteer/build-words.js from SCOWL's most common sizes). A word in capitals that is one of them ("ALL",
/// "ZERO") is more likely written for emphasis than an acronym.
/// </summary>
internal static class CommonWords
{
    internal const string ResourceName = "FactsGenerator.Extraction.Gazetteer.common-words.txt";

    private static readonly Lazy<HashSet<string>> Words = new(Load, isThreadSafe: true);

    public static int Count => Words.Value.Count;

    /// <summary>True when the word, whatever its capitals, is a common English word ("ZERO", "Today").</summary>
    public static bool Contains(string word) => Words.Value.Contains(word.ToLowerInvariant());

    private static HashSet<string> Load()
    {
        using var stream = typeof(CommonWords).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("The embedded common-word list is missing: " + ResourceName);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var words = new HashSet<string>(StringComparer.Ordinal);
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                words.Add(line);
            }
        }

        return words;
    }
}
