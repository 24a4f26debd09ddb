using System.Collections.Generic;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

internal static partial class RoleParser
{
    /// <summary>"The suspects, A, 21, B, 24, and C, were arrested", "The victims, A and B, ...": a plural of people opening
    /// the sentence with "The" and set off by the comma at p enumerates the group, so each listed name is one of them
    /// (the list must hold two names at least: "The lawyers, A, said" is too loose to read; "his lawyers, A and B" is a
    /// group that may hold more, and is left alone).</summary>
    private static string? DefinitePluralBeforeComma(IReadOnlyList<Token> tokens, int p, bool isList)
    {
        if (!isList || p < 2 || !tokens[p].IsSymbol(','))
        {
            return null;
        }

        var singular = Singular(tokens[p - 1]);
        if (singular is null || !(Lexicon.RoleHeads.Contains(singular) || Lexicon.PersonNouns.Contains(singular) || IsProfession(singular) || MoreRoleHeads.Contains(singular)))
        {
            return null;
        }

        // Back over lower-case qualifiers ("The arrested suspects", "The two remaining suspects") to the opening "The".
        var k = p - 2;
        while (k >= 1 && p - 1 - k <= MaxModifiers && NameForms.IsLowerWord(tokens[k]) && !IsDeterminer(tokens[k]))
        {
            k--;
        }

        return k == 0 && tokens[0].Is("The") ? WithPluralNounQualifier(tokens, p - 1, singular) : null;
    }

    // "A, 21, B": a bare age set off by commas after a listed name; the index of the comma before it, or p.
    private static int SkipAgeBefore(IReadOnlyList<Token> tokens, int p) =>
        p >= 2 && tokens[p].IsSymbol(',') && tokens[p - 1].IsNumber && tokens[p - 2].IsSymbol(',') ? p - 2 : p;
}
