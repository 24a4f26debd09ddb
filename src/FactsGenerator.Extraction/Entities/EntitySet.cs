using System.Collections.Generic;
using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Entities;

/// <summary>The named entities of one document, shared with the quantity, quote and date extractors.</summary>
internal sealed class EntitySet
{
    private static readonly List<EntityMention> NoMentions = new();

    private Dictionary<int, EntityMention>? byStart;
    private Dictionary<int, EntityMention>? actorByEnd;

    public EntitySet(List<PersonFact> people, List<PlaceFact> places, List<OrganizationFact> organizations)
        : this(people, places, organizations, NoMentions)
    {
    }

    public EntitySet(List<PersonFact> people, List<PlaceFact> places, List<OrganizationFact> organizations, List<EntityMention> mentions)
    {
        People = people;
        Places = places;
        Organizations = organizations;
        Mentions = mentions;
    }

    public List<PersonFact> People { get; }

    public List<PlaceFact> Places { get; }

    public List<OrganizationFact> Organizations { get; }

    /// <summary>Every mention of a person, place or organisation, in document order.</summary>
    public List<EntityMention> Mentions { get; }

    /// <summary>The mentions that lie inside [start, end), in document order.</summary>
    /// <remarks>
    /// Quotes ask this once or more per quotation: a binary search finds the first mention, and the walk stops at the
    /// first that starts at <paramref name="end"/> or later, rather than scanning the whole document each time.
    /// </remarks>
    public IEnumerable<EntityMention> MentionsWithin(int start, int end)
    {
        for (var i = FirstMentionStartingAtOrAfter(start); i < Mentions.Count && Mentions[i].Start < end; i++)
        {
            if (Mentions[i].End <= end)
            {
                yield return Mentions[i];
            }
        }
    }

    /// <summary>The mention that starts exactly at <paramref name="start"/>, or null.</summary>
    public EntityMention? MentionAt(int start)
    {
        BuildIndexes();
        return byStart!.TryGetValue(start, out var mention) ? mention : null;
    }

    /// <summary>The person or organisation mention that ends exactly at <paramref name="end"/> (the longest), or null.</summary>
    public EntityMention? ActorEndingAt(int end)
    {
        BuildIndexes();
        return actorByEnd!.TryGetValue(end, out var mention) ? mention : null;
    }

    /// <summary>The index of the first mention that ends after <paramref name="offset"/> (mentions are in document order).</summary>
    public int FirstMentionEndingAfter(int offset)
    {
        var lo = FirstMentionStartingAtOrAfter(offset);

        // Mentions never overlap much; step back over those that start before but end after the offset.
        while (lo > 0 && Mentions[lo - 1].End > offset)
        {
            lo--;
        }

        return lo;
    }

    // The index of the first mention that starts at offset or later (Mentions is sorted by start), or Mentions.Count.
    private int FirstMentionStartingAtOrAfter(int offset)
    {
        var lo = 0;
        var hi = Mentions.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (Mentions[mid].Start < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private void BuildIndexes()
    {
        if (byStart is not null)
        {
            return;
        }

        var starts = new Dictionary<int, EntityMention>();
        var ends = new Dictionary<int, EntityMention>();
        foreach (var mention in Mentions)
        {
            if (!starts.ContainsKey(mention.Start))
            {
                starts[mention.Start] = mention;
            }

            if (mention.Kind != EntityKind.Place && (!ends.TryGetValue(mention.End, out var known) || mention.Start < known.Start))
            {
                ends[mention.End] = mention;
            }
        }

        byStart = starts;
        actorByEnd = ends;
    }

    /// <summary>The person whose name or alias is <paramref name="name"/> (ordinal), or null.</summary>
    public PersonFact? FindPerson(string name)
    {
        foreach (var person in People)
        {
            if (person.Name == name || Contains(person.Aliases, name))
            {
                return person;
            }
        }

        return null;
    }

    /// <summary>True when <paramref name="name"/> names a known place (name or alias).</summary>
    public bool IsPlace(string name)
    {
        foreach (var place in Places)
        {
            if (place.Name == name || Contains(place.Aliases, name))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Contains(EquatableArray<string> items, string value)
    {
        foreach (var item in items)
        {
            if (item == value)
            {
                return true;
            }
        }

        return false;
    }
}
