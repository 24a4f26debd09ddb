using System.Collections.Generic;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

internal static partial class RoleParser
{
    /// <summary>"a bench of Justices A and B", "a panel of Judges A and B": after a lower-case noun of a group and "of", a
    /// capitalised plural title opens the list of its members; after a capitalised name ("the House of Representatives")
    /// or "the", it stays part of a body's name. k is the plural's index, right after "of".</summary>
    private static bool IsGroupOfTitled(IReadOnlyList<Token> tokens, int k) =>
        k >= 2 && NameForms.IsLowerWord(tokens[k - 2]) && !IsDeterminer(tokens[k - 2]) && k + 1 < tokens.Count
        && NameChunker.IsNameWord(tokens[k + 1]);
}
