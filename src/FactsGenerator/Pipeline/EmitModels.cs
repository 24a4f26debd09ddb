using FactsGenerator.Extraction.Library;
using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Pipeline;

/// <summary>The final names of every document, ordered by document path.</summary>
internal sealed record LibraryNames(EquatableArray<ResolvedDocument> Documents);

/// <summary>Everything needed to emit one document's file; equal inputs mean the file is not re-emitted.</summary>
internal sealed record DocumentOutput(DocumentResult Document, ResolvedDocument? Names, GeneratorOptions Options, bool LanguageSupported);

/// <summary>Everything needed to emit the shared files (types and index).</summary>
internal sealed record IndexOutput(EquatableArray<SourceEntry> Sources, GeneratorOptions Options, string LanguageVersion, bool LanguageSupported);

/// <summary>A document's member in <c>Facts.Sources</c> and its file name.</summary>
internal sealed record SourceEntry(string SourceMember, string FileName);
