using System;
using System.Collections.Generic;
using System.Linq;
using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Library;

/// <summary>
/// What a document is about: the people, places and organisations its title names or its text mentions often (all of
/// them when none qualifies). Generic members ("Casualties.PeopleKilled") recur in documents about unrelated events;
/// only related documents can corroborate or contradict each other's figures. Countries are left out because two
/// reports from one country are usually about different events, and one shared name is not enough when both
/// documents have several: two reports from one city are often about different events too.
/// </summary>
public static class DocumentTopics
{
    /// <summary>An entity mentioned this often is a topic even when the title does not name it.</summary>
    public const int FrequentMentions = 3;

    /// <summary>The topics of a document, upper-cased (invariant) and in ordinal order.</summary>
    public static EquatableArray<string> Of(DocumentFacts facts)
    {
        var topics = new SortedSet<string>(StringComparer.Ordinal);
        void Consider(string name, EquatableArray<string> aliases, int mentions)
        {
            if (mentions >= FrequentMentions || InTitle(facts.Title, name) || aliases.Any(a => InTitle(facts.Title, a)))
            {
                topics.Add(name.ToUpperInvariant());
            }
        }

        var entities = facts.People.Select(p => (p.Name, p.Aliases, p.Mentions))
            .Concat(facts.Places.Where(p => p.Kind != PlaceKind.Country).Select(p => (p.Name, p.Aliases, p.Mentions)))
            .Concat(facts.Organizations.Select(o => (o.Name, o.Aliases, o.Mentions)))
            .ToList();
        foreach (var (name, aliases, mentions) in entities)
        {
            Consider(name, aliases, mentions);
        }

        if (topics.Count == 0)
        {
            foreach (var (name, _, _) in entities)
            {
                topics.Add(name.ToUpperInvariant());
            }
        }

        return topics.ToEquatableArray();
    }

    /// <summary>
    /// Whether two documents can be about the same event: they share two topics, or the only topic one of them has;
    /// or neither names anything, in which case nothing tells them apart and they are treated as related (a
    /// disagreement is then reported, not hidden). A document without names is not related to one with names.
    /// </summary>
    public static bool Related(EquatableArray<string> first, EquatableArray<string> second)
    {
        if (first.Count == 0 || second.Count == 0)
        {
            return first.Count == second.Count;
        }

        var needed = Math.Min(2, Math.Min(first.Count, second.Count));
        var shared = 0;

        // Both lists are in ordinal order: one merge pass.
        int i = 0, j = 0;
        while (i < first.Count && j < second.Count)
        {
            var order = string.CompareOrdinal(first[i], second[j]);
            if (order == 0 && ++shared == needed)
            {
                return true;
            }

            if (order == 0)
            {
                i++;
                j++;
                continue;
            }

            if (order < 0)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return false;
    }

    private static bool InTitle(string title, string name)
    {
        if (name.Length == 0)
        {
            return false;
        }

        for (var at = title.IndexOf(name, StringComparison.OrdinalIgnoreCase); at >= 0; at = title.IndexOf(name, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + name.Length;
            if ((at == 0 || !char.IsLetterOrDigit(title[at - 1])) && (end == title.Length || !char.IsLetterOrDigit(title[end])))
            {
                return true;
            }
        }

        return false;
    }
}
