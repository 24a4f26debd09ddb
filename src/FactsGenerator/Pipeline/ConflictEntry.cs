using System.Linq;
using FactsGenerator.Extraction.Library;
using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Pipeline;

/// <summary>A fact the documents disagree on: the shared path and the document-qualified members holding each value.</summary>
internal sealed record ConflictEntry(string Path, EquatableArray<string> Members)
{
    public static EquatableArray<ConflictEntry> From(EquatableArray<ResolvedDocument> documents) => documents
        .SelectMany(d => d.Facts)
        .Where(f => f.ConflictOf is not null)
        .GroupBy(f => f.ConflictOf!, System.StringComparer.Ordinal)
        .OrderBy(g => g.Key, System.StringComparer.Ordinal)
        .Select(g => new ConflictEntry(g.Key, g.Select(f => f.Path).Distinct().OrderBy(p => p, System.StringComparer.Ordinal).ToEquatableArray()))
        .ToEquatableArray();
}
