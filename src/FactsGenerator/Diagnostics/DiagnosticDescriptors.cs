using Microsoft.CodeAnalysis;

namespace FactsGenerator.Diagnostics;

/// <summary>Every diagnostic FactsGenerator reports. IDs are never reused (see AnalyzerReleases.*.md and docs/diagnostics.md).</summary>
internal static class DiagnosticDescriptors
{
    public const string Category = "FactsGenerator";

    public static readonly DiagnosticDescriptor EmptyDocument = Create(
        "FACTS001", "Document is empty", "The fact source '{0}' is empty or contains only whitespace; no facts were generated for it",
        DiagnosticSeverity.Warning, "A FactSource item has no text. Remove it from the project or give it content.");

    public static readonly DiagnosticDescriptor NotText = Create(
        "FACTS002", "Document is not valid text", "The fact source '{0}' is not valid text (binary content or an encoding that could not be decoded); it was skipped",
        DiagnosticSeverity.Warning, "FactSource items must be UTF-8 (or BOM-marked UTF-16) text. Binary files and wrongly encoded files are skipped so the rest of the library still builds.");

    public static readonly DiagnosticDescriptor NoFacts = Create(
        "FACTS003", "No facts found", "No facts were found in '{0}'",
        DiagnosticSeverity.Info, "The document was read but the engine found no people, places, organisations, quantities, quotes or dates in it.");

    public static readonly DiagnosticDescriptor TooLarge = Create(
        "FACTS004", "Document too large", "The fact source '{0}' has {1} characters, more than the limit of {2} (FactsMaxDocumentSize); it was skipped",
        DiagnosticSeverity.Warning, "Very large documents are skipped to keep the IDE responsive. Split the document or raise the FactsMaxDocumentSize property.");

    public static readonly DiagnosticDescriptor InternalError = Create(
        "FACTS005", "Internal error while processing a document", "FactsGenerator failed on '{0}' ({1}); the document was skipped and every other document was generated",
        DiagnosticSeverity.Warning, "This is a bug in FactsGenerator. Please report it with the document that triggers it.");

    public static readonly DiagnosticDescriptor CollisionInDocument = Create(
        "FACTS006", "Member name collision resolved", "Two facts of '{0}' are both named '{1}'; this one is generated as '{2}'",
        DiagnosticSeverity.Info, "Member names are unique. When two facts of one document get the same name, the later one receives a numeric suffix. Lock or rename it in a curation file to choose the name yourself.");

    public static readonly DiagnosticDescriptor CollisionAcrossDocuments = Create(
        "FACTS007", "Member name shared by several documents", "The member '{1}' is proposed by several documents; the fact of '{0}' is generated as '{2}'",
        DiagnosticSeverity.Info, "When different documents propose the same member, each is qualified with its document's name.");

    public static readonly DiagnosticDescriptor Sanitized = Create(
        "FACTS008", "Member name adjusted", "The name '{1}' proposed for a fact of '{0}' is not a usable C# member name; it is generated as '{2}'",
        DiagnosticSeverity.Info, "Names that are C# keywords, start with a digit, or clash with a member the generated class declares itself (All, Find) or the name of the class itself are adjusted deterministically.");

    public static readonly DiagnosticDescriptor DocumentNameCollision = Create(
        "FACTS009", "Document name collision resolved", "Several fact sources are named '{1}'; '{0}' is generated as '{2}'",
        DiagnosticSeverity.Info, "Documents are identified by their Name metadata or file name. Give each a distinct Name metadata to choose the names yourself.");

    public static readonly DiagnosticDescriptor LanguageVersionTooOld = Create(
        "FACTS010", "C# version too old", "The generated fact library needs C# {0} or later, but this project compiles with C# {1}; set <LangVersion>latest</LangVersion> or at least {0}",
        DiagnosticSeverity.Error, "The generated code uses nullable annotations, which need C# 8.0 or later. No code is generated until the language version is raised.");

    public static readonly DiagnosticDescriptor InvalidConfiguration = Create(
        "FACTS011", "Invalid FactsGenerator configuration", "{0}",
        DiagnosticSeverity.Warning, "A FactsGenerator property or FactSource metadata has a value that cannot be used; the default is used instead.");

    public static readonly DiagnosticDescriptor[] All =
    {
        EmptyDocument, NotText, NoFacts, TooLarge, InternalError, CollisionInDocument, CollisionAcrossDocuments, Sanitized,
        DocumentNameCollision, LanguageVersionTooOld, InvalidConfiguration,
    };

    private static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity, string description) =>
        new(id, title, message, Category, severity, isEnabledByDefault: true, description: description,
            customTags: severity == DiagnosticSeverity.Error ? new[] { WellKnownDiagnosticTags.NotConfigurable } : System.Array.Empty<string>());
}
