using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>
/// "senior Taliban commander X", "a junior Velm Party official": a rank word before the body that owns the office says
/// which grade of the office it is, as "acting" says for how long, so it stays in the role (senior commander) and the body
/// is the affiliation. Before, the body cut the rank off and the role was a bare "commander".
/// </summary>
internal static partial class RoleParser
{
    private static bool IsRankBeforeBody(Token token) =>
        token.IsWord && NameForms.IsLowerWord(token) && (token.Is("senior") || token.Is("junior"));
}
