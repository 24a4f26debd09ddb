using System;
using System.Collections.Generic;
using System.Linq;

namespace FactsGenerator.Extraction.Library.Lock;

/// <summary>How a member of the lock file changes.</summary>
public enum LockChangeKind
{
    Added,
    Removed,
    Changed,
}

/// <summary>One difference between a lock file and the library as it is now, as a readable line.</summary>
public sealed record LockChange(LockChangeKind Kind, string Document, string Member, string Description)
{
    public override string ToString() => (Kind switch
    {
        LockChangeKind.Added => "+ ",
        LockChangeKind.Removed => "- ",
        _ => "~ ",
    }) + Member + " (" + Document + "): " + Description;
}

/// <summary>Compares two lock files entry by entry (document and member); positions in the file do not count.</summary>
public static class LockDiff
{
    public static List<LockChange> Compare(LockFile? before, LockFile after)
    {
        var old = Index(before?.Facts ?? default);
        var now = Index(after.Facts);
        var changes = new List<LockChange>();
        foreach (var key in old.Keys.Union(now.Keys).OrderBy(k => k.Document, StringComparer.Ordinal).ThenBy(k => k.Member, StringComparer.Ordinal))
        {
            old.TryGetValue(key, out var was);
            now.TryGetValue(key, out var @is);
            if (was is null)
            {
                changes.Add(new LockChange(LockChangeKind.Added, key.Document, key.Member, Describe(@is!)));
            }
            else if (@is is null)
            {
                changes.Add(new LockChange(LockChangeKind.Removed, key.Document, key.Member, Describe(was)));
            }
            else if (was.Contract != @is.Contract)
            {
                changes.Add(new LockChange(LockChangeKind.Changed, key.Document, key.Member, Describe(was) + " \u2192 " + Describe(@is)));
            }
        }

        if (before is not null && !before.Curation.Select(r => r.Contract).SequenceEqual(after.Curation.Select(r => r.Contract)))
        {
            changes.Add(new LockChange(LockChangeKind.Changed, "*", "curation", "the curation rules differ"));
        }

        return changes;
    }

    private static Dictionary<(string Document, string Member), LockEntry> Index(Model.EquatableArray<LockEntry> entries)
    {
        var index = new Dictionary<(string, string), LockEntry>();
        foreach (var entry in entries)
        {
            // An excluded fact and a generated one may share a name; the key keeps them apart.
            var key = (entry.Document, entry.Excluded ? entry.Member + " (excluded)" : entry.Member);
            if (!index.ContainsKey(key))
            {
                index[key] = entry.Contract;
            }
        }

        return index;
    }

    private static string Describe(LockEntry entry) =>
        (entry.Excluded ? "excluded " : string.Empty) + entry.Type + " " + FactValues.Display(entry.Fact) + " \u201C" + entry.Fact.Sentence + "\u201D";
}
