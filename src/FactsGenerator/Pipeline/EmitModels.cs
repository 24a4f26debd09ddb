using FactsGenerator.Extraction.Library;
using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Pipeline;

/// <summary>The final names of every document, ordered by document path (ordinal).</summary>
internal sealed record LibraryNames(EquatableArray<ResolvedDocument> Documents)
{
    /// <summary>
    /// The names of the document at <paramref name="path"/>, or null. A binary search: every document's output
    /// looks itself up here after any edit, and a linear scan made that quadratic in the number of documents.
    /// </summary>
    public ResolvedDocument? Find(string path)
    {
        var lo = 0;
        var hi = Documents.Count - 1;
        while (lo <= hi)
        {
            var mid = lo + ((hi - lo) / 2);
            var order = string.CompareOrdinal(Documents[mid].DocumentPath, path);
            if (order == 0)
            {
                return Documents[mid];
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

        return null;
    }
}

/// <summary>Everything needed to emit one document's file; equal inputs mean the file is not re-emitted.</summary>
internal sealed record DocumentOutput(DocumentResult Document, ResolvedDocument? Names, GeneratorOptions Options, bool LanguageSupported);

/// <summary>Everything needed to emit the shared files (types and index).</summary>
internal sealed record IndexOutput(EquatableArray<SourceEntry> Sources, GeneratorOptions Options, string LanguageVersion, bool LanguageSupported);

/// <summary>A document's member in <c>Facts.Sources</c> and its file name.</summary>
internal sealed record SourceEntry(string SourceMember, string FileName);
