using System.Collections.Generic;
using FactsGenerator.Extraction.Entities;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Quotes;

/// <summary>
/// "Ana Ruiz apologised and said, "...," Kyodo reported.": a verb of saying right before the quotation has its own
/// subject, who said the words; the outlet after them only reports that she did.
/// </summary>
internal sealed partial class SpeakerResolver
{
    // The subject of a verb of saying right before the open mark (maybe with a comma or a colon between), when the
    // clause after the quotation only reports ("reported", "reports"); null otherwise.
    private EntityMention? ReportedSayerBefore(IReadOnlyList<Token> tokens, bool[] insideQuote, int open, int afterVerb)
    {
        if (afterVerb < 0 || afterVerb >= tokens.Count || !(tokens[afterVerb].Is("reported") || tokens[afterVerb].Is("reports")) || open < 2)
        {
            return null;
        }

        var v = tokens[open - 1].IsSymbol(',') || tokens[open - 1].IsSymbol(':') ? open - 2 : open - 1;
        if (v < 1 || insideQuote[v] || !IsAttributionVerb(tokens[v]) || tokens[v].Is("reported") || tokens[v].Is("reports") || IsPassiveWithoutAgent(tokens, v))
        {
            return null;
        }

        return SubjectOf(tokens, insideQuote, v);
    }
}
