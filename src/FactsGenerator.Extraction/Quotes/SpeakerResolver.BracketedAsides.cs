using System.Collections.Generic;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Quotes;

/// <summary>
/// ""...," Sen. Ana Ruiz (D-Calif.) said", ""...," Ana Ruiz (pictured), a harbour pilot, said": news copy puts a short
/// bracket right after a speaker's name (a legislator's party and state, a picture's pointer), which stands between
/// the name and its verb or aside as the comma asides do.
/// </summary>
internal sealed partial class SpeakerResolver
{
    /// <summary>At most this many tokens between the brackets: a tag or a pointer, not a clause.</summary>
    private const int MaxBracketedAsideTokens = 6;

    // The token after a short bracket opening at p, or p when none opens there (or it holds quoted words, a clause's
    // punctuation or another bracket).
    private static int SkipBracketedAside(IReadOnlyList<Token> tokens, bool[] insideQuote, int p)
    {
        if (p >= tokens.Count || !tokens[p].IsSymbol('(') || insideQuote[p])
        {
            return p;
        }

        for (var k = p + 1; k < tokens.Count && k - p <= MaxBracketedAsideTokens + 1; k++)
        {
            if (insideQuote[k] || tokens[k].IsSymbol('"') || tokens[k].IsSymbol('(') || tokens[k].IsSymbol(',') || tokens[k].IsSymbol(';') || tokens[k].IsSymbol(':'))
            {
                return p;
            }

            if (tokens[k].IsSymbol(')'))
            {
                return k == p + 1 ? p : k + 1;
            }
        }

        return p;
    }
}
