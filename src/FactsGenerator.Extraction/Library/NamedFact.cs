using System;
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

    public NamedFact WithMember(string member) => this with { Member = member };
}

/// <summary>Maps the categories of the engine to the generated class names.</summary>
public static class FactClasses
{
    public const string People = "People";
    public const string Places = "Places";
    public const string Organizations = "Organizations";
    public const string Quotes = "Quotes";
    public const string Timeline = "Timeline";
    public const string Sources = "Sources";

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

    /// <summary>The classes that hold quantities, one per <see cref="QuantityCategory"/>, in emission order.</summary>
    public static readonly string[] QuantityClasses =
    {
        "Casualties", "Displacement", "Durations", "Population", "Money", "Military", "Figures",
    };

    /// <summary>Every nested class name the generator may emit inside the facts class, in emission order.</summary>
    public static readonly string[] All =
    {
        "Casualties", "Displacement", "Durations", "Population", "Money", "Military", "Figures",
        People, Places, Organizations, Quotes, Timeline, Sources,
    };

    /// <summary>Members the generated classes declare themselves; a fact may not take these names.</summary>
    public static bool IsReservedMember(string member) =>
        string.Equals(member, "All", StringComparison.Ordinal) || string.Equals(member, "Find", StringComparison.Ordinal);
}
