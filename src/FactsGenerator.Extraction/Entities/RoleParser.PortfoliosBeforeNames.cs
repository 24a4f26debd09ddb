using System.Collections.Generic;
using FactsGenerator.Extraction.Numbers;
using FactsGenerator.Extraction.Quantities;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>
/// "the minister for civil protection, X", "minister for small business, X", "the Minister for Employment, X": an office
/// that takes a portfolio, "for" and its field set off by the comma before the name. The field is part of the office, as
/// it is after the name ("X, the minister for health"); the annotators keep it (4 holders in 3 articles of 3
/// publishers). A body after "for" ("the spokesman for the party, X") is read elsewhere: it takes a determiner.
/// </summary>
internal static partial class RoleParser
{
    private const int MaxLowerCasePortfolioWords = 4;

    // Offices whose remit after "for" is a field of work ("minister for trade", "commissioner for human rights").
    private static readonly HashSet<string> PortfolioHeads = new(System.StringComparer.OrdinalIgnoreCase)
    {
        "minister", "secretary", "commissioner",
    };

    // "the minister for years, X", "minister for some time, X", "the secretary for too long, X": how long, not what for.
    // (Time units and cardinals are known to the quantity lexicon; these are the other words of a length of time.)
    private static readonly HashSet<string> DurationsAfterFor = new(System.StringComparer.Ordinal)
    {
        "life", "now", "ages", "time", "while", "long", "longer", "term", "terms", "some", "several", "many", "few", "so", "too",
        "good", "ever",
    };

    // A word that says how long an office was held ("two", "terms", "decade", "so long"), which no field holds.
    private static bool IsDurationWord(Token word) =>
        DurationsAfterFor.Contains(word.Text) || NumberWords.IsCardinalWord(word.Text) || QuantityLexicon.TryTimeUnit(word.Text, out _);

    /// <summary>The index of the office before "for" and lower-case field words that end at <paramref name="last"/>
    /// right before the apposition's comma ("minister for urban infrastructure, X"), or -1. The words are few and
    /// plain: no determiner (a body), no capital, no number.</summary>
    private static int LowerCasePortfolioHeadBefore(IReadOnlyList<Token> tokens, int last)
    {
        if (last + 1 >= tokens.Count || !tokens[last + 1].IsSymbol(',') || !NameForms.IsLowerWord(tokens[last]) || tokens[last].Is("and")
            || IsDurationWord(tokens[last]))
        {
            return -1;
        }

        for (var k = last - 1; k >= 1 && last - k <= MaxLowerCasePortfolioWords; k--)
        {
            if (tokens[k].Is("for"))
            {
                var head = k - 1;
                return k < last && (NameForms.IsLowerWord(tokens[head]) || head == 0) && PortfolioHeads.Contains(tokens[head].Text) ? head : -1;
            }

            if (!NameForms.IsLowerWord(tokens[k]) || IsDeterminer(tokens[k]) || IsDurationWord(tokens[k]))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>"the Minister for Employment, X": the index of a minister's or secretary's capitalised title before
    /// "for" and a capitalised portfolio ending at <paramref name="last"/> (a field, not a body or a place), or -1.</summary>
    private static int CapitalisedPortfolioHeadBefore(IReadOnlyList<Token> tokens, int last)
    {
        const int MaxPortfolioWords = 4;
        // ("the Secretary for Trade and Industry, X": fields joined by "and" are one portfolio.)
        for (var k = last; k >= 2 && last - k < MaxPortfolioWords + 1 && (NameChunker.IsNameWord(tokens[k]) || tokens[k].Is("and")); k--)
        {
            var head = k - 2;
            if (tokens[k - 1].Is("for") && NameChunker.IsNameWord(tokens[k]))
            {
                return tokens[head].IsCapitalized && PortfolioHeads.Contains(tokens[head].Text) && Lexicon.TitleWords.Contains(tokens[head].Text)
                    && PortfolioEnd(tokens, k - 1) == last ? head : -1;
            }
        }

        return -1;
    }
}
