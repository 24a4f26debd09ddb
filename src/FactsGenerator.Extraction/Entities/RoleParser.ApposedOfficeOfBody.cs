using System.Collections.Generic;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>"The Head of the Velm Disaster Agency (VDA), X,": an unlisted office word heading a body's apposed office.</summary>
internal static partial class RoleParser
{
    // "The Head of the Velm Disaster Agency (VDA), X,": an office word that no title list holds ("Head", "Chair",
    // "Editor") opening a run of capitals before "of", the run set off before an apposed name by its comma or its
    // bracketed acronym, is the office of the body after "of", as a listed title is.
    private static bool OpensApposedOfficeOfBody(IReadOnlyList<Token> tokens, NameChunk chunk, int of) =>
        of - 1 == chunk.First && char.IsUpper(tokens[of - 1].Text[0]) && IsRoleHead(tokens[of - 1])
        && chunk.Last + 1 < tokens.Count && (tokens[chunk.Last + 1].IsSymbol(',') || tokens[chunk.Last + 1].IsSymbol('('));
}
