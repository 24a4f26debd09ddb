using System.Collections.Generic;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

internal static partial class RoleParser
{
    // People known for what they know: the field after "on" or "in" says which expert they are, and is part of the
    // role ("an expert on river ecology", "a specialist in tropical medicine").
    private static readonly HashSet<string> ExpertiseHeads = new(System.StringComparer.Ordinal)
    {
        "expert", "specialist", "authority",
    };

    /// <summary>
    /// The last index of the lower-case field after the "on" or "in" at p that completes an expert's role, or -1. The field
    /// runs over lower-case words (a hyphenated compound is one word, "animal-to-human") up to punctuation, a preposition
    /// or a word that opens a clause ("an expert on bird diseases at the university", "... who"); without such an end
    /// only its first word is sure.
    /// </summary>
    private static int ExpertiseFieldEnd(IReadOnlyList<Token> tokens, int p, string role)
    {
        const int MaxFieldWords = 4;
        if (p + 1 >= tokens.Count || !(tokens[p].Is("on") || tokens[p].Is("in")) || !ExpertiseHeads.Contains(HeadOf(role)) || !IsFieldWord(tokens[p + 1]))
        {
            return -1;
        }

        // The first word is sure; a later one ends the field only where a clear end follows it.
        var end = HyphenatedEnd(tokens, p + 1);
        var sure = end;
        for (var words = 1; words < MaxFieldWords && end + 1 < tokens.Count && IsFieldWord(tokens[end + 1]) && !IsRoleHead(tokens[end + 1]); words++)
        {
            end = HyphenatedEnd(tokens, end + 1);
            if (EndsField(tokens, end + 1))
            {
                sure = end;
            }
        }

        return sure;
    }

    private static bool EndsField(IReadOnlyList<Token> tokens, int after) =>
        after >= tokens.Count || tokens[after].Kind == TokenKind.Symbol
        || tokens[after].Text is "for" or "at" or "of" or "in" or "with" or "to" or "on" or "from" or "who" or "whose" or "which" or "that" or "and" or "but";
}
