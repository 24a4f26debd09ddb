using System.Collections.Generic;
using FactsGenerator.Extraction.Entities;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Quotes;

/// <summary>
/// "X was described as "..." by Y", "the levy was branded a "disgrace" by Y": a passive verb of saying or
/// labelling leaves the words to its agent, named after them with "by". Without an agent the words have no speaker.
/// </summary>
internal sealed partial class SpeakerResolver
{
    /// <summary>How many tokens may stand between the passive verb and the quotation ("announced to be a").</summary>
    private const int MaxTokensFromPassiveVerb = 5;

    // The person or body after "by" right behind the quotation, when a passive verb of saying or labelling leads to
    // the quotation in the same clause; else null.
    private EntityMention? PassiveAgentAfter(IReadOnlyList<Token> tokens, bool[] insideQuote, int open, int after)
    {
        var by = after < tokens.Count && tokens[after].IsSymbol(',') ? after + 1 : after;
        if (by + 1 >= tokens.Count || !tokens[by].Is("by") || !HasPassiveSayingBefore(tokens, insideQuote, open))
        {
            return null;
        }

        var agent = Actor(tokens, by + 1);
        return agent is { Kind: EntityKind.Person or EntityKind.Organization } ? agent : null;
    }

    // "was described as", "were called", "was formally announced to be": a passive verb of saying, naming or
    // labelling a few words before the quotation, nothing but words between.
    private static bool HasPassiveSayingBefore(IReadOnlyList<Token> tokens, bool[] insideQuote, int open)
    {
        for (var v = open - 1; v >= 1 && open - v <= MaxTokensFromPassiveVerb; v--)
        {
            if (insideQuote[v] || !tokens[v].IsWord)
            {
                return false;
            }

            if (!(IsAttributionVerb(tokens[v]) || IsNamingVerb(tokens, v) || LabellingVerbs.Contains(tokens[v].Text)))
            {
                continue;
            }

            // ("was formally announced": adverbs may stand between the auxiliary and the verb.)
            var auxiliary = v - 1;
            while (auxiliary >= 1 && NameForms.IsLyAdverb(tokens[auxiliary]))
            {
                auxiliary--;
            }

            if (IsPassive(tokens, auxiliary + 1))
            {
                return true;
            }
        }

        return false;
    }
}
