using System.Collections.Generic;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>"The state Police Public Relations Officer, X,": capitalised everyday words before a capitalised office, with
/// nothing before them that could open a proper name (an article, a lower-case word, a comma, a bracket or the start of
/// the sentence, or an owner's possessive), name the office's field or unit, not a body of their own; they stay in the role. A word no English
/// list knows ("Velm Times Political Editor"), a place or demonym, or a listed body in the run leaves the run to the
/// readings of bodies and countries, and a party ("Labour MP X") stays the affiliation.</summary>
internal static partial class RoleParser
{
    // The longest run of words, office included, read this way ("Police Public Relations Officer").
    private const int MaxEverydayOfficeWords = 4;

    // The start of the role when the capitalised everyday words before roleStart make one office with it, else roleStart.
    // headEnd is the office's head ("Officer", "Manager").
    private static int EverydayOfficeWordsStart(IReadOnlyList<Token> tokens, int roleStart, int headEnd)
    {
        var j = roleStart;
        while (j - 1 >= 0 && headEnd - (j - 1) < MaxEverydayOfficeWords && IsEverydayOfficeWord(tokens[j - 1]))
        {
            j--;
        }

        if (j == roleStart)
        {
            return roleStart;
        }

        // (Only when nothing before the run could be the start of a body's name: "ITV News Political Editor" keeps
        // "ITV", a word no list knows, as the office's owner. An owner's possessive closes the name before the run, as
        // an article does: in "Velm's Emergency Management Commissioner, X" Velm owns the office and the words are its field.)
        var opensRun = j == 0 || IsDeterminer(tokens[j - 1]) || NameForms.IsLowerWord(tokens[j - 1])
            || tokens[j - 1].IsSymbol(',') || tokens[j - 1].IsSymbol('(') || IsPossessiveS(tokens[j - 1]);
        return opensRun ? j : roleStart;
    }

    private static bool IsEverydayOfficeWord(Token token) =>
        token.IsWord && char.IsUpper(token.Text[0]) && !NameForms.IsAllCaps(token.Text) && !NameForms.IsCountryOrDemonym(token.Text)
        && !Lexicon.PartyAdjectives.Contains(token.Text) && !Gazetteer.OrganizationLexicon.Contains(token.Text)
        && (IsCapitalisedTitlePart(token) || (Gazetteer.EnglishWords.IsOrdinaryWord(token.Text) && !Lexicon.CapitalisedFunctionWords.Contains(token.Text)));
}
