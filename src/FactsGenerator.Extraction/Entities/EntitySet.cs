using System.Collections.Generic;
using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Entities;

/// <summary>The named entities of one document, shared with the quantity, quote and date extractors.</summary>
internal sealed class EntitySet
{
    public EntitySet(List<PersonFact> people, List<PlaceFact> places, List<OrganizationFact> organizations)
    {
        People = people;
        Places = places;
        Organizations = organizations;
    }

    public List<PersonFact> People { get; }

    public List<PlaceFact> Places { get; }

    public List<OrganizationFact> Organizations { get; }
}
