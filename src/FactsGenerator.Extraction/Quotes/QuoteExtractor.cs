using System.Collections.Generic;
using System.Threading;
using FactsGenerator.Extraction.Entities;
using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Quotes;

// PLACEHOLDER (being replaced by the quote work of issue 4).
internal static class QuoteExtractor
{
    public static List<QuoteFact> Extract(AnalyzedText text, EntitySet entities, CancellationToken cancellationToken) => new();
}
