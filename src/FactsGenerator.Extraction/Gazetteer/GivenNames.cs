using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace FactsGenerator.Extraction.Gazetteer;

/// <summary>
/// Common English given names, read once from the embedded given-names.txt (built by
/// tools/gazetteer/build-names.js). A known first name is one piece of evidence that a name is a person's.
/// </summary>
internal static class GivenNames
{
    internal const string ResourceName = "FactsGenerator.Extraction.Gazetteer.given-names.txt";

    private static readonly Lazy<HashSet<string>> Names = new(Load, isThreadSafe: true);

    public static int Count => Names.Value.Count;

    public static bool Contains(string name) => Names.Value.Contains(PlaceGazetteer.Key(name));

    private static HashSet<string> Load()
    {
        using var stream = typeof(GivenNames).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("The embedded given-name list is missing: " + ResourceName);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var names = new HashSet<string>(StringComparer.Ordinal);
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                names.Add(line.Trim());
            }
        }

        return names;
    }
}
