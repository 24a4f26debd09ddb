using System.Collections.Generic;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>Where a person's full name after "and" ends the name of a body before it.</summary>
internal static partial class NameChunker
{
    // The most family-name words a person's name after a given name is read with ("Ivo van Pern" counts its particle).
    private const int MaxFamilyNameWords = 3;

    // A demonym and a title ("Italian Senator") are the most words read before the given name.
    private const int MaxWordsBeforeGivenName = 2;

    // "Dana Melk of NASA and Ivo Pern of the Orrex Agency", "Ana Brix of Velmco and Rui Tal, of Orrex Holdings": a
    // given name and a family name after "and", then "of", "from", "at" or a comma, open a second person with an
    // affiliation of their own; a body's name never holds a person's full name, so the run before "and" ends there
    // (but "the Bill and Melinda Gates Foundation" runs on to its head word, no affiliation after the person's name).
    private static bool OpensAffiliatedPerson(IReadOnlyList<Token> tokens, int index)
    {
        // "and Italian Luca Pern of ...", "and Dr. Ivo Pern of ...": a demonym or a title may stand before the given name.
        for (var skipped = 0; skipped < MaxWordsBeforeGivenName && index + 1 < tokens.Count && IsWordBeforeGivenName(tokens[index]); skipped++)
        {
            index += tokens[index + 1].IsSymbol('.') && !tokens[index + 1].SpaceBefore ? 2 : 1;
        }

        if (index + 2 >= tokens.Count || !IsNameWord(tokens[index]) || !Gazetteer.GivenNames.Contains(tokens[index].Text)
            || Lexicon.IsBodyOrCompanyWord(tokens[index].Text) || IsKnownPlace(tokens, index, index))
        {
            return false;
        }

        var k = index + 1;
        var words = 0;
        while (k < tokens.Count && words < MaxFamilyNameWords && StartsSurname(tokens, k))
        {
            if (Lexicon.IsBodyOrCompanyWord(tokens[k].Text) || Lexicon.PlaceHeads.Contains(tokens[k].Text))
            {
                return false;
            }

            words++;
            k++;
        }

        return words > 0 && k < tokens.Count
            && (tokens[k].Is("of") || tokens[k].Is("from") || tokens[k].Is("at") || tokens[k].IsSymbol(','));
    }

    private static bool IsWordBeforeGivenName(Token token) =>
        IsNameWord(token) && (NameForms.CountryOfDemonym(token.Text) is not null || Lexicon.TitleWords.Contains(token.Text) || Lexicon.Honorifics.Contains(token.Text));
}
