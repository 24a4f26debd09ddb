using System;
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
/// FactSource documents → per-document extraction (cached on content) → names resolved across documents →
/// one generated file per document plus the shared types and index. Reads only AdditionalFiles, options and
/// the language version, so editing C# code never re-runs extraction.
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

        var names = extracted
            .Where(doc => doc.IsUsable)
            .Select((doc, _) => new DocumentNames(doc.Path, doc.Name, FactNaming.Propose(doc.Facts).ToEquatableArray()))
            .WithTrackingName(TrackingNames.Proposals)
            .Collect()
            .Select((all, _) => new LibraryNames(NameResolver.Resolve(all).ToEquatableArray()))
            .WithTrackingName(TrackingNames.Names);

        var supported = languageVersion.Select((v, _) => v >= MinimumLanguageVersion);

        var documentOutputs = extracted
            .Combine(names)
            .Combine(options)
            .Combine(supported)
            .Select((pair, _) => new DocumentOutput(
                pair.Left.Left.Left,
                pair.Left.Left.Right.Documents.FirstOrDefault(d => d.DocumentPath == pair.Left.Left.Left.Path),
                pair.Left.Right,
                pair.Right))
            .WithTrackingName(TrackingNames.DocumentOutputs);

        var index = names
            .Combine(options)
            .Combine(languageVersion)
            .Select((pair, _) => new IndexOutput(
                pair.Left.Left.Documents.Select(d => new SourceEntry(d.SourceMember, System.IO.Path.GetFileName(d.DocumentPath))).ToEquatableArray(),
                pair.Left.Right,
                pair.Right.ToDisplayString(),
                pair.Right >= MinimumLanguageVersion))
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

        try
        {
            var source = DocumentEmitter.Emit(output.Document, output.Names, new EmitContext(output.Options));
            context.AddSource(DocumentEmitter.HintName(output.Names), SourceText.From(source, System.Text.Encoding.UTF8));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            context.ReportDiagnostic(DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, LocationInfo.StartOf(output.Document.Path),
                System.IO.Path.GetFileName(output.Document.Path), e.GetType().Name + ": " + e.Message).ToDiagnostic());
        }
    }

    private static void EmitIndex(SourceProductionContext context, IndexOutput output)
    {
        foreach (var problem in output.Options.Problems)
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
        context.AddSource(IndexEmitter.HintName, SourceText.From(IndexEmitter.Emit(output.Sources.Select(s => (s.SourceMember, s.FileName)).ToList(), emit), System.Text.Encoding.UTF8));
    }
}
