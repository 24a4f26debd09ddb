using System.IO;
using FactsGenerator.Extraction.Library;

namespace FactsGenerator.Diagnostics;

/// <summary>Turns the naming decisions of the library layer into diagnostics located at the fact's evidence.</summary>
internal static class NamingDiagnostics
{
    public static DiagnosticInfo From(NamingNote note)
    {
        if (note.Kind == NamingNoteKind.Conflict)
        {
            return DiagnosticInfo.Create(DiagnosticDescriptors.ConflictingValues, Locate(note), note.ProposedPath, note.Detail ?? string.Empty, note.FinalPath);
        }

        var descriptor = note.Kind switch
        {
            NamingNoteKind.Sanitized => DiagnosticDescriptors.Sanitized,
            NamingNoteKind.CollisionInDocument => DiagnosticDescriptors.CollisionInDocument,
            NamingNoteKind.CollisionAcrossDocuments => DiagnosticDescriptors.CollisionAcrossDocuments,
            _ => DiagnosticDescriptors.DocumentNameCollision,
        };
        return DiagnosticInfo.Create(descriptor, Locate(note), Path.GetFileName(note.DocumentPath), note.ProposedPath, note.FinalPath);
    }

    private static LocationInfo Locate(NamingNote note) =>
        note.Evidence is null ? LocationInfo.StartOf(note.DocumentPath) : LocationInfo.From(note.DocumentPath, note.Evidence);
}
