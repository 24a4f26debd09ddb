using System.Collections.Generic;
using FactsGenerator.Extraction.Entities;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Quotes;

/// <summary>
/// ""The river has never been this low." — Ana Ruiz, harbour master": a pull quote names its speaker after a dash,
/// with no verb; the name, maybe followed by a comma and a title, ends the sentence.
/// </summary>
internal sealed partial class SpeakerResolver
{
    // The person named right after a dash at index dash, nothing but a title after them; end is the name's last token.
    private EntityMention? SignerAfterDash(IReadOnlyList<Token> tokens, int dash, out int end)
    {
        end = -1;
        if (dash + 1 >= tokens.Count || !IsDash(tokens[dash]) || !tokens[dash].IsSymbol('-'))
        {
            return null;
        }

        var last = ActorEndFrom(tokens, dash + 1, out var actor, out var pronoun);
        if (last < 0 || pronoun || actor is not { Kind: EntityKind.Person } || !IsSignatureEnd(tokens, last + 1))
        {
            return null;
        }

        end = last;
        return actor;
    }

    // After the name: the end of the sentence, a closing full stop, or a comma and a title of capitalised or
    // lower-case words with no verb of saying ("Ana Ruiz, Harbour Master" but not "Ana Ruiz, who said").
    private static bool IsSignatureEnd(IReadOnlyList<Token> tokens, int next)
    {
        if (next >= tokens.Count || (next == tokens.Count - 1 && tokens[next].IsSymbol('.')))
        {
            return true;
        }

        if (!tokens[next].IsSymbol(','))
        {
            return false;
        }

        for (var k = next + 1; k < tokens.Count; k++)
        {
            if (tokens[k].IsSymbol('"') || IsAttributionVerb(tokens[k]) || RelativePronouns.Contains(tokens[k].Text))
            {
                return false;
            }
        }

        return true;
    }
}
