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
        if (last is null || last.First != last.Last || last.First < 4 || !tokens[last.First - 1].Is("and")
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

    // "The Head of the Velm Disaster Agency (VDA), X,": an office word that no title list holds ("Head", "Chair",
    // "Editor") opening a run of capitals before "of", the run set off before an apposed name by its comma or its
    // bracketed acronym, is the office of the body after "of", as a listed title is.
    private static bool OpensApposedOfficeOfBody(IReadOnlyList<Token> tokens, NameChunk chunk, int of) =>
        of - 1 == chunk.First && char.IsUpper(tokens[of - 1].Text[0]) && IsRoleHead(tokens[of - 1])
        && chunk.Last + 1 < tokens.Count && (tokens[chunk.Last + 1].IsSymbol(',') || tokens[chunk.Last + 1].IsSymbol('('));
}
