using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace FactsGenerator.Benchmarks;

/// <summary>
/// Makes sure the warm benchmarks measure what they claim: an unrelated C# edit re-extracts no document and
/// re-emits nothing; a document edit re-extracts exactly that document. A violation fails the benchmark.
/// </summary>
internal static class IncrementalityCheck
{
    public static void Verify(IReadOnlyList<FactSourceFile> files, Compilation compilation, Compilation compilationWithEditedCode, FactSourceFile fileToEdit, FactSourceFile editedFile)
    {
        var tracked = Consumer.CreateDriver(files, trackSteps: true).RunGenerators(compilation);

        var afterCodeEdit = tracked.RunGenerators(compilationWithEditedCode).GetRunResult().Results.Single();
        var extracted = Reasons(afterCodeEdit, TrackingNames.Extracted);
        if (extracted.Any(r => r != IncrementalStepRunReason.Cached))
        {
            throw new InvalidOperationException("An unrelated C# edit re-extracted documents: " + string.Join(", ", extracted));
        }

        if (afterCodeEdit.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).Any(o => o.Reason != IncrementalStepRunReason.Cached))
        {
            throw new InvalidOperationException("An unrelated C# edit re-emitted generated files.");
        }

        var afterDocumentEdit = tracked.ReplaceAdditionalText(fileToEdit, editedFile).RunGenerators(compilation).GetRunResult().Results.Single();
        var reExtracted = Reasons(afterDocumentEdit, TrackingNames.Extracted).Count(r => r != IncrementalStepRunReason.Cached);
        if (reExtracted != 1)
        {
            throw new InvalidOperationException($"Editing one document re-extracted {reExtracted} documents.");
        }
    }

    private static List<IncrementalStepRunReason> Reasons(GeneratorRunResult result, string step) =>
        result.TrackedSteps.TryGetValue(step, out var steps) ? steps.SelectMany(s => s.Outputs).Select(o => o.Reason).ToList() : new List<IncrementalStepRunReason>();
}
