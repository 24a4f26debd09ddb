using System;
using System.Collections.Generic;
using System.Threading;
using System.Linq;
using FactsGenerator.Extraction;
using FactsGenerator.Extraction.Library;
using FactsGenerator.Extraction.Library.Lock;
using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Naming;

namespace FactsGenerator.Cli;

/// <summary>A document with its facts (after the lock file and curation) and their final member names, exactly as the generator would name them.</summary>
internal sealed record ExtractedDocument(InputDocument Input, DocumentFacts Facts, ResolvedDocument Names, CuratedDocument Curation)
{
    public static List<ExtractedDocument> ExtractAll(IReadOnlyList<InputDocument> inputs, string? published, LockFile? lockFile = null) =>
        FromLibrary(inputs, Build(inputs, published, lockFile));

    /// <summary>Extracts every document and runs the generator's naming pipeline (lock file, curation, resolution) over them.</summary>
    public static LibraryResult Build(IReadOnlyList<InputDocument> inputs, string? published, LockFile? lockFile) =>
        FactLibrary.Build(inputs.Select(i => new LibraryDocument(i.Path, i.Name, i.Text, (EngineOverride.Value ?? FactExtractor.Extract)(i.Text, new ExtractionOptions(Published: published), CancellationToken.None))), lockFile);

    /// <summary>Replaces the engine for the current test's flow only, so command tests do not depend on extraction quality.</summary>
    internal static readonly AsyncLocal<Func<string, ExtractionOptions, CancellationToken, DocumentFacts>?> EngineOverride = new();

    public static List<ExtractedDocument> FromLibrary(IReadOnlyList<InputDocument> inputs, LibraryResult library)
    {
        var resolved = library.Resolved.ToDictionary(r => r.DocumentPath);
        return inputs.Select((input, k) =>
        {
            var curation = library.Curated[k];

            // The generator names no member of an unusable (e.g. empty) document; it still has a Sources entry name.
            var names = resolved.TryGetValue(input.Path, out var found) ? found
                : new ResolvedDocument(input.Path, Identifier.ToPascalCase(input.Name), EquatableArray<NamedFact>.Empty, EquatableArray<NamingNote>.Empty);
            return new ExtractedDocument(input, curation.Facts, names, curation);
        }).ToList();
    }

    public string PathOf(FactKind kind, int index) =>
        Names.Facts.First(f => f.Kind == kind && f.Index == index).Path;
}
