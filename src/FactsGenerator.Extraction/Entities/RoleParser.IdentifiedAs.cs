using System.Collections.Generic;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

internal static partial class RoleParser
{
    private const int MaxIdentifiedModifiers = 3;

    /// <summary>"The victim was identified as X", "The arrested driver was later identified as one X": police copy names a
    /// person after saying who they are; the subject noun (with its lower-case qualifiers) is the role. The subject must
    /// open the sentence with "The" and end in a noun of a person ("The car was identified as a Velmo Strada" names
    /// nothing). "The suspects were identified as X and Y" gives each listed name the singular. p is the index right
    /// before the (first) name; a singular subject is only the first listed name's (listed is how many names came before).</summary>
    private static string? IdentifiedAsAt(IReadOnlyList<Token> tokens, int p, int listed)
    {
        if (p >= 0 && tokens[p].Is("one") && NameForms.IsLowerWord(tokens[p]))
        {
            p--;
        }

        if (p < 3 || !tokens[p].Is("as") || !tokens[p - 1].Is("identified"))
        {
            return null;
        }

        p -= 2;
        // "was later identified", "has since been identified".
        while (p >= 1 && NameForms.IsLowerWord(tokens[p]) && (tokens[p].Is("later") || tokens[p].Is("since") || tokens[p].Is("been")
            || tokens[p].Text.EndsWith("ly", System.StringComparison.Ordinal)))
        {
            p--;
        }

        var plural = p >= 2 && (tokens[p].Is("were") || tokens[p].Is("are") || tokens[p].Is("have"));
        if (p < 2 || (!plural && listed > 0) || !(plural || tokens[p].Is("was") || tokens[p].Is("is") || tokens[p].Is("has") || tokens[p].Is("had")))
        {
            return null;
        }

        var head = p - 1;
        var noun = plural ? Singular(tokens[head]) : tokens[head].Text;
        if (!NameForms.IsLowerWord(tokens[head]) || noun is null
            || !(Lexicon.RoleHeads.Contains(noun) || Lexicon.PersonNouns.Contains(noun) || IsProfession(noun) || MoreRoleHeads.Contains(noun)))
        {
            return null;
        }

        var first = head;
        while (first - 1 >= 1 && head - (first - 1) <= MaxIdentifiedModifiers && NameForms.IsLowerWord(tokens[first - 1]) && !IsDeterminer(tokens[first - 1]))
        {
            first--;
        }

        return first == 1 && tokens[0].Is("The") ? (first < head ? Join(tokens, first, head - 1) + " " + noun : noun) : null;
    }
}
