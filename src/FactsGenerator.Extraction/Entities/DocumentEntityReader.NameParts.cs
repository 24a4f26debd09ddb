using System.Collections.Generic;
using FactsGenerator.Extraction.Gazetteer;

namespace FactsGenerator.Extraction.Entities;

/// <summary>Two-word names that are the first or last words of a longer name of the same person.</summary>
internal sealed partial class DocumentEntityReader
{
    // "Ozrin Velk Tamar" and later "Ozrin Velk"; "Tomasz R. Velk Osorio" and later "Velk Osorio": a name of two words
    // or more that opens or ends exactly one longer person's name is that person, when what the longer name adds is
    // name words too (a given name before a family name: "Podcaster Ozrin Velk" is a boundary error, not a fuller name).
    private void MergeNamesInsideLongerNames()
    {
        var people = new List<EntityRecord>();
        foreach (var record in registry.Records)
        {
            if (record.Kind == EntityKind.Person && record.MergedInto is null && record.Name.IndexOf(' ') > 0)
            {
                people.Add(record);
            }
        }

        // Every opening and ending run of two words or more of each name, mapped to the one longer name it is part
        // of (null when several are): linear in the number of names, as a name has few words.
        var fuller = new Dictionary<string, EntityRecord?>(System.StringComparer.Ordinal);
        foreach (var person in people)
        {
            var words = person.Name.Split(' ');
            for (var count = 2; count < words.Length; count++)
            {
                Index(fuller, string.Join(" ", words, 0, count), person);
                Index(fuller, string.Join(" ", words, words.Length - count, count), person);
            }
        }

        foreach (var shorter in people)
        {
            if (fuller.TryGetValue(shorter.Name, out var longer) && longer is not null && !ReferenceEquals(longer, shorter)
                && longer.MergedInto is null && IsFullerFormOf(longer.Name, shorter.Name))
            {
                shorter.MergeInto(longer);
            }
        }
    }

    private static void Index(Dictionary<string, EntityRecord?> fuller, string part, EntityRecord person)
    {
        if (!fuller.TryGetValue(part, out var known))
        {
            fuller[part] = person;
        }
        else if (known is not null && !ReferenceEquals(known, person))
        {
            fuller[part] = null;
        }
    }

    private static bool IsFullerFormOf(string longer, string shorter)
    {
        if (longer.Length <= shorter.Length + 1)
        {
            return false;
        }

        if (longer.StartsWith(shorter + " ", System.StringComparison.Ordinal))
        {
            // "Ozrin Velk Tamar": the added last word is a name, not "Jr" or an ordinary word.
            return AreNameWords(longer.Substring(shorter.Length + 1).Split(' ')) && !NameForms.IsAllCaps(longer.Substring(shorter.Length + 1));
        }

        if (longer.EndsWith(" " + shorter, System.StringComparison.Ordinal))
        {
            var added = longer.Substring(0, longer.Length - shorter.Length - 1).Split(' ');
            return GivenNames.Contains(added[0]) && AreNameWords(added);
        }

        return false;
    }

    // Capitalised words, initials or particles that no ordinary-word list claims ("R.", "de", "Tamar").
    private static bool AreNameWords(string[] words)
    {
        foreach (var word in words)
        {
            var bare = word.TrimEnd('.');
            if (word.Length == 0 || IsGenerationalSuffix(bare) || IsOrdinaryWordNoNameListKnows(bare))
            {
                return false;
            }
        }

        return true;
    }
}
