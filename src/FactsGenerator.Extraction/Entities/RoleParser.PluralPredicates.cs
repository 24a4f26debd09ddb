using System.Collections.Generic;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

internal static partial class RoleParser
{
    /// <summary>
    /// "Both are professors at Velm University", "They were both staff nurses": the office each of a pair holds, read
    /// from a plural predicate whose copula is at <paramref name="copula"/> ("are" or "were"), in the singular, with
    /// the body after "at" or "of" when a name follows there; or null.
    /// </summary>
    public static RoleMatch? PluralPredicate(IReadOnlyList<Token> tokens, int copula, IReadOnlyList<NameChunk> chunks)
    {
        if (copula + 1 >= tokens.Count || !(tokens[copula].Is("are") || tokens[copula].Is("were")))
        {
            return null;
        }

        var first = tokens[copula + 1].Is("both") || tokens[copula + 1].Is("all") ? copula + 2 : copula + 1;
        for (var head = first; head < tokens.Count && head <= first + MaxModifiers; head++)
        {
            if (Singular(tokens[head]) is { } singular)
            {
                var role = head > first ? Join(tokens, first, head - 1) + " " + singular : singular;
                var (affiliation, chunk) = head + 1 < tokens.Count && (tokens[head + 1].Is("at") || tokens[head + 1].Is("of"))
                    ? AffiliationPhrase(tokens, head + 2, chunks)
                    : (null, null);
                return new RoleMatch(role, affiliation, chunk);
            }

            if (!IsModifier(tokens[head]))
            {
                return null;
            }
        }

        return null;
    }
}
