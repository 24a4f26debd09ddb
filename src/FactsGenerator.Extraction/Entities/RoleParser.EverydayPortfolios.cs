using System.Collections.Generic;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>
/// "X, Minister for Housing and Local Government", "X, Minister of Women and Children": a minister's portfolio is often
/// named by everyday nouns (who or what the ministry looks after), many of them no known field of government, and
/// several are joined by "and". After "Minister of/for" they are the portfolio and belong to the
/// role (minister for housing and local government), where before the role stopped at the first field or took the
/// first word as a body ("Women"). Only after a minister's title: "Director of Water and Power" may name a utility.
/// </summary>
internal static partial class RoleParser
{
    // Everyday nouns that name a minister's portfolio: people a ministry serves, the goods and works it runs, and the
    // commonest fields themselves, so that one of them after "Minister of" is enough ("Minister of Health and Sport").
    private static readonly HashSet<string> EverydayPortfolioWords = new(System.StringComparer.Ordinal)
    {
        "Women", "Children", "Youth", "Family", "Families", "Seniors", "Elderly", "Veterans", "Gender", "Welfare",
        "Lands", "Mines", "Works", "Water", "Roads", "Forests", "Forestry", "Fisheries", "Jobs", "Sport", "Arts", "Heritage",
        "Power", "Petroleum", "Oil", "Gas", "Railways", "Aviation", "Customs", "Revenue", "Industry", "Commerce",
        "Health", "Trade", "Labour", "Labor", "Culture", "Tourism", "Transport", "Energy", "Finance", "Housing",
    };

    private const int MaxEverydayPortfolioWords = 6;

    /// <summary>
    /// At p, the "of" or "for" right after a minister's title: portfolio words (known fields, abstract nouns, everyday
    /// portfolio nouns, "Local Government"), joined by "and" or commas, at least one everyday noun or one "and" among
    /// them, and no capitalised word after the last. Returns the last word's index, or -1.
    /// </summary>
    private static int EverydayPortfolioEnd(IReadOnlyList<Token> tokens, int p)
    {
        if (p < 1 || p + 1 >= tokens.Count || !(tokens[p].Is("of") || tokens[p].Is("for")) || !tokens[p - 1].IsWord
            || !tokens[p - 1].Text.Equals("minister", System.StringComparison.OrdinalIgnoreCase))
        {
            return -1;
        }

        var last = -1;
        var everyday = false;
        var k = p + 1;
        while (k < tokens.Count && k - p <= MaxEverydayPortfolioWords)
        {
            var local = tokens[k].Is("Local") && k + 1 < tokens.Count && tokens[k + 1].Is("Government");
            if (local)
            {
                everyday = true;
                last = k + 1;
            }
            else if (NameChunker.IsNameWord(tokens[k]) && !NameForms.IsAllCaps(tokens[k].Text) && !NameForms.IsCountryOrDemonym(tokens[k].Text)
                && (EverydayPortfolioWords.Contains(tokens[k].Text) || IsFieldOfGovernment(tokens[k].Text)))
            {
                everyday |= EverydayPortfolioWords.Contains(tokens[k].Text);
                last = k;
            }
            else
            {
                break;
            }

            // ("Housing and Local Government", "Women, Children and Social Protection": a joined field goes on.)
            var joiner = last + 1;
            if (joiner + 1 < tokens.Count && ((tokens[joiner].Is("and") && NameForms.IsLowerWord(tokens[joiner])) || tokens[joiner].IsSymbol(','))
                && NameChunker.IsNameWord(tokens[joiner + 1]))
            {
                everyday |= tokens[joiner].Is("and");
                k = joiner + 1;
                continue;
            }

            k = last + 1;
            if (k < tokens.Count && NameChunker.IsNameWord(tokens[k]))
            {
                continue;
            }

            break;
        }

        // (A name right after the run, "Minister of Health Ana Ruiz", is left to the readings of a title before a name.)
        return last < 0 || !everyday || (last + 1 < tokens.Count && NameChunker.IsNameWord(tokens[last + 1])) ? -1 : last;
    }
}
