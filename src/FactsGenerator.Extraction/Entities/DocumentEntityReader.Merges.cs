using System.Collections.Generic;

namespace FactsGenerator.Extraction.Entities;

/// <summary>Names that turn out to be other names of one entity, merged after all passes.</summary>
internal sealed partial class DocumentEntityReader
{
    // "President Macron" seen before or after "Emmanuel Macron" is one person.
    private void MergeShortPersonNames()
    {
        foreach (var shortName in registry.Records)
        {
            if (shortName.Kind != EntityKind.Person || shortName.MergedInto is not null || shortName.Name.IndexOf(' ') >= 0)
            {
                continue;
            }

            var full = PersonByPartOfName(shortName.Name);
            if (full is not null && !ReferenceEquals(full, shortName))
            {
                shortName.MergeInto(full);
            }
        }

        indexedRecords = -1;

        // "Elijah Cummings" and later "Elijah Eugene Cummings": the same first and last name is one person.
        var people = new List<EntityRecord>();
        foreach (var record in registry.Records)
        {
            if (record.Kind == EntityKind.Person && record.MergedInto is null && record.Name.IndexOf(' ') > 0)
            {
                people.Add(record);
            }
        }

        var byFirstAndLast = new Dictionary<string, EntityRecord>(System.StringComparer.Ordinal);
        foreach (var person in people)
        {
            var parts = person.Name.Split(' ');
            var key = NameForms.Key(parts[0]) + " " + NameForms.Key(parts[parts.Length - 1]);
            if (byFirstAndLast.TryGetValue(key, out var earlier))
            {
                if (SameFirstAndLast(earlier.Name, person.Name))
                {
                    person.MergeInto(earlier);
                }
            }
            else
            {
                byFirstAndLast[key] = person;
            }
        }
    }

    // "G7, or the Group of Seven,": the second name is an alias of the first.
    private void MergeOrAlternatives()
    {
        foreach (var (_, chunks) in sentences)
        {
            for (var c = 0; c + 1 < chunks.Count; c++)
            {
                var first = chunks[c];
                var second = chunks[c + 1];
                var tokens = first.Tokens;
                var p = first.Last + 1;
                if (p + 1 >= tokens.Count || !tokens[p].IsSymbol(',') || !tokens[p + 1].Is("or"))
                {
                    continue;
                }

                var expected = tokens[p + 2 < tokens.Count && tokens[p + 2].Is("the") ? p + 2 : p + 1].End;
                var a = registry.Find(first.Text);
                var b = registry.Find(second.Text);
                if (tokens[second.First].Start > expected + 1 || a is null || b is null || a.Kind != b.Kind || ReferenceEquals(a, b) || a.Kind == EntityKind.Person)
                {
                    continue;
                }

                b.MergeInto(a);
            }
        }
    }

    private static bool SameFirstAndLast(string a, string b)
    {
        var x = a.Split(' ');
        var y = b.Split(' ');
        return x.Length != y.Length && SameKey(x[0], y[0]) && SameKey(x[x.Length - 1], y[y.Length - 1]);
    }

    // "Bissau" and "Guinea-Bissau" are one place; "Labour" and "Labour Party" one organisation.
    private void MergeShortPlaceAndOrganizationNames()
    {
        var longForms = new Dictionary<string, EntityRecord>(System.StringComparer.Ordinal);
        foreach (var longName in registry.Records)
        {
            var shortKey = longName.MergedInto is null ? ShortFormKey(longName) : null;
            if (shortKey is not null && !longForms.ContainsKey(shortKey))
            {
                longForms[shortKey] = longName;
            }
        }

        foreach (var shortName in registry.Records)
        {
            if (shortName.MergedInto is not null || shortName.Kind == EntityKind.Person || shortName.Name.IndexOf(' ') >= 0)
            {
                continue;
            }

            if (longForms.TryGetValue(shortName.Kind + ":" + NameForms.Key(shortName.Name), out var longName) && !ReferenceEquals(longName, shortName))
            {
                shortName.MergeInto(longName);
            }
        }
    }

    // The key under which a shorter name would refer to this record: the last part of a hyphenated
    // place, or an organisation's name without its head word.
    private static string? ShortFormKey(EntityRecord record)
    {
        var name = record.Name;
        if (record.Kind == EntityKind.Place)
        {
            var hyphen = name.LastIndexOf('-');
            return hyphen > 0 && name.IndexOf(' ') < 0 ? record.Kind + ":" + NameForms.Key(name.Substring(hyphen + 1)) : null;
        }

        if (record.Kind != EntityKind.Organization)
        {
            return null;
        }

        var space = name.LastIndexOf(' ');
        return space > 0 && Lexicon.OrganizationHeads.Contains(name.Substring(space + 1)) ? record.Kind + ":" + NameForms.Key(name.Substring(0, space)) : null;
    }
}
