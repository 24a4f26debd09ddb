using System.Collections.Generic;
using FactsGenerator.Extraction.Gazetteer;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>Whether the words run straight after an office and its body read as the office-holder's name.</summary>
internal static class HolderNames
{
    /// <summary>
    /// "the deputy director of the fire service Mamun Mahmud", "a spokesman for the Velm Commission for Refugees Ana
    /// Ruiz": two or three capitalised words, none a body's, a firm's or a place's head, no known place or body, and
    /// either opened by a known given name before a family name that is no English word (or one the name lists know), or free of
    /// English words with one of them in the name lists ("Mahmud"). A body's own name ("Boko Haram", "Credit Suisse")
    /// fails both, so it is never cut into a person.
    /// </summary>
    public static bool IsHolderName(IReadOnlyList<Token> tokens, int first, int last)
    {
        if (last - first is < 1 or > 2)
        {
            return false;
        }

        var english = false;
        var listed = false;
        for (var k = first; k <= last; k++)
        {
            var word = tokens[k].Text;
            if (!tokens[k].IsWord || !char.IsUpper(word[0]) || NameForms.IsAllCaps(word) && word.Length > 1
                || Lexicon.OrganizationHeads.Contains(word) || Lexicon.CompanyEndings.Contains(word) || Lexicon.PlaceHeads.Contains(word)
                || Lexicon.TitleWords.Contains(word) || Lexicon.RoleHeads.Contains(word))
            {
                return false;
            }

            english |= EnglishWords.IsOrdinaryWord(word);
            listed |= GivenNames.Contains(word) || Surnames.Contains(word);
        }

        var text = TokenText.Of(tokens, first, last);
        if (PlaceGazetteer.Instance.TryFind(text, out _) || OrganizationLexicon.Contains(text))
        {
            return false;
        }

        var familyName = tokens[last].Text;
        return (GivenNames.Contains(tokens[first].Text) && (Surnames.Contains(familyName) || GivenNames.Contains(familyName) || !EnglishWords.IsOrdinaryWord(familyName)))
            || (!english && listed);
    }
}
