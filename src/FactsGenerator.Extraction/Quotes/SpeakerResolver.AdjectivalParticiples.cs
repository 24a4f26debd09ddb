using System.Collections.Generic;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Quotes;

/// <summary>
/// "Ana Ruiz said that the promised tariffs will "...", "an estimated 900 barrels were "...": a past participle of a verb
/// of saying right after an article or a possessive ("the promised", "an estimated", "the government's promised", "its
/// stated") qualifies the noun after it and says nothing; the verb of saying before it is the quotation's.
/// </summary>
internal sealed partial class SpeakerResolver
{
    private static bool IsAdjectivalParticiple(IReadOnlyList<Token> tokens, int v)
    {
        if (v < 1 || !tokens[v].IsWord || !tokens[v].Text.EndsWith("ed", System.StringComparison.Ordinal))
        {
            return false;
        }

        var before = tokens[v - 1];
        return before.IsArticle || before.Is("'s") || before.Is("its") || before.Is("their") || before.Is("his") || before.Is("our");
    }
}
