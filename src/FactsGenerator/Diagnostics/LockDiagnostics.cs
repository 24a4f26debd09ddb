using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using FactsGenerator.Extraction.Library;
using FactsGenerator.Extraction.Library.Lock;
using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Diagnostics;

/// <summary>Turns the lock and curation findings of the library layer into diagnostics.</summary>
internal static class LockDiagnostics
{
    public static LocationInfo Location(SourceSpan span) =>
        new(span.Path, span.Start, span.Length, span.Line, span.Column, span.Line, span.Column + span.Length);

    public static DiagnosticInfo From(LockNote note)
    {
        var descriptor = note.Kind switch
        {
            LockNoteKind.EvidenceMissing => DiagnosticDescriptors.LockedEvidenceMissing,
            LockNoteKind.ValueChanged => DiagnosticDescriptors.LockedValueChanged,
            LockNoteKind.TypeChanged => DiagnosticDescriptors.LockedTypeChanged,
            LockNoteKind.KeptFromLock => DiagnosticDescriptors.KeptFromLock,
            LockNoteKind.ManualEvidenceMissing => DiagnosticDescriptors.CuratedEvidenceMissing,
            _ => DiagnosticDescriptors.InvalidLockFile,
        };
        var arguments = note.Kind == LockNoteKind.InvalidRule
            ? new[] { note.At is null ? "lock file" : Path.GetFileName(note.At.Path), note.Arguments[0] }
            : note.Arguments.ToArray();
        return DiagnosticInfo.Create(descriptor, note.At is null ? null : Location(note.At), arguments);
    }

    /// <summary>One info diagnostic per document listing the facts a lock file does not pin yet.</summary>
    public static DiagnosticInfo? NewFacts(ResolvedDocument names)
    {
        var fresh = names.Facts.Where(f => f.IsNew).Select(f => f.Path).ToList();
        return fresh.Count == 0
            ? null
            : DiagnosticInfo.Create(DiagnosticDescriptors.NewFacts, LocationInfo.StartOf(names.DocumentPath), Path.GetFileName(names.DocumentPath),
                fresh.Count.ToString(CultureInfo.InvariantCulture), string.Join(", ", fresh));
    }

    /// <summary>
    /// Findings that need every document: rules that matched nowhere and documents the lock file pins that are not
    /// FactSources. Located at the rule or at the lock file.
    /// </summary>
    public static List<DiagnosticInfo> ForLibrary(LockFile lockFile, IEnumerable<ResolvedDocument> documents, IEnumerable<string> documentFileNames)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var matched = new HashSet<int>(documents.SelectMany(d => d.MatchedRules));
        var files = new HashSet<string>(documentFileNames, System.StringComparer.Ordinal);
        for (var r = 0; r < lockFile.Curation.Count; r++)
        {
            var rule = lockFile.Curation[r];
            if (rule.Action == CurationAction.Add ? files.Contains(rule.Document!) : matched.Contains(r))
            {
                continue;
            }

            var action = rule.Action.ToString().ToLowerInvariant();
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.CurationRuleUnused, rule.At is null ? LocationInfo.StartOf(lockFile.Path) : Location(rule.At),
                action + " " + rule.Member, rule.Document ?? "any document", rule.Document is not null && !files.Contains(rule.Document) ? " (no FactSource has that file name)" : string.Empty));
        }

        foreach (var missing in lockFile.Facts.Where(e => !e.Excluded && !files.Contains(e.Document)).GroupBy(e => e.Document).OrderBy(g => g.Key, System.StringComparer.Ordinal))
        {
            var first = missing.First();
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.LockedDocumentMissing, first.At is null ? LocationInfo.StartOf(lockFile.Path) : Location(first.At),
                missing.Key, missing.Count().ToString(CultureInfo.InvariantCulture)));
        }

        return diagnostics;
    }
}
