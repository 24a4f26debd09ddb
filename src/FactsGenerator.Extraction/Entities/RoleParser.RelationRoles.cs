using System.Collections.Generic;

namespace FactsGenerator.Extraction.Entities;

/// <summary>Relations of family or acquaintance ("his wife", "a close friend", "her colleague"): they say whom someone
/// is related to, not what the person is, so any other description of the person in the text outweighs them.</summary>
internal static partial class RoleParser
{
    // Kin and social ties. ("partner" is left out: a partner of a firm holds a post.)
    private static readonly HashSet<string> RelationWords = new(System.StringComparer.Ordinal)
    {
        "wife", "husband", "spouse", "son", "daughter", "child", "mother", "father", "parent", "brother", "sister",
        "sibling", "twin", "grandson", "granddaughter", "grandchild", "grandmother", "grandfather", "grandparent",
        "nephew", "niece", "cousin", "uncle", "aunt", "stepson", "stepdaughter", "stepfather", "stepmother", "widow",
        "widower", "fiancee", "fiancé", "fiancée", "fiance", "girlfriend", "boyfriend", "friend", "colleague",
        "neighbour", "neighbor", "classmate", "roommate", "relative", "son-in-law", "daughter-in-law", "mother-in-law",
        "father-in-law", "brother-in-law", "sister-in-law", "ex-wife", "ex-husband",
    };

    /// <summary>Whether the role only names a relation to someone ("wife", "close friend", "mother of two").</summary>
    internal static bool IsRelationRole(string? role)
    {
        if (role is null)
        {
            return false;
        }

        // ("mother of two young children": the head comes before "of".)
        var of = role.IndexOf(" of ", System.StringComparison.Ordinal);
        return RelationWords.Contains(HeadOf(of < 0 ? role : role.Substring(0, of)));
    }

    /// <summary>Whether the role describes the person by something other than a relation or a plain word of a person.</summary>
    internal static bool IsDescriptionBeyondRelation(string? role) =>
        role is not null && !IsRelationRole(role) && !IsPlainPersonRole(role);
}
