using System.Linq;
using FactsGenerator.Diagnostics;
using FactsGenerator.Extraction.Library;
using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Pipeline;

/// <summary>The final names of every document, ordered by document path.</summary>
internal sealed record LibraryNames(EquatableArray<ResolvedDocument> Documents);

/// <summary>Everything needed to emit one document's file; equal inputs mean the file is not re-emitted.</summary>
internal sealed record DocumentOutput(DocumentResult Document, ResolvedDocument? Names, GeneratorOptions Options, bool LanguageSupported, bool HasLock);

/// <summary>Everything needed to emit the shared files (types and index).</summary>
internal sealed record IndexOutput(EquatableArray<SourceEntry> Sources, GeneratorOptions Options, string LanguageVersion, bool LanguageSupported)
{
    /// <summary>Facts the documents disagree on, for <c>Facts.Conflicts</c>.</summary>
    public EquatableArray<ConflictEntry> Conflicts { get; init; }

    /// <summary>Problems of the lock file and findings that need every document (unused rules, missing documents).</summary>
    public EquatableArray<DiagnosticInfo> LockProblems { get; init; }
}

/// <summary>A fact the documents disagree on: the shared path and the document-qualified members holding each value.</summary>
internal sealed record ConflictEntry(string Path, EquatableArray<string> Members)
{
    public static EquatableArray<ConflictEntry> From(EquatableArray<ResolvedDocument> documents) => documents
        .SelectMany(d => d.Facts)
        .Where(f => f.ConflictOf is not null)
        .GroupBy(f => f.ConflictOf!, System.StringComparer.Ordinal)
        .OrderBy(g => g.Key, System.StringComparer.Ordinal)
        .Select(g => new ConflictEntry(g.Key, g.Select(f => f.Path).Distinct().OrderBy(p => p, System.StringComparer.Ordinal).ToEquatableArray()))
        .ToEquatableArray();
}

/// <summary>A document's member in <c>Facts.Sources</c> and its file name.</summary>
internal sealed record SourceEntry(string SourceMember, string FileName);
