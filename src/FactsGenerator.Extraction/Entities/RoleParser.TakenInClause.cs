using System.Collections.Generic;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>
/// "Gen. X, who was newly appointed as the acting military chief,", "X, who was elected mayor in 2019,": a relative clause
/// in the passive names the office taken, as "X was appointed chair" does in a main clause. How the office was taken
/// ("appointed", "elected", "named", with an adverb of time before it and "as" after it) is no part of the role, as
/// "the newly elected mayor" is a mayor; before, the clause gave "appointed governor" or, with "as", nothing.
/// </summary>
internal static partial class RoleParser
{
    // The index after the participle of taking an office ("appointed", "elected", "named"), its adverb ("newly") and
    // "as", when they open the clause at p; else p.
    private static int PastOfficeTaking(IReadOnlyList<Token> tokens, int p)
    {
        var k = p;
        if (k < tokens.Count && NameForms.IsLowerWord(tokens[k]) && tokens[k].Text.EndsWith("ly", System.StringComparison.Ordinal))
        {
            k++;
        }

        if (k + 1 >= tokens.Count || !(tokens[k].Is("appointed") || tokens[k].Is("elected") || tokens[k].Is("named")))
        {
            return p;
        }

        return tokens[k + 1].Is("as") ? k + 2 : k + 1;
    }
}
