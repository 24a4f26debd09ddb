using System.Collections.Generic;
using System.Threading;
using FactsGenerator.Extraction.Entities;
using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Quantities;

// PLACEHOLDER (being replaced by the quantity work of issue 3).
internal static class QuantityExtractor
{
    public static List<QuantityFact> Extract(AnalyzedText text, EntitySet entities, CancellationToken cancellationToken) => new();
}
