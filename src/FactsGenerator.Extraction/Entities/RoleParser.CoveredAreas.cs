using System.Collections.Generic;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>
/// Offices whose field is coordinated: "X, deputy Middle East and North Africa director at Y", "X, the regional director
/// for Europe and Central Asia", "X, Y's research and advocacy director", "X, IP and technology partner at Y". Rights
/// groups, UN agencies and law firms name their people so; before, the "and" ended the office and the apposition gave
/// no role, or half of it.
/// </summary>
internal static partial class RoleParser
{
    /// <summary>
    /// The last index of a place at first: a country or its people in one word, or a gazetteer place of up to three
    /// words ("Central Europe", "North Africa"), the longest that fits; -1 if none.
    /// </summary>
    private static int PlaceEndAt(IReadOnlyList<Token> tokens, int first)
    {
        const int MaxPlaceWords = 3;
        var placeEnd = -1;
        for (var last = first; last < tokens.Count && last - first < MaxPlaceWords && NameChunker.IsNameWord(tokens[last]); last++)
        {
            var text = TokenText.Of(tokens, first, last);
            if ((first == last && NameForms.IsCountryOrDemonym(text)) || Gazetteer.PlaceGazetteer.Instance.TryFind(text, out _))
            {
                placeEnd = last;
            }
        }

        return placeEnd;
    }

    /// <summary>
    /// "Middle East and North Africa", "Europe and Central Asia" at first (an article before the first place allowed):
    /// two places joined by "and" name the area an office covers, never one affiliation. Returns the last index of the
    /// second place, or -1 (also when the second place opens a longer name: "Asia and Velm Airways").
    /// </summary>
    private static int CoordinatedPlacesEnd(IReadOnlyList<Token> tokens, int first)
    {
        if (first < tokens.Count && tokens[first].Is("the") && NameForms.IsLowerWord(tokens[first]))
        {
            first++;
        }

        var firstEnd = first < tokens.Count ? PlaceEndAt(tokens, first) : -1;
        if (firstEnd < 0 || firstEnd + 2 >= tokens.Count || !tokens[firstEnd + 1].Is("and"))
        {
            return -1;
        }

        var secondFirst = firstEnd + 2;
        if (tokens[secondFirst].Is("the") && NameForms.IsLowerWord(tokens[secondFirst]))
        {
            secondFirst++;
        }

        var secondEnd = secondFirst < tokens.Count ? PlaceEndAt(tokens, secondFirst) : -1;
        return secondEnd >= 0 && !(secondEnd + 1 < tokens.Count && NameChunker.IsNameWord(tokens[secondEnd + 1])) ? secondEnd : -1;
    }

    /// <summary>
    /// "deputy Middle East and North Africa director": two places joined by "and" right before a lower-case office (or
    /// one of its lower-case modifiers) are the area it covers, part of the office. Returns the index after them, or -1.
    /// </summary>
    private static int CoveredAreaBeforeOfficeEnd(IReadOnlyList<Token> tokens, int p)
    {
        if (p >= tokens.Count || !NameChunker.IsNameWord(tokens[p]))
        {
            return -1;
        }

        var end = CoordinatedPlacesEnd(tokens, p);
        return end > 0 && end + 1 < tokens.Count && NameForms.IsLowerWord(tokens[end + 1]) && (IsRoleNoun(tokens[end + 1]) || IsModifier(tokens[end + 1]))
            ? end + 1
            : -1;
    }

    /// <summary>
    /// "research and advocacy director", "IP and technology partner": at an "and" inside the words before an office's
    /// head, joining a lower-case modifier (or a short acronym of a field) that is no noun of a person to another
    /// lower-case modifier, the two qualify the one head. Returns the index after the "and", or -1. ("a teacher and
    /// mother", two nouns of a person, are two descriptions, read elsewhere.)
    /// </summary>
    private static int CoordinatedModifierAnd(IReadOnlyList<Token> tokens, int p, int roleStart)
    {
        if (p <= roleStart || p + 2 >= tokens.Count || !tokens[p].Is("and") || !NameForms.IsLowerWord(tokens[p]))
        {
            return -1;
        }

        var before = tokens[p - 1];
        var fieldBefore = (NameForms.IsLowerWord(before) && IsModifier(before) && !IsRoleNoun(before) && !IsDeterminer(before))
            || IsFieldAcronym(before);
        var after = tokens[p + 1];
        return fieldBefore && NameForms.IsLowerWord(after) && IsModifier(after) && !IsDeterminer(after) && !IsRoleNoun(after)
            && !PossessivePronouns.Contains(after.Text) ? p + 1 : -1;
    }

    // "IP", "HR", "PR": a short run of capitals naming a field of work, no noun of a person ("MP") nor a country ("US").
    private static bool IsFieldAcronym(Token token) =>
        token.IsWord && token.Text.Length >= 2 && token.Text.Length <= MaxInnerAcronymLength && NameForms.IsAllCaps(token.Text)
        && !IsRoleHead(token) && !NameForms.IsCountryOrDemonym(token.Text);
}
