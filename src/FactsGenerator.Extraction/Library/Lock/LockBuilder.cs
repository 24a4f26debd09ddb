using System;
using System.Collections.Generic;
using System.Linq;
using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Library.Lock;

/// <summary>
/// Writes down the library as it is now as a lock file: every generated member with its type, document and
/// evidence, the facts curation excluded, and the curation rules unchanged. Facts added by curation are not
/// locked (their rule already defines them); locked facts whose evidence is gone are dropped (accepting the
/// removal is what running <c>facts lock</c> means).
/// </summary>
public static class LockBuilder
{
    public static LockFile Build(string path, IEnumerable<CuratedDocument> curated, IEnumerable<ResolvedDocument> resolved, LockFile? previous)
    {
        var names = resolved.ToDictionary(r => r.DocumentPath, StringComparer.Ordinal);
        var entries = new List<LockEntry>();
        foreach (var document in curated)
        {
            var fileName = System.IO.Path.GetFileName(document.Path);
            entries.AddRange(document.Excluded);
            if (!names.TryGetValue(document.Path, out var resolvedDocument))
            {
                continue;
            }

            foreach (var fact in resolvedDocument.Facts)
            {
                if (fact.Origin == PinOrigin.Manual)
                {
                    continue;
                }

                var type = fact.Kind == FactKind.Quantity
                    ? FactValues.Accept(document.Facts.Quantities[fact.Index], fact.LockedType) ?? FactValues.QuantityType(document.Facts.Quantities[fact.Index])
                    : FactValues.TypeOf(document.Facts, fact.Kind, fact.Index);
                entries.Add(new LockEntry(fileName, fact.Path, type, FactValues.SpecOf(document.Facts, fact.Kind, fact.Index), false, fact.ConflictOf, null));
            }
        }

        var file = new LockFile(path, LockFile.CurrentVersion, EquatableArray<LockEntry>.Empty, previous?.Curation.Select(r => r.Contract).ToEquatableArray() ?? EquatableArray<CurationRule>.Empty);
        return file with { Facts = LockFileWriter.Sorted(file with { Facts = entries.Distinct().ToEquatableArray() }).ToEquatableArray() };
    }
}
