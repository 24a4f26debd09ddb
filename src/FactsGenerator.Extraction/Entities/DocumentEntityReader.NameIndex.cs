using System.Collections.Generic;

namespace FactsGenerator.Extraction.Entities;

/// <summary>The people and places known so far, looked up by part of their name.</summary>
internal sealed partial class DocumentEntityReader
{
    private readonly Dictionary<string, EntityRecord> surnames = new(System.StringComparer.Ordinal);
    private readonly Dictionary<string, EntityRecord?> firstNames = new(System.StringComparer.Ordinal);
    private readonly Dictionary<string, EntityRecord> hyphenEnds = new(System.StringComparer.Ordinal);
    private int indexedRecords = -1;

    private bool IsKnownPerson(string name) => registry.Find(name, EntityKind.Person) is not null;

    // The last word of a known person's name ("Okafor"), or a first name that only one known person has.
    private EntityRecord? PersonByPartOfName(string word)
    {
        RefreshNameIndex();
        return IndexedPersonByPartOfName(word);
    }

    // PersonByPartOfName without the refresh, for a pass that adds only places or bodies: a new record of those kinds
    // changes no person's entry, while the refresh rebuilds the whole index after every record added (so a pass that
    // refreshed after each of its additions would take time in the square of the document's length).
    private EntityRecord? IndexedPersonByPartOfName(string word)
    {
        var key = NameForms.Key(word);
        if (surnames.TryGetValue(key, out var bySurname))
        {
            return bySurname.Resolve();
        }

        return firstNames.TryGetValue(key, out var byFirstName) && byFirstName is not null ? byFirstName.Resolve() : null;
    }

    // "Ana Ruiz" in a headline for "Ana M. Ruiz" in the body: the one person with the same first and last name.
    private EntityRecord? PersonByFirstAndLastName(string name)
    {
        EntityRecord? found = null;
        foreach (var record in registry.Records)
        {
            if (record.Kind != EntityKind.Person || record.MergedInto is not null || !SameFirstAndLast(record.Name, name))
            {
                continue;
            }

            if (found is not null)
            {
                return null;
            }

            found = record;
        }

        return found;
    }

    // Surname and first-name keys of the multi-word people known so far; rebuilt when records were added.
    private void RefreshNameIndex()
    {
        if (indexedRecords == registry.Records.Count)
        {
            return;
        }

        surnames.Clear();
        firstNames.Clear();
        hyphenEnds.Clear();
        foreach (var record in registry.Records)
        {
            if (record.Kind == EntityKind.Place && record.MergedInto is null)
            {
                var hyphen = record.Name.LastIndexOf('-');
                if (hyphen > 0)
                {
                    AddFirst(hyphenEnds, NameForms.Key(record.Name.Substring(hyphen + 1)), record);
                }
            }

            if (record.Kind != EntityKind.Person || record.MergedInto is not null)
            {
                continue;
            }

            var parts = record.Name.Split(' ');
            if (parts.Length < 2)
            {
                continue;
            }

            AddFirst(surnames, NameForms.Key(parts[parts.Length - 1]), record);

            // "Tamimi" for "Omar Said al-Tamimi": a sentence-opening "al-" is not read as part of the name.
            var last = parts[parts.Length - 1];
            var particleEnd = last.IndexOf('-');
            if (particleEnd > 0 && particleEnd + 1 < last.Length && char.IsLower(last[0]) && Lexicon.NameConnectors.Contains(last.Substring(0, particleEnd)))
            {
                AddFirst(surnames, NameForms.Key(last.Substring(particleEnd + 1)), record);
            }

            // "Vázquez" for "Wanda Vázquez Garced": a family name before the last.
            if (parts.Length >= 3 && char.IsUpper(parts[parts.Length - 2][0]))
            {
                AddFirst(surnames, NameForms.Key(parts[parts.Length - 2]), record);
            }

            // A sovereign's title kept in the name ("Pope" in "Pope Leo", see WithPontificalTitle) is no first name:
            // "Pope" alone, or a second pope, must not be taken for this one.
            if (SovereignTitles.Contains(parts[0]))
            {
                continue;
            }

            // A first name shared by two people names neither.
            var first = NameForms.Key(parts[0]);
            firstNames[first] = firstNames.ContainsKey(first) && !ReferenceEquals(firstNames[first], record) ? null : record;
        }

        indexedRecords = registry.Records.Count;
    }

    private static void AddFirst(Dictionary<string, EntityRecord> index, string key, EntityRecord record)
    {
        if (!index.ContainsKey(key))
        {
            index[key] = record;
        }
    }

    // "Bissau" after "Guinea-Bissau".
    private EntityRecord? PlaceByLastPart(string word)
    {
        RefreshNameIndex();
        return hyphenEnds.TryGetValue(NameForms.Key(word), out var place) ? place.Resolve() : null;
    }
}
