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

            if (IsOfficeWord(token))
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

    /// <summary>How many words an office between a body and its holder's name may have ("Deputy Regional Director").</summary>
    private const int MaxOfficeWordsBeforeUnreadName = 3;

    // "said Velm Port Authority Director Bob Marsh" where no person was read for "Bob Marsh": the body's office, then
    // a capitalised word that is no part of the office, names the holder, who spoke; the body did not.
    private bool HasUnreadOfficeHolderAfter(IReadOnlyList<Token> tokens, EntityMention body)
    {
        var i = IndexAtOrAfter(tokens, body.End);
        i += i < tokens.Count && tokens[i].Text is "'s" or "'S" ? 1 : 0;
        var start = i;
        while (i < tokens.Count && i - start < MaxOfficeWordsBeforeUnreadName && tokens[i].IsWord
            && (IsOfficeWord(tokens[i]) || Lexicon.TitleModifiers.Contains(tokens[i].Text)))
        {
            i = GluedCompoundEnd(tokens, i) + 1;
        }

        return i > start && i < tokens.Count && tokens[i].IsWord && tokens[i].IsCapitalized && !Lexicon.CapitalisedFunctionWords.Contains(tokens[i].Text)
            && entities.MentionAt(tokens[i].Start) is null;
    }
}
