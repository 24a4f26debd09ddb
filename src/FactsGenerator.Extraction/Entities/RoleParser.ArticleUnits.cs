using System.Collections.Generic;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>
/// "X, head of the intensive care unit at Y", "X, secretary of the municipal committee,": the unit an office leads,
/// named by lower-case words after "of the" and ending in a word for a unit, is part of the office (head of the intensive
/// care unit); the body after it ("at Y") is still the affiliation. Before, the whole phrase became the affiliation and
/// the role was a bare "head". A unit named in capitals ("head of the Intensive Care Unit") is a body, as before; a body
/// named after a further "of" owns the unit and is the affiliation.
/// </summary>
internal static partial class RoleParser
{
    // Offices that serve a unit besides those that lead one (UnitLeaders): its staff's.
    private static readonly HashSet<string> UnitStaffOffices = new(System.StringComparer.Ordinal)
    {
        "secretary", "manager", "coordinator", "supervisor",
    };

    // Common nouns for the part of a body a person leads (a ward, a desk, a committee); words that as often name a
    // whole body of its own ("army", "clinic", "office", "centre", "station") are left out: "director of the clinic"
    // and "chief of the army" keep the body as the affiliation.
    private static readonly HashSet<string> UnitNouns = new(System.StringComparer.Ordinal)
    {
        "unit", "department", "ward", "division", "section", "team", "branch", "desk", "squad", "committee", "programme",
        "program", "laboratory", "lab", "wing", "faculty", "panel", "delegation",
    };

    private const int MaxArticleUnitWords = 4;

    /// <summary>
    /// At "the" right after an office's "of": lower-case words ending in a unit noun, closed by punctuation or a
    /// preposition that opens the body ("at", "in", "for", or "of" before a name). Returns the unit noun's index, or -1
    /// ("chief of the city's water department" is read by <see cref="PossessedUnitEnd"/>).
    /// </summary>
    private static int ArticleUnitEnd(IReadOnlyList<Token> tokens, int the, string role)
    {
        if (the + 1 >= tokens.Count || !tokens[the].Is("the") || !(UnitLeaders.Contains(HeadOf(role)) || UnitStaffOffices.Contains(HeadOf(role))))
        {
            return -1;
        }

        var end = -1;
        for (var i = the + 1; i < tokens.Count && i - the <= MaxArticleUnitWords && IsModifier(tokens[i]) && !IsDeterminer(tokens[i]); i++)
        {
            if (UnitNouns.Contains(tokens[i].Text))
            {
                end = i;
            }
        }

        if (end < 0 || end + 1 >= tokens.Count)
        {
            return -1;
        }

        // ("secretary of the municipal committee of the Velm Party": a body named after a further "of" owns the unit and
        // is the affiliation; a lower-case word there, "of the department of health", leaves the phrase as before.)
        var after = tokens[end + 1];
        var ownerFollows = after.Is("of") && end + 2 < tokens.Count
            && (NameChunker.IsNameWord(tokens[end + 2]) || (tokens[end + 2].Is("the") && end + 3 < tokens.Count && NameChunker.IsNameWord(tokens[end + 3])));
        var closed = (after.Kind == TokenKind.Symbol && !after.IsSymbol('-') && !IsPossessiveS(after)) || after.Text is "at" or "in" or "for" || ownerFollows;
        return closed ? end : -1;
    }
}
