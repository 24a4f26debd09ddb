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
        while (end + 1 < tokens.Count && end + 1 - first < MaxChargeFieldWords && NameChunker.IsNameWord(tokens[end + 1])
            && !NameForms.IsAllCaps(tokens[end + 1].Text) && !NameForms.IsCountryOrDemonym(tokens[end + 1].Text)
            && !Lexicon.OrganizationHeads.Contains(tokens[end + 1].Text))
        {
            end++;
        }

        return end >= first && end + 1 < tokens.Count && tokens[end + 1].Kind == TokenKind.Symbol && !tokens[end + 1].IsSymbol('-')
            && !Gazetteer.OrganizationLexicon.Contains(TokenText.Of(tokens, first, end)) && !Gazetteer.PlaceGazetteer.Instance.TryFind(TokenText.Of(tokens, first, end), out _)
            ? end
            : -1;
    }
}
