using System.Collections.Generic;
using System.Linq;
using FactsGenerator.Extraction;
using FactsGenerator.Extraction.Library;
using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Cli;

/// <summary>A document with its facts and their final member names, exactly as the generator would name them.</summary>
internal sealed record ExtractedDocument(InputDocument Input, DocumentFacts Facts, ResolvedDocument Names)
{
    public static List<ExtractedDocument> ExtractAll(IReadOnlyList<InputDocument> inputs, string? published)
    {
        var facts = inputs.Select(i => FactExtractor.Extract(i.Text, new ExtractionOptions(Published: published))).ToList();
        var resolved = NameResolver.Resolve(inputs.Select((input, k) => new DocumentNames(input.Path, input.Name, FactNaming.Propose(facts[k]).ToEquatableArray())))
            .ToDictionary(r => r.DocumentPath);
        return inputs.Select((input, k) => new ExtractedDocument(input, facts[k], resolved[input.Path])).ToList();
    }

    public string PathOf(FactKind kind, int index) =>
        Names.Facts.First(f => f.Kind == kind && f.Index == index).Path;
}
