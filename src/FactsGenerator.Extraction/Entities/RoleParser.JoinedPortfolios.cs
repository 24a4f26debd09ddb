using System.Collections.Generic;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>"the Minister of Labour and Employment, X": a minister's two fields joined by "and" are one portfolio.</summary>
internal static partial class RoleParser
{
    // The chunker ends a run of capitals at "and", so "Minister of Labour and Employment" reaches the parser as
    // "Minister of Labour" and "Employment". When the chunk ending at p is one field of government after "and", and the
    // chunk before the "and" ends in a title's "of" and a field, the two are read as one run; else the chunk ending at
    // p, as before.
    private static NameChunk? RunEndingAt(IReadOnlyList<Token> tokens, IReadOnlyList<NameChunk> chunks, int p)
    {
        var last = NameChunkIndex.EndingAt(chunks, p);
        if (last is null || last.First != last.Last || last.First < TokensBeforeJoinedField || !tokens[last.First - 1].Is("and")
            || !NameForms.IsLowerWord(tokens[last.First - 1]) || !IsFieldOfGovernment(tokens[last.First].Text))
        {
            return last;
        }

        var office = NameChunkIndex.EndingAt(chunks, last.First - 2);
        if (office is null || office.Last - office.First < 2 || !tokens[office.Last - 1].Is("of") || !IsFieldOfGovernment(tokens[office.Last].Text))
        {
            return last;
        }

        return new NameChunk(office.Sentence, office.First, last.Last, office.Text + " and " + last.Text, office.InsideQuote);
    }

    // Fewest tokens before the second field of a joined portfolio: the title, "of", the first field and "and"
    // ("Minister of Labour and" before "Employment").
    private const int TokensBeforeJoinedField = 4;

    // "Labour and Employment": two fields of government joined by a lower-case "and", each one a portfolio, are one
    // portfolio. Only the run RunEndingAt joins holds an "and" (the chunker ends every other run at it).
    private static bool IsJoinedPortfolio(IReadOnlyList<Token> tokens, int first, int last) =>
        last - first == 2 && tokens[first + 1].Is("and") && NameForms.IsLowerWord(tokens[first + 1])
        && IsPortfolio(tokens, first, first, tokens[first].Text) && IsPortfolio(tokens, last, last, tokens[last].Text);
}
