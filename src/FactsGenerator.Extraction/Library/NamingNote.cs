using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Library;

/// <summary>Why a proposed member name was changed.</summary>
public enum NamingNoteKind
{
    /// <summary>The proposal was not a valid identifier (keyword, leading digit, reserved member).</summary>
    Sanitized,

    /// <summary>Two facts of one document proposed the same member.</summary>
    CollisionInDocument,

    /// <summary>Facts of different documents proposed the same member.</summary>
    CollisionAcrossDocuments,

    /// <summary>Two documents have the same name.</summary>
    DocumentNameCollision,

    /// <summary>Documents give different values for the same member; <see cref="NamingNote.Detail"/> lists them.</summary>
    Conflict,
}

/// <summary>A naming decision the user should hear about (becomes a diagnostic), located in the document.</summary>
public sealed record NamingNote(NamingNoteKind Kind, string DocumentPath, string ProposedPath, string FinalPath, Evidence? Evidence)
{
    /// <summary>For a conflict: each document with its value and sentence.</summary>
    public string? Detail { get; init; }
}
