using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using FactsGenerator.Diagnostics;
using FactsGenerator.Extraction.Library.Lock;
using FactsGenerator.Extraction.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FactsGenerator.Pipeline;

/// <summary>A lock file (an AdditionalFile marked FactsGenerator_Lock, from a FactsLock item) as path and text.</summary>
internal sealed record LockInput(string Path, string? Text)
{
    public const string Marker = "build_metadata.AdditionalFiles.FactsGenerator_Lock";

    /// <summary>Null when the additional file is not a lock file.</summary>
    public static LockInput? TryCreate(AdditionalText file, AnalyzerConfigOptions options, CancellationToken cancellationToken) =>
        options.TryGetValue(Marker, out var marker) && string.Equals(marker, "true", StringComparison.OrdinalIgnoreCase)
            ? new LockInput(file.Path, file.GetText(cancellationToken)?.ToString())
            : null;
}

/// <summary>
/// The project's lock file, parsed, as equatable data: the pipeline's only input besides the documents and options,
/// so editing C# code never re-reads it and editing it never re-extracts a document.
/// </summary>
internal sealed record LockModel(LockFile? File, EquatableArray<DiagnosticInfo> Problems)
{
    public static LockModel None { get; } = new(null, EquatableArray<DiagnosticInfo>.Empty);

    public static LockModel From(ImmutableArray<LockInput> inputs)
    {
        if (inputs.IsDefaultOrEmpty)
        {
            return None;
        }

        var ordered = inputs.OrderBy(i => i.Path, StringComparer.Ordinal).ToList();
        var problems = new List<DiagnosticInfo>();
        foreach (var ignored in ordered.Skip(1))
        {
            problems.Add(DiagnosticInfo.Create(DiagnosticDescriptors.SeveralLockFiles, LocationInfo.StartOf(ignored.Path),
                System.IO.Path.GetFileName(ordered[0].Path), System.IO.Path.GetFileName(ignored.Path)));
        }

        var input = ordered[0];
        if (input.Text is null)
        {
            problems.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidLockFile, LocationInfo.StartOf(input.Path), System.IO.Path.GetFileName(input.Path), "the file cannot be read"));
            return new LockModel(null, problems.ToEquatableArray());
        }

        // An empty file is a lock file that pins nothing yet (e.g. created by hand before the first 'facts lock').
        if (input.Text.Trim().Length == 0)
        {
            return new LockModel(LockFile.Empty(input.Path), problems.ToEquatableArray());
        }

        var parse = LockFileReader.Read(input.Path, input.Text);
        foreach (var problem in parse.Problems)
        {
            problems.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidLockFile, LockDiagnostics.Location(problem.At), System.IO.Path.GetFileName(input.Path), problem.Message));
        }

        return new LockModel(parse.File, problems.ToEquatableArray());
    }
}
