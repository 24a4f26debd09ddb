using System;
using System.Collections.Immutable;
using System.Linq;
using FactsGenerator.Diagnostics;
using FactsGenerator.Emit;
using FactsGenerator.Extraction.Library;
using FactsGenerator.Extraction.Model;
using FactsGenerator.Pipeline;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace FactsGenerator;

/// <summary>
/// FactSource documents → per-document extraction (cached on content) → the lock file and curation applied to each
/// document → names resolved across documents (same facts merged, conflicts qualified) → one generated file per
/// document plus the shared types and index. Reads only AdditionalFiles, options and the language version, so
/// editing C# code never re-runs extraction, and editing the lock file never re-extracts a document.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class FactsSourceGenerator : IIncrementalGenerator
{
    /// <summary>The oldest C# version the generated code compiles with (nullable annotations).</summary>
    internal const LanguageVersion MinimumLanguageVersion = LanguageVersion.CSharp8;

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var options = context.AnalyzerConfigOptionsProvider
            .Select((provider, _) => GeneratorOptions.From(provider.GlobalOptions))
            .WithTrackingName(TrackingNames.Options);

        var languageVersion = context.ParseOptionsProvider
            .Select((parse, _) => parse is CSharpParseOptions csharp ? csharp.LanguageVersion : MinimumLanguageVersion)
            .WithTrackingName(TrackingNames.LanguageVersion);

        var documents = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select((pair, ct) => DocumentInput.TryCreate(pair.Left, pair.Right.GetOptions(pair.Left), ct))
            .Where(input => input is not null)
            .Select((input, _) => input!)
            .WithTrackingName(TrackingNames.Documents);

        var extracted = documents
            .Combine(options.Select((o, _) => o.MaxDocumentSize))
            .Select((pair, ct) => DocumentResult.Extract(pair.Left, pair.Right, ct))
            .WithTrackingName(TrackingNames.Extracted);

        var lockFile = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select((pair, ct) => LockInput.TryCreate(pair.Left, pair.Right.GetOptions(pair.Left), ct))
            .Where(input => input is not null)
            .Select((input, _) => input!)
            .Collect()
            .Select((inputs, _) => LockModel.From(inputs))
            .WithTrackingName(TrackingNames.Lock);

        // The lock is applied after extraction, so editing the lock file never re-extracts a document.
        var curated = extracted
            .Combine(lockFile)
            .Select((pair, ct) => DocumentCurator.Apply(pair.Left, pair.Right, ct))
            .WithTrackingName(TrackingNames.Curated);

        var names = curated
            .Where(doc => doc.IsUsable)
            .Select((doc, _) => doc.ToNames())
            .WithTrackingName(TrackingNames.Proposals)
            .Collect()
            .Select((all, _) => LibraryNames.Create(NameResolver.Resolve(all)))
            .WithTrackingName(TrackingNames.Names);

        var supported = languageVersion.Select((v, _) => v >= MinimumLanguageVersion);

        var documentOutputs = curated
            .Combine(names)
            .Combine(options)
            .Combine(supported)
            .Select((pair, _) =>
            {
                var (document, library) = pair.Left.Left;
                var index = library.IndexOf(document.Path);
                return new DocumentOutput(document, index < 0 ? null : library.Documents[index], index < 0 ? string.Empty : library.HintNames[index], pair.Left.Right, pair.Right);
            })
            .WithTrackingName(TrackingNames.DocumentOutputs);

        var documentFiles = documents.Select((d, _) => d.FileName).Collect();

        var index = names
            .Combine(options)
            .Combine(languageVersion)
            .Combine(lockFile.Combine(documentFiles))
            .Select((pair, _) => new IndexOutput(
                pair.Left.Left.Left.Documents.Select(d => new SourceEntry(d.SourceMember, System.IO.Path.GetFileName(d.DocumentPath), DocumentEmitter.DeclaringClasses(d))).ToEquatableArray(),
                pair.Left.Left.Right,
                pair.Left.Right.ToDisplayString(),
                pair.Left.Right >= MinimumLanguageVersion)
            {
                Conflicts = ConflictEntry.From(pair.Left.Left.Left.Documents),
                LockProblems = LockProblems(pair.Right.Left, pair.Left.Left.Left, pair.Right.Right),
            })
            .WithTrackingName(TrackingNames.Index);

        context.RegisterSourceOutput(documentOutputs, EmitDocument);
        context.RegisterSourceOutput(index, EmitIndex);
    }

    private static void EmitDocument(SourceProductionContext context, DocumentOutput output)
    {
        foreach (var diagnostic in output.Document.Diagnostics)
        {
            context.ReportDiagnostic(diagnostic.ToDiagnostic());
        }

        if (output.Names is null || !output.LanguageSupported)
        {
            return;
        }

        foreach (var note in output.Names.Notes)
        {
            context.ReportDiagnostic(NamingDiagnostics.From(note).ToDiagnostic());
        }

        if (output.Document.HasLock && LockDiagnostics.NewFacts(output.Names) is { } newFacts)
        {
            context.ReportDiagnostic(newFacts.ToDiagnostic());
        }

        try
        {
            var source = DocumentEmitter.Emit(output.Document, output.Names, new EmitContext(output.Options));
            context.AddSource(output.HintName, SourceText.From(source, System.Text.Encoding.UTF8));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            context.ReportDiagnostic(DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, LocationInfo.StartOf(output.Document.Path),
                System.IO.Path.GetFileName(output.Document.Path), e.GetType().Name + ": " + e.Message).ToDiagnostic());
        }
    }

    private static void EmitIndex(SourceProductionContext context, IndexOutput output)
    {
        foreach (var problem in output.Options.Problems.Concat(output.LockProblems))
        {
            context.ReportDiagnostic(problem.ToDiagnostic());
        }

        if (!output.LanguageSupported)
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.LanguageVersionTooOld, Location.None,
                MinimumLanguageVersion.ToDisplayString(), output.LanguageVersion));
            return;
        }

        var emit = new EmitContext(output.Options);
        context.AddSource(TypesEmitter.HintName, SourceText.From(TypesEmitter.Emit(emit), System.Text.Encoding.UTF8));
        context.AddSource(IndexEmitter.HintName, SourceText.From(IndexEmitter.Emit(output.Sources, emit, output.Conflicts), System.Text.Encoding.UTF8));
    }

    private static EquatableArray<DiagnosticInfo> LockProblems(LockModel lockModel, LibraryNames names, ImmutableArray<string> documentFiles)
    {
        if (lockModel.File is null)
        {
            return lockModel.Problems;
        }

        try
        {
            return lockModel.Problems.Concat(LockDiagnostics.ForLibrary(lockModel.File, names.Documents, documentFiles)).ToEquatableArray();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return lockModel.Problems.Concat(new[] { DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, LocationInfo.StartOf(lockModel.File.Path),
                System.IO.Path.GetFileName(lockModel.File.Path), e.GetType().Name + ": " + e.Message) }).ToEquatableArray();
        }
    }
}
