using System;
using System.Collections.Generic;
using System.Linq;
using FactsGenerator.Emit;
using FactsGenerator.Extraction.Library;
using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Pipeline;

/// <summary>
/// The final names of every document, ordered by document path (ordinal), and the hint name of each document's
/// file. Hint names are unique ignoring case, as Roslyn requires: C# members "Report" and "REPORT" are distinct,
/// but two files "Facts.Report.g.cs" and "Facts.REPORT.g.cs" would make AddSource throw and drop all output.
/// </summary>
internal sealed record LibraryNames(EquatableArray<ResolvedDocument> Documents, EquatableArray<string> HintNames)
{
    public static LibraryNames Create(IEnumerable<ResolvedDocument> resolved)
    {
        var documents = resolved.OrderBy(d => d.DocumentPath, StringComparer.Ordinal).ToList();
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var hintNames = new List<string>(documents.Count);
        foreach (var document in documents)
        {
            var hintName = DocumentEmitter.HintName(document);
            for (var n = 2; !used.Add(hintName); n++)
            {
                hintName = DocumentEmitter.HintName(document, n);
            }

            hintNames.Add(hintName);
        }

        return new LibraryNames(documents.ToEquatableArray(), hintNames.ToEquatableArray());
    }

    /// <summary>
    /// The position of the document at <paramref name="path"/>, or -1. A binary search: every document's output
    /// looks itself up here after any edit, and a linear scan made that quadratic in the number of documents.
    /// </summary>
    public int IndexOf(string path)
    {
        var lo = 0;
        var hi = Documents.Count - 1;
        while (lo <= hi)
        {
            var mid = lo + ((hi - lo) / 2);
            var order = string.CompareOrdinal(Documents[mid].DocumentPath, path);
            if (order == 0)
            {
                return mid;
            }

            if (order < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return -1;
    }
}

/// <summary>Everything needed to emit one document's file; equal inputs mean the file is not re-emitted.</summary>
internal sealed record DocumentOutput(DocumentResult Document, ResolvedDocument? Names, string HintName, GeneratorOptions Options, bool LanguageSupported);

/// <summary>Everything needed to emit the shared files (types and index).</summary>
internal sealed record IndexOutput(EquatableArray<SourceEntry> Sources, GeneratorOptions Options, string LanguageVersion, bool LanguageSupported)
{
    /// <summary>Facts the documents disagree on, for <c>Facts.Conflicts</c>.</summary>
    public EquatableArray<ConflictEntry> Conflicts { get; init; }

    /// <summary>Problems of the lock file and findings that need every document (unused rules, missing documents).</summary>
    public EquatableArray<Diagnostics.DiagnosticInfo> LockProblems { get; init; }
}

/// <summary>A document's member in <c>Facts.Sources</c>, its file name and the category classes it declares members in.</summary>
internal sealed record SourceEntry(string SourceMember, string FileName, EquatableArray<string> Classes);
