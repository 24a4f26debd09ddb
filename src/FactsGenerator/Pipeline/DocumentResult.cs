using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using FactsGenerator.Diagnostics;
using FactsGenerator.Extraction;
using FactsGenerator.Extraction.Library;
using FactsGenerator.Extraction.Library.Lock;
using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Pipeline;

/// <summary>The facts of one document and the diagnostics about it. A failed document has no facts, never an exception.</summary>
internal sealed record DocumentResult(string Path, string Name, DocumentFacts Facts, EquatableArray<DiagnosticInfo> Diagnostics)
{
    /// <summary>Replaces the engine for the current test's flow only, to prove that a failing document never breaks the build.</summary>
    internal static readonly AsyncLocal<Func<string, ExtractionOptions, CancellationToken, DocumentFacts>?> EngineOverride = new();

    public bool IsUsable => Facts.Problem == DocumentProblem.None;

    /// <summary>The document's text, so the lock file's evidence can be looked for in it (empty when unreadable).</summary>
    public string Text { get; init; } = string.Empty;

    /// <summary>After the lock file was applied (see <see cref="DocumentCurator"/>): the pinned members and findings; null before.</summary>
    public CuratedDocument? Curation { get; init; }

    /// <summary>A lock file was applied to this document, so facts it does not pin are reported as new.</summary>
    public bool HasLock => Curation?.HasLock == true;

    /// <summary>The member proposals for name resolution, with the lock file's and curation's pins.</summary>
    public DocumentNames ToNames() => (Curation ?? CuratedDocument.Unlocked(Path, Name, Facts)).ToNames();

    public static DocumentResult Extract(DocumentInput input, int maxDocumentSize, CancellationToken cancellationToken)
    {
        var diagnostics = new List<DiagnosticInfo>(input.Problems);
        var start = LocationInfo.StartOf(input.Path);
        DocumentFacts facts;
        try
        {
            if (input.Text is null)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NotText, start, input.FileName));
                facts = DocumentFacts.WithProblem(DocumentProblem.NotText);
            }
            else
            {
                facts = (EngineOverride.Value ?? FactExtractor.Extract)(input.Text, new ExtractionOptions(input.Title, input.Published, maxDocumentSize), cancellationToken);
                switch (facts.Problem)
                {
                    case DocumentProblem.Empty:
                        diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.EmptyDocument, start, input.FileName));
                        break;
                    case DocumentProblem.NotText:
                        diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NotText, start, input.FileName));
                        break;
                    case DocumentProblem.TooLarge:
                        diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.TooLarge, start, input.FileName,
                            input.Text.Length.ToString(CultureInfo.InvariantCulture), maxDocumentSize.ToString(CultureInfo.InvariantCulture)));
                        break;
                    default:
                        if (!facts.HasFacts)
                        {
                            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NoFacts, start, input.FileName));
                        }

                        break;
                }
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, start, input.FileName, e.GetType().Name + ": " + e.Message));
            facts = DocumentFacts.WithProblem(DocumentProblem.ExtractionFailed);
        }

        return new DocumentResult(input.Path, input.Name, facts, diagnostics.ToEquatableArray()) { Text = input.Text ?? string.Empty };
    }
}
