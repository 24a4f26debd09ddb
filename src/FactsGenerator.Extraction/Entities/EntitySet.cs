using System.Collections.Generic;
using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Entities;

/// <summary>The named entities of one document, shared with the quantity, quote and date extractors.</summary>
internal sealed class EntitySet
{
    private static readonly List<EntityMention> NoMentions = new();

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
    public IEnumerable<EntityMention> MentionsWithin(int start, int end)
    {
        foreach (var mention in Mentions)
        {
            if (mention.Start >= start && mention.End <= end)
            {
                yield return mention;
            }
        }
    }

    /// <summary>The mention that starts exactly at <paramref name="start"/>, or null.</summary>
    public EntityMention? MentionAt(int start)
    {
        foreach (var mention in Mentions)
        {
            if (mention.Start == start)
            {
                return mention;
            }
        }

        return null;
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
