using System.Collections.Generic;
using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Numbers;
using FactsGenerator.Extraction.Text;
using static FactsGenerator.Extraction.Quantities.TokenWindow;

namespace FactsGenerator.Extraction.Quantities;

/// <summary>
/// "children under five", "people over 65", "men between 40 and 60", "those under 19", "children younger than 2": a bare
/// number bounding a group of people is an age limit, not a count of them.
/// </summary>
internal static class AgeLimitReader
{
    // Words that stand for a group of people without naming a kind of person.
    private static readonly HashSet<string> GroupPronouns = new(System.StringComparer.OrdinalIgnoreCase)
    {
        "those", "anyone", "anybody", "everyone", "everybody", "someone", "nobody",
    };

    /// <summary>True when the number at <paramref name="qualifierStart"/> ("under", "over", "between" ...) limits the age of the people before it.</summary>
    public static bool IsAgeLimit(IReadOnlyList<Token> tokens, int qualifierStart, QuantityMention mention)
    {
        if (IsComparedAge(tokens, qualifierStart, mention))
        {
            return true;
        }

        if (!IsWordAt(tokens, qualifierStart) || tokens[qualifierStart].Text.ToLowerInvariant() is not ("under" or "over" or "above" or "below" or "between")
            || mention.UnitKind != UnitKind.None || !mention.HasAgeLikeValue
            || mention.Number.Form is not (NumberForm.Digits or NumberForm.Words))
        {
            return false;
        }

        var group = qualifierStart - 1;
        if (!IsWordAt(tokens, group) || !(GroupPronouns.Contains(tokens[group].Text) || (QuantityLexicon.IsPeopleNoun(tokens[group].Text) && IsPlural(tokens[group].Text))))
        {
            return false;
        }

        return StandsAlone(tokens, mention.EvidenceLast + 1);
    }

    /// <summary>
    /// "children younger than 2 who", "adults older than 65 were": a comparison of age after a group of people bounds their
    /// age (fewer_than, more_than); the evidence reaches back to the group.
    /// </summary>
    private static bool IsComparedAge(IReadOnlyList<Token> tokens, int qualifierStart, QuantityMention mention)
    {
        var than = qualifierStart - 1;
        if (!IsAt(tokens, than, "than") || !IsWordAt(tokens, than - 1) || tokens[than - 1].Text.ToLowerInvariant() is not ("younger" or "older")
            || mention.UnitKind != UnitKind.None || !mention.HasAgeLikeValue || mention.Qualifier != Qualifier.Exact
            || mention.Number.Form is not (NumberForm.Digits or NumberForm.Words))
        {
            return false;
        }

        var group = than - 2;
        if (!IsWordAt(tokens, group) || !(GroupPronouns.Contains(tokens[group].Text) || (QuantityLexicon.IsPeopleNoun(tokens[group].Text) && IsPlural(tokens[group].Text)))
            || !StandsAlone(tokens, mention.EvidenceLast + 1))
        {
            return false;
        }

        mention.Qualifier = tokens[than - 1].Is("younger") ? Qualifier.FewerThan : Qualifier.MoreThan;
        mention.CoverEvidence(group);
        return true;
    }

    // "children" and "women" are plural without an "s"; a singular ("a teacher under 30") is left alone.
    internal static bool IsPlural(string word) =>
        word.EndsWith("s", System.StringComparison.OrdinalIgnoreCase) || word.EndsWith("men", System.StringComparison.OrdinalIgnoreCase)
        || word.Equals("children", System.StringComparison.OrdinalIgnoreCase) || word.Equals("people", System.StringComparison.OrdinalIgnoreCase);

    // Nothing is counted after the number: the sentence or clause goes on ("under five, who", "over 65 must", "under 19.") or
    // names the unit of age itself ("under 12 years").
    private static bool StandsAlone(IReadOnlyList<Token> tokens, int after)
    {
        if (!IsWordAt(tokens, after))
        {
            return after >= tokens.Count || tokens[after].IsSymbol('.') || tokens[after].IsSymbol(',') || tokens[after].IsSymbol(';') || tokens[after].IsSymbol(')');
        }

        var word = tokens[after].Text.ToLowerInvariant();
        return word is "years" or "year" || QuantityLexicon.IsFunctionWord(word);
    }
}
