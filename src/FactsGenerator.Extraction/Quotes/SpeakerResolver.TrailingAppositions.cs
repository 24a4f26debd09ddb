using System.Collections.Generic;
using FactsGenerator.Extraction.Entities;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Quotes;

/// <summary>
/// ""...," Ana Ruiz, a spokeswoman for the board, said.": wire copy puts an apposition (an office, an age) between the
/// speaker's name after the quotation and the verb of saying.
/// </summary>
internal sealed partial class SpeakerResolver
{
    private const int MaxTrailingAppositionTokens = 16;

    // The token after the apposition between commas that opens at v, when a person's name comes before it; v otherwise.
    private static int SkipTrailingApposition(IReadOnlyList<Token> tokens, bool[] insideQuote, int v, EntityMention? actor)
    {
        if (actor is not { Kind: EntityKind.Person } || v + 2 >= tokens.Count || !tokens[v].IsSymbol(','))
        {
            return v;
        }

        for (var k = v + 1; k < tokens.Count && k - v <= MaxTrailingAppositionTokens; k++)
        {
            if (insideQuote[k] || tokens[k].IsSymbol('"') || tokens[k].IsSymbol(';') || tokens[k].IsSymbol(':') || tokens[k].IsSymbol('.'))
            {
                return v;
            }

            if (tokens[k].IsSymbol(','))
            {
                return k + 1;
            }
        }

        return v;
    }
}
