using System.Collections.Generic;
using FactsGenerator.Extraction.Gazetteer;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>
/// "in the general area of Sambor", "in the vicinity of Tarsk", "the port of Orra": a lower-case noun of a stretch of
/// ground, a neighbourhood or a harbour before "of" and a name measures out a place, as "the outskirts of X" does. Small
/// towns and villages named this way are often missing from the gazetteer, so the noun is the only cue. A name of
/// English words only ("the area of Public Health") is as likely a field of work, and is left to the other rules.
/// </summary>
internal sealed partial class ContextEvidence
{
    /// <summary>Nouns of the ground around or at a place, before "of" ("area" after "the", "vicinity", "port").</summary>
    private static readonly HashSet<string> GroundNouns = Lexicon.Set("area vicinity port environs surroundings neighbourhood neighborhood");

    // The lower-case ground noun two tokens before the name, after "of" (a possessive after the name, "the area of
    // Ana's farm", makes the name the owner, not the place).
    private static bool IsAfterGroundNoun(IReadOnlyList<Token> tokens, int first, int last)
    {
        if (first < 2 || !tokens[first - 1].Is("of") || !NameForms.IsLowerWord(tokens[first - 2]) || !GroundNouns.Contains(tokens[first - 2].Text))
        {
            return false;
        }

        if (last + 1 < tokens.Count && (tokens[last + 1].Text is "'s" or "’s" || tokens[last + 1].IsSymbol('\'')))
        {
            return false;
        }

        for (var k = first; k <= last; k++)
        {
            if (tokens[k].IsWord && !EnglishWords.IsOrdinaryWord(tokens[k].Text))
            {
                return true;
            }
        }

        return false;
    }
}
