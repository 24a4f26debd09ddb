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
    private EntityMention? SignerAfterDash(IReadOnlyList<Token> tokens, bool[] insideQuote, int dash, out int end)
    {
        end = -1;
        if (dash + 1 >= tokens.Count || !IsDash(tokens[dash]) || !OnlyQuotationBefore(tokens, insideQuote, dash))
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

    // The sentence holds nothing but the quotation before the dash: a pull quote stands alone ("He said "..." — Ana
    // Ruiz, the mayor, disagreed" goes on with a clause of its own).
    private static bool OnlyQuotationBefore(IReadOnlyList<Token> tokens, bool[] insideQuote, int dash)
    {
        for (var k = dash - 1; k >= 0; k--)
        {
            if (!insideQuote[k] && tokens[k].IsWord)
            {
                return false;
            }
        }

        return true;
    }

    // After the name: the end of the sentence, a closing full stop, or a comma and a title in capitalised words
    // ("Ana Ruiz, Harbour Master", "Ana Ruiz, Director of the Port", not "Ana Ruiz, who said" nor "Ana Ruiz, the
    // mayor, disagreed").
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
            var titleWord = tokens[k].IsWord && (tokens[k].IsCapitalized || tokens[k].Text is "of" or "for" or "the" or "and" or "at" or "in");
            if (!titleWord && !tokens[k].IsSymbol(',') && !(k == tokens.Count - 1 && tokens[k].IsSymbol('.')))
            {
                return false;
            }
        }

        return true;
    }
}
