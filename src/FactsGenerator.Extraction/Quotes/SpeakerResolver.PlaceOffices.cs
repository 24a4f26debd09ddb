using System.Collections.Generic;
using FactsGenerator.Extraction.Entities;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Quotes;

/// <summary>
/// A place opening the speaker's slot that only says where the speaker serves or is based: ""...," Harris County Fire
/// Marshal Jo Kim said", ""...," said Orra-Velm County Fire Chief Jo Kim", ""...," the London-based Velm Trust said".
/// The place is no speaker (a place never speaks), and reading it as the slot's whole actor left the quotation with
/// nobody, while the office words after it lead to the person who holds the office.
/// </summary>
internal sealed partial class SpeakerResolver
{
    // The index of the actor a place at [place, after) describes, or -1: the person named after capitalised office
    // words ("County Fire Chief" after the place, at least one of them an office word), or the body or person right
    // after "<place>-based".
    private int ActorDescribedByPlace(IReadOnlyList<Token> tokens, int after)
    {
        if (after < 1 || after >= tokens.Count)
        {
            return -1;
        }

        var based = RoleParser.BasedCompoundEnd(tokens, after - 1);
        if (based >= 0)
        {
            return based < tokens.Count && entities.MentionAt(tokens[based].Start) is { Kind: EntityKind.Person or EntityKind.Organization } actor
                && actor.Start == tokens[based].Start ? based : -1;
        }

        // (The capitalised office words after the place, "County Fire Chief", read as any capitalised office run does.)
        return PersonAfterCapitalisedOffice(tokens, after);
    }
}
