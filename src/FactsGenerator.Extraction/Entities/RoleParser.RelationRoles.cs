using System.Collections.Generic;

namespace FactsGenerator.Extraction.Entities;

/// <summary>Relations of family or acquaintance ("his wife", "a close friend", "her colleague"): they say whom someone
/// is related to, not what the person is, so any other description of the person in the text outweighs them.</summary>
internal static partial class RoleParser
{
    // Kin (Lexicon.KinNouns) and social ties. ("partner" is left out: a partner of a firm holds a post.)
    private static readonly HashSet<string> RelationWords = RelationWordsOf(Lexicon.KinNouns, "friend colleague neighbour neighbor classmate roommate");

    private static HashSet<string> RelationWordsOf(HashSet<string> kin, string ties)
    {
        var words = Lexicon.Set(ties);
        words.UnionWith(kin);
        return words;
    }

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
