using System.Collections.Generic;

namespace FactsGenerator.Extraction.Entities;

/// <summary>"Ohio man X", "X, the man arrested for ...", "as the man who led the city": a word that says only that
/// someone is a person, of which sex or age, is no role, whichever reading found it.</summary>
internal static partial class RoleParser
{
    // Narrower than PlainPersonWords: "leader", "owner", "host" and "first lady" are offices often enough.
    private static readonly HashSet<string> SexAndAgeWords = new(System.StringComparer.Ordinal)
    {
        "man", "woman", "men", "women", "boy", "girl", "person", "guy", "gentleman",
    };

    /// <summary>Whether the role's head only says that someone is a person ("man", "local woman").</summary>
    internal static bool IsPlainPersonRole(string role) => SexAndAgeWords.Contains(HeadOf(role));
}
