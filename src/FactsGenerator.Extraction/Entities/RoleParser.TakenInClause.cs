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

        var office = tokens[k + 1].Is("as") ? k + 2 : k + 1;
        return tokens[k].Is("named") && NamesAnHonour(tokens, office) ? p : office;
    }

    // "who was named the best player of the tournament", "named winner of the prize": "named" also gives honours, which are
    // no office; an honour is told by a superlative or a word of winning after the article.
    private static bool NamesAnHonour(IReadOnlyList<Token> tokens, int at)
    {
        if (at < tokens.Count && tokens[at].IsArticle)
        {
            at++;
        }

        if (at >= tokens.Count || !NameForms.IsLowerWord(tokens[at]))
        {
            return false;
        }

        var word = tokens[at].Text;
        return HonourWords.Contains(word) || (word.Length > 5 && word.EndsWith("est", System.StringComparison.Ordinal));
    }

    private static readonly HashSet<string> HonourWords = Lexicon.Set("best worst most top winner winners runner-up recipient champion finalist");
}
