using System.Collections.Generic;
using System.Threading;
using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

// PLACEHOLDER (being replaced by the entity work of issue 4).
internal static class EntityExtractor
{
    public static EntitySet Extract(AnalyzedText text, CancellationToken cancellationToken) =>
        new(new List<PersonFact>(), new List<PlaceFact>(), new List<OrganizationFact>());
}
