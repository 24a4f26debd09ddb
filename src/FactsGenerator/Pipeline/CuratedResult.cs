using System;
using System.Linq;
using FactsGenerator.Diagnostics;
using FactsGenerator.Extraction.Library.Lock;
using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Pipeline;

/// <summary>
/// A document after the lock file and curation: <see cref="Document"/> holds the curated facts and every
/// diagnostic about the document; <see cref="Curation"/> the pinned members for name resolution.
/// </summary>
internal sealed record CuratedResult(DocumentResult Document, CuratedDocument Curation)
{
    public static CuratedResult Apply(DocumentResult document, LockModel lockModel)
    {
        var unlocked = new CuratedResult(document, CuratedDocument.Unlocked(document.Path, document.Name, document.Facts));

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
                Document = document with
                {
                    Diagnostics = document.Diagnostics.Concat(new[]
                    {
                        DiagnosticInfo.Create(DiagnosticDescriptors.LockedDocumentUnreadable, LocationInfo.StartOf(document.Path), fileName, pinned.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                    }).ToEquatableArray(),
                },
            };
        }

        try
        {
            var curation = DocumentCuration.Apply(document.Path, document.Name, document.Text, document.Facts, lockModel.File);
            var diagnostics = document.Diagnostics.Concat(curation.Notes.Select(LockDiagnostics.From)).ToEquatableArray();
            return new CuratedResult(document with { Facts = curation.Facts, Diagnostics = diagnostics }, curation);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var failure = DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, LocationInfo.StartOf(document.Path), System.IO.Path.GetFileName(document.Path),
                "applying the lock file: " + e.GetType().Name + ": " + e.Message);
            return unlocked with { Document = document with { Diagnostics = document.Diagnostics.Concat(new[] { failure }).ToEquatableArray() } };
        }
    }
}
