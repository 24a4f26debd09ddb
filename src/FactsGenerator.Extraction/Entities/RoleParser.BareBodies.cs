using System.Collections.Generic;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

internal static partial class RoleParser
{
    /// <summary>The body named right after the office at head without "of" ("chairman Velm Traders Association"), when its
    /// name ends in a word of a body ("Association", "Union", "Agency") and punctuation closes the apposition after it;
    /// otherwise null ("X, actor Y, and Z" lists a person after the office).</summary>
    private static NameChunk? BodyRightAfterOffice(IReadOnlyList<Token> tokens, int head, IReadOnlyList<NameChunk> chunks)
    {
        if (head + 1 >= tokens.Count || NameChunkIndex.StartingAt(chunks, head + 1) is not { } body || body.First == body.Last)
        {
            return null;
        }

        var after = body.Last + 1;
        return Lexicon.OrganizationHeads.Contains(tokens[body.Last].Text) && !NameForms.IsAllCaps(tokens[body.Last].Text)
            && after < tokens.Count && (tokens[after].IsSymbol(',') || tokens[after].IsSymbol('.'))
            ? body
            : null;
    }
}
