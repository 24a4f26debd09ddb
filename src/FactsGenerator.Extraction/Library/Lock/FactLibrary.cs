using System.Collections.Generic;
using System.Linq;
using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Library.Lock;

/// <summary>A document as the library layer needs it: path, identity, text and extracted facts.</summary>
public sealed record LibraryDocument(string Path, string Name, string Text, DocumentFacts Facts);

/// <summary>The whole library: every document after curation and the final names.</summary>
public sealed record LibraryResult(IReadOnlyList<CuratedDocument> Curated, IReadOnlyList<ResolvedDocument> Resolved);

/// <summary>
/// The generator's naming pipeline in one call (curate each document, then resolve names across documents), for
/// <c>facts</c> and tests; the generator runs the same two steps as separate incremental stages.
/// </summary>
public static class FactLibrary
{
    public static LibraryResult Build(IEnumerable<LibraryDocument> documents, LockFile? lockFile)
    {
        var curated = documents
            .Select(d => DocumentCuration.Apply(d.Path, d.Name, d.Text, d.Facts, lockFile))
            .ToList();
        var resolved = NameResolver.Resolve(curated.Where(c => c.Facts.Problem == DocumentProblem.None).Select(c => c.ToNames()));
        return new LibraryResult(curated, resolved);
    }
}
