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
        DiagnosticSeverity.Info, "When documents give different values for the same member (see FACTS019), are unrelated, or the fact is a bare measure, each value is qualified with its document's name. The same fact (same value) in several related documents is one member with several evidences.");

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

    public static readonly DiagnosticDescriptor LockedEvidenceMissing = Create(
        "FACTS012", "Locked fact lost its evidence", "The locked fact '{0}' of '{1}' has lost its evidence: the sentence \u201C{2}\u201D no longer occurs in the document",
        DiagnosticSeverity.Error, "A member pinned in the lock file is part of the library's public contract. Its sentence is gone from the document, so the member is not generated and code that uses it breaks. Restore the sentence, or run 'facts lock' to accept the removal (a breaking change for consumers).");

    public static readonly DiagnosticDescriptor LockedValueChanged = Create(
        "FACTS013", "Locked fact changed its value", "The locked fact '{0}' of '{1}' changed from {2} (\u201C{3}\u201D) to {4} (\u201C{5}\u201D)",
        DiagnosticSeverity.Warning, "The member keeps its locked name and type and takes the new value from the document. Check the new value, then run 'facts lock' to record it.");

    public static readonly DiagnosticDescriptor NewFacts = Create(
        "FACTS014", "Facts not in the lock file", "'{0}' has {1} fact(s) that are not in the lock file: {2}",
        DiagnosticSeverity.Info, "New facts are generated as usual, but their names are not pinned yet and may change when extraction improves. Run 'facts lock' to pin them, or exclude them with a curation rule.");

    public static readonly DiagnosticDescriptor KeptFromLock = Create(
        "FACTS015", "Locked fact kept from the lock file", "The locked fact '{0}' is no longer extracted from '{1}', but its sentence is still there; it is kept with its locked value {2}",
        DiagnosticSeverity.Info, "The engine no longer finds this fact (for example after an engine upgrade), but its evidence is unchanged, so the lock file keeps the member and its value.");

    public static readonly DiagnosticDescriptor InvalidLockFile = Create(
        "FACTS016", "Invalid lock file", "The lock file '{0}' has a problem: {1}",
        DiagnosticSeverity.Error, "The lock file (a FactsLock item) could not be read completely. Fix the JSON, or delete the file and run 'facts lock' to write it again. Members the broken part pinned are not protected until it is fixed.");

    public static readonly DiagnosticDescriptor CuratedEvidenceMissing = Create(
        "FACTS017", "Added fact's evidence not found", "The fact '{0}' added by curation for '{1}' has evidence \u201C{2}\u201D that does not occur in the document; it is not generated",
        DiagnosticSeverity.Error, "A fact added by a curation rule must quote text of its document, so every fact has provenance. Correct the \"evidence\" text or the \"document\" of the rule.");

    public static readonly DiagnosticDescriptor CurationRuleUnused = Create(
        "FACTS018", "Curation rule matches no fact", "The curation rule '{0}' for '{1}' matches no fact{2}",
        DiagnosticSeverity.Warning, "A rename, exclude or recategorize rule names a member that no document has (any more). Rules refer to the member as the lock file names it. Remove or correct the rule.");

    public static readonly DiagnosticDescriptor ConflictingValues = Create(
        "FACTS019", "Documents disagree on a fact", "The documents disagree on '{0}': {1}; each value is kept as {2} and listed in Facts.Conflicts",
        DiagnosticSeverity.Warning, "Documents about the same subject (they share the people, places or organisations they are about) give different values for the same fact. Each value is generated under a document-qualified name. Check the sources; exclude or rename one with a curation rule to settle it.");

    public static readonly DiagnosticDescriptor LockedTypeChanged = Create(
        "FACTS020", "Locked member changes its type", "The locked member '{0}' of '{1}' was generated as '{2}' but its new value needs '{3}'; it is generated as '{3}'",
        DiagnosticSeverity.Warning, "The new value cannot be represented by the locked type (for example a fraction in an int, or a range where a constant was). Consumers may need changes; run 'facts lock' to accept the new type.");

    public static readonly DiagnosticDescriptor LockedDocumentMissing = Create(
        "FACTS021", "Locked document missing", "The lock file pins {1} fact(s) of '{0}', which is not a FactSource of this project (any more); their members are not generated",
        DiagnosticSeverity.Error, "Every document of the lock file must be a FactSource item. Add the document back, or run 'facts lock' to accept the removal of its members (a breaking change for consumers).");

    public static readonly DiagnosticDescriptor SeveralLockFiles = Create(
        "FACTS022", "Several lock files", "Several FactsLock files are given; '{0}' is used and '{1}' is ignored",
        DiagnosticSeverity.Warning, "A project has one lock file. Merge the files, and keep one FactsLock item.");

    public static readonly DiagnosticDescriptor LockedDocumentUnreadable = Create(
        "FACTS023", "Locked document could not be analysed", "The lock file pins {1} fact(s) of '{0}', but the document could not be analysed; their members are not generated",
        DiagnosticSeverity.Error, "The document is not text, too large, or made the engine fail (see the other diagnostic about it), so its locked facts cannot be checked or generated. Fix the document, or run 'facts lock' to accept the removal of its members (a breaking change for consumers).");

    public static readonly DiagnosticDescriptor[] All =
    {
        EmptyDocument, NotText, NoFacts, TooLarge, InternalError, CollisionInDocument, CollisionAcrossDocuments, Sanitized,
        DocumentNameCollision, LanguageVersionTooOld, InvalidConfiguration, LockedEvidenceMissing, LockedValueChanged, NewFacts,
        KeptFromLock, InvalidLockFile, CuratedEvidenceMissing, CurationRuleUnused, ConflictingValues, LockedTypeChanged,
        LockedDocumentMissing, SeveralLockFiles, LockedDocumentUnreadable,
    };

    private static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity, string description) =>
        new(id, title, message, Category, severity, isEnabledByDefault: true, description: description,
            customTags: severity == DiagnosticSeverity.Error ? new[] { WellKnownDiagnosticTags.NotConfigurable } : System.Array.Empty<string>());
}
