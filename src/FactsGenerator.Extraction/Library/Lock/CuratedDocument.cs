using System.Collections.Generic;
using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Library.Lock;

/// <summary>Where a pinned member name comes from.</summary>
public enum PinOrigin
{
    /// <summary>A lock file entry.</summary>
    Lock,

    /// <summary>A rename or recategorize rule.</summary>
    Curation,

    /// <summary>A fact added by a curation rule.</summary>
    Manual,
}

/// <summary>A fact of a curated document whose member is fixed by the lock file or curation rather than by inference.</summary>
public sealed record FactPin(FactKind Kind, int Index, string ClassName, string Member, string? LockedType, PinOrigin Origin, string? ConflictOf);

/// <summary>What the lock file or curation has to say about a document.</summary>
public enum LockNoteKind
{
    /// <summary>A locked fact's sentence is no longer in the document. Arguments: member, document, sentence.</summary>
    EvidenceMissing,

    /// <summary>A locked fact now has another value. Arguments: member, document, old value, old sentence, new value, new sentence.</summary>
    ValueChanged,

    /// <summary>A locked constant's type cannot hold the new value. Arguments: member, document, locked type, new type.</summary>
    TypeChanged,

    /// <summary>A locked fact is no longer extracted but its sentence is still there; the lock keeps it. Arguments: member, document, value.</summary>
    KeptFromLock,

    /// <summary>A fact added by curation has evidence that does not occur in the document. Arguments: member, document, evidence.</summary>
    ManualEvidenceMissing,

    /// <summary>A curation rule cannot be applied to a fact. Arguments: the reason.</summary>
    InvalidRule,
}

/// <summary>A lock or curation finding, located in the document or the lock file.</summary>
public sealed record LockNote(LockNoteKind Kind, SourceSpan? At, EquatableArray<string> Arguments);

/// <summary>
/// One document after the lock file and curation were applied: its facts (excluded ones removed, added and
/// lock-kept ones appended), the pinned members, the findings and which curation rules (by index) applied here.
/// </summary>
public sealed record CuratedDocument(
    string Path,
    string Name,
    DocumentFacts Facts,
    EquatableArray<FactPin> Pins,
    EquatableArray<LockNote> Notes,
    EquatableArray<int> MatchedRules,
    bool HasLock)
{
    /// <summary>Facts curation or the lock file removed, as lock entries, so a new lock file keeps them removed.</summary>
    public EquatableArray<LockEntry> Excluded { get; init; }

    /// <summary>A document without a lock file: facts as extracted, nothing pinned.</summary>
    public static CuratedDocument Unlocked(string path, string name, DocumentFacts facts) =>
        new(path, name, facts, EquatableArray<FactPin>.Empty, EquatableArray<LockNote>.Empty, EquatableArray<int>.Empty, false);

    /// <summary>The member proposals for name resolution: inferred names, replaced by the pins.</summary>
    public DocumentNames ToNames()
    {
        var pins = new Dictionary<(FactKind, int), FactPin>();
        foreach (var pin in Pins)
        {
            pins[(pin.Kind, pin.Index)] = pin;
        }

        var proposals = new List<NamedFact>();
        foreach (var proposal in FactNaming.Propose(Facts))
        {
            var spec = FactValues.SpecOf(Facts, proposal.Kind, proposal.Index);
            var named = proposal with { Value = FactValues.Key(spec), ValueText = FactValues.Display(spec), IsNew = HasLock };
            if (pins.TryGetValue((proposal.Kind, proposal.Index), out var pin))
            {
                named = named with
                {
                    ClassName = pin.ClassName,
                    Member = pin.Member,
                    Pinned = true,
                    Origin = pin.Origin,
                    LockedType = pin.LockedType,
                    ConflictOf = pin.ConflictOf,
                    IsNew = false,
                };
            }

            proposals.Add(named);
        }

        return new DocumentNames(Path, Name, proposals.ToEquatableArray()) { MatchedRules = MatchedRules, Topics = DocumentTopics.Of(Facts) };
    }
}
