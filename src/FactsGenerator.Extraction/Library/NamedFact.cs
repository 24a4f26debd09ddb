using System;
using FactsGenerator.Extraction.Library.Lock;
using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Library;

/// <summary>
/// One fact of one document with its generated member: <see cref="ClassName"/> ("Casualties", "People")
/// and <see cref="Member"/> ("PeacekeepersKilled"). <see cref="Index"/> is the fact's position in its
/// kind's list of the document's <see cref="DocumentFacts"/>.
/// </summary>
public sealed record NamedFact(FactKind Kind, int Index, string ClassName, string Member, Evidence Evidence)
{
    /// <summary>The member path used by <c>Facts.Find</c> and the JSON output, e.g. "Casualties.PeacekeepersKilled".</summary>
    public string Path => ClassName + "." + Member;

    /// <summary>What makes two facts of the same path "the same fact" (see <see cref="FactValues.Key"/>).</summary>
    public string Value { get; init; } = string.Empty;

    /// <summary>The value for messages ("4", "“Ana Ruiz”").</summary>
    public string ValueText { get; init; } = string.Empty;

    /// <summary>The name is fixed by the lock file or curation; resolution gives it to this fact first.</summary>
    public bool Pinned { get; init; }

    /// <summary>Where a pinned name comes from; null for an inferred name.</summary>
    public PinOrigin? Origin { get; init; }

    /// <summary>The constant type the lock file pins (int, long, double, Quantity), or null.</summary>
    public string? LockedType { get; init; }

    /// <summary>For facts that disagree across documents: the path they share (the key of <c>Facts.Conflicts</c>).</summary>
    public string? ConflictOf { get; init; }

    /// <summary>
    /// The fact says what it counts ("people killed"), so another document can confirm or contradict it. A bare
    /// measure ("percent", "age", "years") cannot: two documents' figures under such a name are just two figures.
    /// </summary>
    public bool Specific { get; init; } = true;

    /// <summary>A lock file exists and does not know this fact.</summary>
    public bool IsNew { get; init; }

    /// <summary>False when the same fact of another document declares the member (several evidences, one member).</summary>
    public bool Declares { get; init; } = true;

    /// <summary>For the declaring fact of several documents: every document stating it (file name and evidence), in document order.</summary>
    public EquatableArray<SourcedEvidence> Corroboration { get; init; }

    public NamedFact WithMember(string member) => this with { Member = member };
}

/// <summary>Evidence with the file name of the document it was read in.</summary>
public sealed record SourcedEvidence(string Document, Evidence Evidence);

/// <summary>Maps the categories of the engine to the generated class names.</summary>
public static class FactClasses
{
    public const string People = "People";
    public const string Places = "Places";
    public const string Organizations = "Organizations";
    public const string Quotes = "Quotes";
    public const string Timeline = "Timeline";
    public const string Sources = "Sources";
    public const string Conflicts = "Conflicts";

    public static string ForCategory(QuantityCategory category) => category switch
    {
        QuantityCategory.Casualties => "Casualties",
        QuantityCategory.Displacement => "Displacement",
        QuantityCategory.Duration => "Durations",
        QuantityCategory.Population => "Population",
        QuantityCategory.Money => "Money",
        QuantityCategory.Military => "Military",
        _ => "Figures",
    };

    /// <summary>The category whose quantities a class holds ("Durations" → Duration); null for a class that holds no quantities.</summary>
    public static QuantityCategory? CategoryOf(string className)
    {
        foreach (QuantityCategory category in Enum.GetValues(typeof(QuantityCategory)))
        {
            if (string.Equals(ForCategory(category), className, StringComparison.Ordinal))
            {
                return category;
            }
        }

        return null;
    }

    /// <summary>The classes that hold quantities, one per <see cref="QuantityCategory"/>, in emission order.</summary>
    public static readonly string[] QuantityClasses =
    {
        "Casualties", "Displacement", "Durations", "Population", "Money", "Military", "Figures",
    };

    /// <summary>Every nested class name the generator may emit inside the facts class, in emission order.</summary>
    public static readonly string[] All =
    {
        "Casualties", "Displacement", "Durations", "Population", "Money", "Military", "Figures",
        People, Places, Organizations, Quotes, Timeline, Sources, Conflicts,
    };

    /// <summary>Members the generated classes declare themselves; a fact may not take these names.</summary>
    public static bool IsReservedMember(string member) =>
        string.Equals(member, "All", StringComparison.Ordinal) || string.Equals(member, "Find", StringComparison.Ordinal);
}
