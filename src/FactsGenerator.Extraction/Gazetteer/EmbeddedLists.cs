using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace FactsGenerator.Extraction.Gazetteer;

/// <summary>Reads the word lists embedded in the engine (built by the scripts in tools/): one entry a line, "#" comments.</summary>
internal static class EmbeddedLists
{
    /// <summary>The entry lines of an embedded list, in file order, without empty and comment lines.</summary>
    /// <param name="resourceName">The list's logical resource name.</param>
    /// <param name="description">What the list is, for the error when the build left it out ("family-name list").</param>
    public static List<string> EntryLines(string resourceName, string description)
    {
        using var stream = typeof(EmbeddedLists).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException("The embedded " + description + " is missing: " + resourceName);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var lines = new List<string>();
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                lines.Add(line);
            }
        }

        return lines;
    }

    /// <summary>The entries of an embedded list as a set (ordinal unless <paramref name="comparer"/> says otherwise), each
    /// stored under <paramref name="key"/> of its line.</summary>
    /// <param name="resourceName">The list's logical resource name.</param>
    /// <param name="description">What the list is, for the error when the build left it out.</param>
    /// <param name="key">The form an entry is looked up in (trimmed, folded, or the line as it is).</param>
    /// <param name="comparer">How lookups compare words; ordinal by default.</param>
    public static HashSet<string> EntrySet(string resourceName, string description, Func<string, string> key, StringComparer? comparer = null)
    {
        var entries = new HashSet<string>(comparer ?? StringComparer.Ordinal);
        foreach (var line in EntryLines(resourceName, description))
        {
            entries.Add(key(line));
        }

        return entries;
    }
}
