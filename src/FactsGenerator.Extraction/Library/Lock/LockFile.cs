using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Library.Lock;

/// <summary>A place in a file (the lock file or a document), as plain data: 0-based offset, 1-based line and column.</summary>
public sealed record SourceSpan(string Path, int Start, int Length, int Line, int Column);

/// <summary>
/// What a fact is, independent of its member name: kind, value and the text it was read from. Lock entries and
/// manual facts use it to find the fact again in a document, or to rebuild it from the text.
/// <see cref="Value"/> is the canonical value: an invariant number for quantities (null when vague), the name of a
/// person, place or organisation, the words of a quote, the date as written.
/// </summary>
public sealed record FactSpec(
    FactKind Kind,
    string? Value,
    string? Upper,
    string? Qualifier,
    string? Unit,
    string? About,
    string? Speaker,
    string Evidence,
    string Sentence);

/// <summary>
/// One pinned fact of the lock file: the member (path, e.g. "Casualties.PeacekeepersKilled") and C# type it is
/// generated as, the document it comes from and what it is. <see cref="Excluded"/> entries remember a fact curation
/// removed, so it stays removed when inference renames it. <see cref="ConflictOf"/> is the shared path of facts
/// that disagree across documents. <see cref="At"/> is where the entry stands in the lock file (not part of the
/// contract; ignored when comparing a lock with a freshly built one).
/// </summary>
public sealed record LockEntry(string Document, string Member, string Type, FactSpec Fact, bool Excluded, string? ConflictOf, SourceSpan? At)
{
    public string ClassName => Member.Substring(0, System.Math.Max(0, Member.IndexOf('.')));

    public string MemberName => Member.Substring(Member.IndexOf('.') + 1);

    /// <summary>The entry without its position, for comparing contracts.</summary>
    public LockEntry Contract => At is null ? this : this with { At = null };
}

/// <summary>What a curation rule does.</summary>
public enum CurationAction
{
    /// <summary>Gives a fact another member name (<see cref="CurationRule.To"/>: "NewName" or "Class.NewName").</summary>
    Rename,

    /// <summary>Removes a fact from the library.</summary>
    Exclude,

    /// <summary>Moves a quantity to another category (<see cref="CurationRule.Category"/>: casualties, military...).</summary>
    Recategorize,

    /// <summary>Adds a fact the engine does not find; its evidence text must occur in the document.</summary>
    Add,
}

/// <summary>
/// A curation rule. <see cref="Member"/> names the fact as the lock file (or, without a lock entry, inference) names
/// it; <see cref="Document"/> limits the rule to one document (its file name) and is required for <see cref="CurationAction.Add"/>.
/// </summary>
public sealed record CurationRule(CurationAction Action, string Member, string? Document, string? To, string? Category, FactSpec? Fact, SourceSpan? At)
{
    public CurationRule Contract => At is null ? this : this with { At = null };
}

/// <summary>A parsed lock file: its path, format version, pinned facts and curation rules.</summary>
public sealed record LockFile(string Path, int Version, EquatableArray<LockEntry> Facts, EquatableArray<CurationRule> Curation)
{
    public const int CurrentVersion = 1;

    public static LockFile Empty(string path) => new(path, CurrentVersion, EquatableArray<LockEntry>.Empty, EquatableArray<CurationRule>.Empty);
}

/// <summary>A problem found while reading a lock file, located in it.</summary>
public sealed record LockProblem(string Message, SourceSpan At);

/// <summary>The result of reading a lock file: the file (null when it cannot be used at all) and its problems.</summary>
public sealed record LockFileParse(LockFile? File, EquatableArray<LockProblem> Problems);
