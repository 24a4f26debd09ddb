using System.Collections.Generic;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Quotes;

/// <summary>
/// ""...," the statement said. "...," it added.", "It accused the guards of "...".", ""...," it said, adding that "..."":
/// news copy takes up a body that has just been quoted with "it" as the subject of the next verb of saying. The caller
/// gives such a quotation the body that spoke the quotation before it (in the same sentence or the one before).
/// </summary>
internal sealed partial class SpeakerResolver
{
    /// <summary>
    /// Whether "it" is the subject of a verb of saying or framing outside the sentence's quotations, where a clause opens:
    /// at the sentence's start or right after a comma or a quotation ("It urged", "..., it added"). The "it" of "it was"
    /// is no actor, and "said it" makes "it" another verb's object or subject.
    /// </summary>
    public static bool IsSaidByIt(IReadOnlyList<Token> tokens, bool[] insideQuote)
    {
        for (var k = 0; k < tokens.Count; k++)
        {
            if (insideQuote[k] || !IsActingIt(tokens, k) || !(k == 0 || tokens[k - 1].IsSymbol(',') || tokens[k - 1].IsSymbol('"')))
            {
                continue;
            }

            var verb = SkipAdverbs(tokens, k + 1);
            if (verb < tokens.Count && !insideQuote[verb] && (IsAttributionVerb(tokens[verb]) || FramingVerbs.Contains(tokens[verb].Text)))
            {
                return true;
            }
        }

        return false;
    }
}
