using System.Collections.Generic;
using FactsGenerator.Extraction.Entities;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Quotes;

/// <summary>
/// An attribution after the quotation that opens with the speaker's office rather than their name: ""...," regional
/// director of the Harbour Trust Ana Ruiz said". The office (a role word, the body or place it serves) runs up to the
/// person, and the verb of saying follows the name.
/// </summary>
internal sealed partial class SpeakerResolver
{
    /// <summary>How many tokens the office may span before the name.</summary>
    private const int MaxOfficeTokensBeforeName = 8;

    private EntityMention? TitledPersonAfter(IReadOnlyList<Token> tokens, int p, out bool decided, out int verb)
    {
        decided = false;
        verb = -1;
        var sawRole = false;
        for (var k = p; k < tokens.Count && k - p <= MaxOfficeTokensBeforeName; k++)
        {
            var token = tokens[k];
            if (sawRole && entities.MentionAt(token.Start) is { Kind: EntityKind.Person } person)
            {
                var v = SkipAdverbs(tokens, LastTokenOf(tokens, k, person) + 1);
                if (v >= tokens.Count || !IsAttributionVerb(tokens[v]))
                {
                    return null;
                }

                decided = true;
                verb = v;
                return person;
            }

            // Only the words of an office: role words and what qualifies them ("regional director"), the capitalised
            // names of bodies and places, and the small words joining them ("director of the", "head for"); anything
            // else is a clause of its own.
            if (!token.IsWord)
            {
                return null;
            }

            if (!NameForms.IsLowerWord(token))
            {
                sawRole |= Lexicon.TitleWords.Contains(token.Text);
                continue;
            }

            if (Lexicon.RoleHeads.Contains(token.Text))
            {
                sawRole = true;
            }
            else if (ClauseOpeners.Contains(token.Text) || (sawRole && !(token.Is("of") || token.Is("the") || token.Is("for") || token.Is("at"))))
            {
                return null;
            }
        }

        return null;
    }
}
