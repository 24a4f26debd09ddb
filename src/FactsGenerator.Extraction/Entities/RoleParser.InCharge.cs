using System.Collections.Generic;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>
/// "X, a special agent in charge of Y", "X, the officer in charge,", "X, Minister in charge of Regulatory Reform": an
/// office held "in charge" names that office more closely (the special agent in charge heads a field office; the
/// minister in charge of a portfolio holds it). The annotators keep the words (3 articles of 3 publishers).
/// </summary>
internal static partial class RoleParser
{
    /// <summary>The index of "charge" when "in charge" stands at <paramref name="p"/>, right after an office, or -1.</summary>
    private static int InChargeEnd(IReadOnlyList<Token> tokens, int p) =>
        p + 1 < tokens.Count && tokens[p].Is("in") && NameForms.IsLowerWord(tokens[p]) && tokens[p + 1].Is("charge") && NameForms.IsLowerWord(tokens[p + 1])
            ? p + 1
            : -1;

    /// <summary>The last index of the field a person is in charge of, capitalised words from <paramref name="first"/>
    /// ended by punctuation, or -1: everyday words ("in charge of Human Rights"), or after a minister's, secretary's or
    /// commissioner's title any capitalised words that name no body, place or country ("Minister in charge of Regulatory
    /// Reform": ministers hold portfolios, not bodies). An acronym or a body's head word leaves the words a body.</summary>
    private static int ChargeFieldEnd(IReadOnlyList<Token> tokens, int first, Token office)
    {
        const int MaxChargeFieldWords = 4;
        var everyday = CapitalisedFieldEnd(tokens, first);
        if (everyday >= first || !PortfolioHeads.Contains(office.Text))
        {
            return everyday;
        }

        var end = first - 1;
        while (end + 1 < tokens.Count && end + 1 - first < MaxChargeFieldWords)
        {
            // ("in charge of Finance and Planning": fields joined by "and" are one portfolio, as after "Minister of".)
            var k = end > first - 1 && tokens[end + 1].Is("and") && NameForms.IsLowerWord(tokens[end + 1]) ? end + 2 : end + 1;
            if (k >= tokens.Count || !NameChunker.IsNameWord(tokens[k]) || NameForms.IsAllCaps(tokens[k].Text) || NameForms.IsCountryOrDemonym(tokens[k].Text)
                || Lexicon.OrganizationHeads.Contains(tokens[k].Text))
            {
                break;
            }

            end = k;
        }

        return end >= first && end + 1 < tokens.Count && tokens[end + 1].Kind == TokenKind.Symbol && !tokens[end + 1].IsSymbol('-')
            && !Gazetteer.OrganizationLexicon.Contains(TokenText.Of(tokens, first, end)) && !Gazetteer.PlaceGazetteer.Instance.TryFind(TokenText.Of(tokens, first, end), out _)
            ? end
            : -1;
    }

    /// <summary>Whether the phrase after "in charge" at <paramref name="p"/> names no body the office belongs to: a
    /// preposition before a common noun ("of the investigation", "of her care", "at the time") or before a possessive
    /// ("of Monday's talks": what the person runs, not whom they work for). A bare lower-case field ("of security") is
    /// no such phrase: it completes the office.</summary>
    private static bool NamesNoBodyAfterCharge(IReadOnlyList<Token> tokens, int p)
    {
        const int MaxBodyWords = 6;
        if (p + 1 >= tokens.Count || !NameForms.IsLowerWord(tokens[p]) || !(tokens[p].Is("of") || Prepositions.Contains(tokens[p].Text)))
        {
            return false;
        }

        var k = p + 1;
        if (IsDeterminer(tokens[k]))
        {
            k++;
        }
        else if (tokens[p].Is("of") && NameForms.IsLowerWord(tokens[k]))
        {
            return false;
        }

        if (k >= tokens.Count || !NameChunker.IsNameWord(tokens[k]))
        {
            return true;
        }

        for (var i = k + 1; i < tokens.Count && i - k <= MaxBodyWords && (tokens[i].IsWord || IsPossessiveS(tokens[i]) || tokens[i].IsSymbol('\'')); i++)
        {
            if (IsPossessiveS(tokens[i]) || tokens[i].IsSymbol('\''))
            {
                return true;
            }
        }

        return false;
    }
}
