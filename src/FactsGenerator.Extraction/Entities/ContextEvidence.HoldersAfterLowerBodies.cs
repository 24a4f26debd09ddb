using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

internal sealed partial class ContextEvidence
{
    /// <summary>
    /// "the deputy director of the fire service Mamun Mahmud described", "a spokeswoman for the airline Ana Ruiz said": a
    /// kind of body written in lower case after an office and "of" or "for" is the office's body, and a name run straight
    /// after it with no comma is the holder's, not the body's (as "the news agency Fallow" would be), when the words read
    /// as a person's (<see cref="HolderNames.IsHolderName"/>) and a verb of saying or an age follows them.
    /// </summary>
    private static bool IsHolderAfterOfficeOfLowerBody(NameChunk chunk)
    {
        var tokens = chunk.Tokens;
        var kind = chunk.First - 1;
        if (kind < 3 || !NameForms.IsLowerWord(tokens[kind]) || !Lexicon.OrganizationTypeNouns.Contains(tokens[kind].Text))
        {
            return false;
        }

        var preposition = RoleParser.PrepositionBeforeBody(tokens, kind);
        // (Without a comma the name may still be the body's own, "a founder of the rock band Van Dorn, retired": only a
        // verb of saying or an age after it says it is someone who speaks or has an age.)
        return preposition >= 1 && RoleParser.IsRoleHead(tokens[preposition - 1]) && HolderNames.IsHolderName(tokens, chunk.First, chunk.Last)
            && IsFollowedByVerbOrAge(tokens, chunk.Last);
    }
}
