using System.Threading;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>
/// Finds the people, places and organisations of a document. Proper-name candidates (<see cref="NameChunker"/>)
/// are classified in three passes: context evidence over the whole document, then multi-word names (titles,
/// organisation heads, the gazetteer, person-like names), then single words (surnames of known people,
/// acronyms, gazetteer places).
/// </summary>
internal static class EntityExtractor
{
    public static EntitySet Extract(AnalyzedText text, CancellationToken cancellationToken) =>
        new DocumentEntityReader(text, cancellationToken).Read();
}
