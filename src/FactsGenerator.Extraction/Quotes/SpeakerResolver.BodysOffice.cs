using System.Collections.Generic;
using FactsGenerator.Extraction.Entities;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Quotes;

/// <summary>
/// A person named after the office they hold in a body: ""...," said Harbour College's chancellor, Jo Kim" and
/// "Jo Kim, dean of the Harbour Law School said". The body only says whom the person speaks for; the person is
/// the speaker.
/// </summary>
internal sealed partial class SpeakerResolver
{
    /// <summary>How many tokens may stand between the body and the person ("'s vice chancellor ,").</summary>
    private const int MaxTokensBeforeOfficeHolder = 6;

    // "said Acme's chief executive Jo Kim", "said Harbour College, Eastfield's chancellor, Jo Kim": between the body and
    // the person stand only its office (a role noun is required), a possessive, commas and capitalised words of the
    // body's name. Anything else ("and", "whose", a verb) means the person after is not the one speaking.
    private EntityMention? OfficeHolderAfter(IReadOnlyList<Token> tokens, EntityMention body)
    {
        var sawOffice = false;
        var start = IndexAtOrAfter(tokens, body.End);
        for (var i = start; i < tokens.Count && i - start <= MaxTokensBeforeOfficeHolder; i++)
        {
            var token = tokens[i];
            if (sawOffice && entities.MentionAt(token.Start) is { Kind: EntityKind.Person } person)
            {
                return person;
            }

            if (RoleParser.IsRoleHead(token) || Lexicon.TitleWords.Contains(token.Text))
            {
                sawOffice = true;
                continue;
            }

            // ("U.N. Secretary-General Jo Kim": a dotted short form's last period and a hyphenated title's hyphen.)
            var partOfOffice = token.IsSymbol(',') || token.Text is "'s" or "'S" || ((token.IsSymbol('.') || token.IsSymbol('-')) && !token.SpaceBefore)
                || (token.IsWord && (char.IsUpper(token.Text[0]) || Lexicon.TitleModifiers.Contains(token.Text)) && entities.MentionAt(token.Start) is not { Kind: EntityKind.Person });
            if (!partOfOffice)
            {
                return null;
            }
        }

        return null;
    }
}
