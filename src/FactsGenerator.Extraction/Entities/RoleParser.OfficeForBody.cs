using System.Collections.Generic;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

internal static partial class RoleParser
{
    private const int MaxBodyWords = 5;

    /// <summary>"the spokesman for the main opposition party Velm Alliance, X": the index of "for" or "of" before a
    /// lower-case kind of body and its qualifiers that stand between the preposition and the body's name ending
    /// before <paramref name="q"/>+1, or q when no kind of body is there.</summary>
    private static int BeforeKindOfBody(IReadOnlyList<Token> tokens, int q)
    {
        if (q < 2 || !NameForms.IsLowerWord(tokens[q]) || !Lexicon.OrganizationTypeNouns.Contains(tokens[q].Text))
        {
            return q;
        }

        var preposition = PrepositionBeforeBody(tokens, q);
        return preposition >= 0 ? preposition : q;
    }

    /// <summary>The index of the "for" or "of" that opens the lower-case words ending in the kind of body at
    /// <paramref name="typeAt"/> ("for the main opposition party"), or -1. A few words at most, so callers stay
    /// constant per name.</summary>
    internal static int PrepositionBeforeBody(IReadOnlyList<Token> tokens, int typeAt)
    {
        for (var k = typeAt - 1; k >= 1 && typeAt - k <= MaxBodyWords; k--)
        {
            if (tokens[k].Is("for") || tokens[k].Is("of"))
            {
                return k;
            }

            if (!NameForms.IsLowerWord(tokens[k]))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>"The spokesman for the party, X", "a lawyer for the family, X": an office followed by "for" and a body
    /// written only in lower-case words, set off by a comma before the name. Returns the office's index, or -1. The
    /// office alone is the role: a body named without a name says nothing the reader could look up.</summary>
    private static int LowerCaseOfficeForBodyBefore(IReadOnlyList<Token> tokens, int last)
    {
        if (last + 1 >= tokens.Count || !tokens[last + 1].IsSymbol(',') || !NameForms.IsLowerWord(tokens[last]))
        {
            return -1;
        }

        var barePlural = IsBarePluralBody(tokens[last]);
        for (var k = last - 1; k >= 1 && last - k <= MaxBodyWords; k--)
        {
            // ("a spokesman for Velm prosecutors, X": one capitalised word right after "for" says whose the plural body is.)
            if (!NameForms.IsLowerWord(tokens[k]) && !(barePlural && k >= 2 && tokens[k - 1].Is("for") && NameChunker.IsNameWord(tokens[k])))
            {
                return -1;
            }

            if (tokens[k].Is("for"))
            {
                // A determiner after "for" shows a body, not a field ("a spokesman for the party", not "minister for health").
                // Without one, only a plural body ("a spokesman for police, X", "a lawyer for prosecutors, X") spoken for
                // by its spokesman or lawyer is read so: "the minister for women, X" has a portfolio.
                var head = k - 1;
                var forBody = IsDeterminer(tokens[k + 1]) || (barePlural && SpeakersForBodies.Contains(tokens[head].Text));
                return forBody && (NameForms.IsLowerWord(tokens[head]) || head == 0) && IsRoleHead(tokens[head]) ? head : -1;
            }
        }

        return -1;
    }

    // Offices that speak or act for a body named without an article ("a spokesman for police").
    private static readonly HashSet<string> SpeakersForBodies = new(System.StringComparer.Ordinal)
    {
        "spokesman", "spokeswoman", "spokesperson", "lawyer", "attorney", "counsel", "representative",
    };

    // "police", "prosecutors", "investigators": a body named by its members in the plural, with no article.
    private static bool IsBarePluralBody(Token token) =>
        NameForms.IsLowerWord(token) && (token.Is("police") || (IsPluralForm(token.Text) && Quantities.PersonNounList.Contains(token.Text)));
}
