using System.Collections.Generic;
using FactsGenerator.Extraction.Gazetteer;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>Capitalised words between a body's name and a lower-case office that say which part of the body the office
/// is in ("Harlow Port Media Relations chief X", "Velm Police commissioner X", "Foreign Office spokesman X"): they belong
/// to the office, as they do before a capitalised one.</summary>
internal sealed partial class DocumentEntityReader
{
    // Plural nouns of a department's field that end its name ("Media Relations", "Public Affairs").
    private static readonly HashSet<string> DepartmentFieldHeads = Lexicon.Set("Relations Affairs Communications Operations Resources");

    // Services whose name before an office is the office's first word ("police commissioner", "fire chief").
    private static readonly HashSet<string> ServiceWords = Lexicon.Set("Police Fire");

    private const int MaxDepartmentWords = 3;

    // The office with the part of the owner that names a unit or a service of it, or null when the owner is only the
    // body the office belongs to.
    private RoleMatch? OfficeWithUnitOfOwner(RoleMatch match)
    {
        // (Only an office written right after the owner: in "the retired Harbour Police officer X" the qualifier before
        // the force describes the officer, and the force is only the affiliation.)
        if (match is not { Role: { } office, AffiliationChunk: { } owner, RoleWithOwner: { } withOwner }
            || !string.Equals(withOwner, owner.Text.ToLowerInvariant() + " " + office, System.StringComparison.Ordinal))
        {
            return null;
        }

        var tokens = owner.Tokens;

        // "the Foreign Office spokesman X", "Election Commission secretary X": a body named only by common words is a
        // kind of body, part of the office as before a capitalised title.
        if (OfficeWithGenericBody(tokens, owner.First, owner, office) is { } withBody)
        {
            return new RoleMatch(withBody, match.Affiliation, owner);
        }

        if (owner.First == owner.Last)
        {
            return null;
        }

        // "Velm Police commissioner X": the service is the office's first word; the force stays the affiliation.
        if (ServiceWords.Contains(tokens[owner.Last].Text))
        {
            return new RoleMatch(tokens[owner.Last].Text.ToLowerInvariant() + " " + office, match.Affiliation, owner);
        }

        // "DepEd Media Relations chief X": the department opens the office and the name before it is the body.
        if (!DepartmentFieldHeads.Contains(tokens[owner.Last].Text))
        {
            return null;
        }

        var unit = owner.Last;
        while (unit - 1 > owner.First && owner.Last - (unit - 1) < MaxDepartmentWords && tokens[unit - 1].IsWord
            && char.IsUpper(tokens[unit - 1].Text[0]) && EnglishWords.IsOrdinaryWord(tokens[unit - 1].Text)
            && !GenericBodyHeads.Contains(tokens[unit - 1].Text) && !NameForms.IsCountryOrDemonym(tokens[unit - 1].Text))
        {
            unit--;
        }

        // ("Inter-Services Public Relations" is one body's name: a hyphenated word before the field is no body alone.)
        for (var k = owner.First; k < unit; k++)
        {
            if (!tokens[k].IsWord)
            {
                return null;
            }
        }

        var body = SubChunk(owner, owner.First, unit - 1);
        return new RoleMatch(JoinLower(tokens, unit, owner.Last) + " " + office, body.Text, body);
    }

    // "city fire Commissioner X": a lower-case service right before a capitalised title is the office's first word, as
    // "police" is before a lower-case one ("Johor police chief X").
    private static string ServiceBeforeTitle(IReadOnlyList<Token> tokens, NameChunk chunk, int roleStart) =>
        roleStart == chunk.First && chunk.First >= 1 && NameForms.IsLowerWord(tokens[chunk.First - 1]) && ServiceWords.Contains(tokens[chunk.First - 1].Text)
            ? tokens[chunk.First - 1].Text + " "
            : string.Empty;
}
