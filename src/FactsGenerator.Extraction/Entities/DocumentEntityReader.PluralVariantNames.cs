using System.Collections.Generic;

namespace FactsGenerator.Extraction.Entities;

/// <summary>Two body names that differ only in a word written once in the singular and once in the plural
/// ("Harbour Fishery Board" and "Harbour Fisheries Board") are one body.</summary>
internal sealed partial class DocumentEntityReader
{
    // Writers slip between the singular and the plural of a word inside a long name ("the Velm Ferries Authority",
    // later "the Velm Ferry Authority"); no two bodies of one document are told apart by that alone. One-word names are
    // left out: "Time" and "Times" are two publications.
    private void MergePluralVariantOrganizationNames()
    {
        var firstByKey = new Dictionary<string, EntityRecord>(System.StringComparer.Ordinal);
        foreach (var record in registry.Records)
        {
            if (record.Kind != EntityKind.Organization || record.MergedInto is not null || record.Name.IndexOf(' ') < 0)
            {
                continue;
            }

            var key = SingularKey(record.Name);
            if (!firstByKey.TryGetValue(key, out var first))
            {
                firstByKey[key] = record;
            }
            else if (!ReferenceEquals(first.Resolve(), record.Resolve()))
            {
                record.MergeInto(first.Resolve());
            }
        }
    }

    // The name in lower case with every word of four letters or more brought to its singular ("ferries" →
    // "ferry", "boards" → "board"; SingularOfPlural leaves "Congress" and "Business" as they are).
    private static string SingularKey(string name)
    {
        var words = name.ToLowerInvariant().Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            words[i] = ContextEvidence.SingularOfPlural(words[i]) ?? words[i];
        }

        return string.Join(" ", words);
    }
}
