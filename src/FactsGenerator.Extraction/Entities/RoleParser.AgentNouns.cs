using System.Collections.Generic;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

internal static partial class RoleParser
{
    /// <summary>"diver", "keeper", "organiser", "cellist": a lower-case noun with an agent's ending that closes an apposition
    /// (punctuation right after it), so it is the head its qualifier describes ("a volunteer diver": volunteer diver;
    /// "a student pilot"). Words with the same endings that are no nouns of people are left out.</summary>
    private static bool IsAgentNounEndingApposition(IReadOnlyList<Token> tokens, int k)
    {
        if (k + 1 >= tokens.Count || !NameForms.IsLowerWord(tokens[k]) || tokens[k].Text.Length < 5
            || !(tokens[k + 1].IsSymbol(',') || tokens[k + 1].IsSymbol('.') || tokens[k + 1].IsSymbol(';')))
        {
            return false;
        }

        var word = tokens[k].Text;
        var agentEnding = word.EndsWith("er", System.StringComparison.Ordinal) || word.EndsWith("or", System.StringComparison.Ordinal)
            || word.EndsWith("ist", System.StringComparison.Ordinal);
        return agentEnding && !NotAgentNouns.Contains(word) && !word.EndsWith("ever", System.StringComparison.Ordinal)
            && !word.EndsWith("ther", System.StringComparison.Ordinal);
    }

    // Words ending like agents that name no person: comparatives, adverbs, times, things.
    private static readonly HashSet<string> NotAgentNouns = Lexicon.Set(
        "after later earlier sooner longer larger greater older younger bigger higher lower under over cover corner " +
        "number matter letter paper water power order border center centre chapter quarter summer winter october " +
        "november december september minor major senior junior interior exterior error mirror floor door favor favour " +
        "honor honour labor labour colour color sector factor motor tractor elevator monitor indicator calculator " +
        "corridor radiator reactor generator computer printer trailer container register career poster sticker " +
        "remainder shoulder finger powder ladder soccer cancer fever rather never either whether together forever " +
        "cluster disaster semester");
}
