using System;
using System.Linq;
using System.Threading;
using FactsGenerator.Diagnostics;
using FactsGenerator.Extraction.Library.Lock;
using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Pipeline;

/// <summary>
/// Applies the lock file and curation to an extracted document: the result holds the curated facts, every
/// diagnostic about the document, and the pinned members for name resolution (<see cref="DocumentResult.Curation"/>).
/// </summary>
internal static class DocumentCurator
{
    public static DocumentResult Apply(DocumentResult document, LockModel lockModel, CancellationToken cancellationToken)
    {
        var unlocked = document with { Curation = null };

        if (lockModel.File is null)
        {
            return unlocked;
        }

        // Only a read document can be checked against the lock (an empty one has lost every locked fact); for one
        // that could not be analysed, its locked members silently disappearing would be the worst outcome.
        if (document.Facts.Problem is not (DocumentProblem.None or DocumentProblem.Empty))
        {
            var fileName = System.IO.Path.GetFileName(document.Path);
            var pinned = lockModel.File.Facts.Count(e => !e.Excluded && e.Document == fileName);
            return pinned == 0 ? unlocked : unlocked with
            {
                Diagnostics = document.Diagnostics.Concat(new[]
                {
                    DiagnosticInfo.Create(DiagnosticDescriptors.LockedDocumentUnreadable, LocationInfo.StartOf(document.Path), fileName, pinned.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                }).ToEquatableArray(),
            };
        }

        try
        {
            var curation = DocumentCuration.Apply(document.Path, document.Name, document.Text, document.Facts, lockModel.File, cancellationToken);
            var diagnostics = document.Diagnostics.Concat(curation.Notes.Select(LockDiagnostics.From)).ToEquatableArray();
            return document with { Facts = curation.Facts, Diagnostics = diagnostics, Curation = curation };
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var failure = DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, LocationInfo.StartOf(document.Path), System.IO.Path.GetFileName(document.Path),
                "applying the lock file: " + e.GetType().Name + ": " + e.Message);
            return unlocked with { Diagnostics = document.Diagnostics.Concat(new[] { failure }).ToEquatableArray() };
        }
    }
}
