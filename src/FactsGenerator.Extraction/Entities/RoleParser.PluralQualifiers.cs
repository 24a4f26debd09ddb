using System.Collections.Generic;
using FactsGenerator.Extraction.Numbers;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>
/// "flight engineers X and Y", "crew members X and Y", "two fellow protest leaders, X and Y": a lower-case noun right
/// before a plural office qualifies each listed person's office as it qualifies a single one ("flight engineer X").
/// Before, only adjectives and title words before the plural were kept, so each got a bare "engineer", "member".
/// </summary>
internal static partial class RoleParser
{
    // Words before a plural that say how many or which of a group, not what office ("two fellow leaders", "other judges");
    // words of time ("new judges", "former ministers") are read as before.
    private static readonly HashSet<string> GroupWords = new(System.StringComparer.Ordinal)
    {
        "fellow", "other", "more", "most", "several", "many", "both", "some", "all", "few", "top", "key", "senior", "junior",
        "different", "various", "numerous", "certain", "same",
    };

    /// <summary>The index of the noun qualifying the plural office at plural, or plural when none does.</summary>
    private static int PluralNounQualifierStart(IReadOnlyList<Token> tokens, int plural)
    {
        var k = plural - 1;
        if (k < 0)
        {
            return plural;
        }

        var word = tokens[k];
        var qualifies = IsModifier(word) && !IsBareVerbBeforeOffice(tokens, k) && !IsRoleHead(word) && Singular(word) is null
            && !GroupWords.Contains(word.Text) && !TimeWords.Contains(word.Text) && !word.Is("former") && !RoleParticiples.Contains(word.Text) && !NumberWords.TryUnit(word.Text, out _)
            && !word.Text.EndsWith("s", System.StringComparison.Ordinal) && !word.Text.EndsWith("ing", System.StringComparison.Ordinal);
        return qualifies ? k : plural;
    }

    // The singular office of the plural at plural with its qualifying noun, if one stands before it.
    private static string WithPluralNounQualifier(IReadOnlyList<Token> tokens, int plural, string singular)
    {
        var start = PluralNounQualifierStart(tokens, plural);
        return start < plural ? tokens[start].Text + " " + singular : singular;
    }
}
