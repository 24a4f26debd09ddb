using System.Collections.Generic;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Quantities;

/// <summary>
/// "14 nautical miles", "586 square nautical miles", "50 basis points": a unit whose first word says which unit it is.
/// The counted-phrase reader takes that word for a modifier and keeps only the last word ("miles", "points"), which names
/// another unit (a nautical mile is 1.852 km, a statute mile 1.609; a basis point is a hundredth of a percentage point),
/// so the unit keeps both words, as news annotators write it (6 figures in 5 articles of 5 publishers).
/// </summary>
internal static class TwoWordUnits
{
    // How far after the figure the unit's words may stand ("a 12-nautical-mile limit", "more than 586 square nautical miles").
    private const int UnitWindow = 4;

    /// <summary>The unit with its first word, or <paramref name="unit"/> as it was.</summary>
    public static string? Refine(QuantityMention mention, string? unit)
    {
        if (unit is not ("miles" or "square miles" or "points"))
        {
            return unit;
        }

        var tokens = mention.Sentence.Tokens;
        var end = System.Math.Min(mention.EvidenceLast, mention.Number.Last + UnitWindow);
        for (var k = mention.Number.Last + 1; k <= end; k++)
        {
            if (!tokens[k].IsWord)
            {
                continue;
            }

            var word = tokens[k].Text.ToLowerInvariant();
            if (unit == "points" && word is "point" or "points")
            {
                return WordBefore(tokens, k, "basis") ? "basis points" : unit;
            }

            if (unit != "points" && word is "mile" or "miles")
            {
                if (!WordBefore(tokens, k, "nautical"))
                {
                    return unit;
                }

                return unit == "square miles" || WordBefore(tokens, IndexBefore(tokens, k), "square") ? "square nautical miles" : "nautical miles";
            }
        }

        return unit;
    }

    // Whether the word right before token k is word.
    private static bool WordBefore(IReadOnlyList<Token> tokens, int k, string word) => TokenWindow.IsAt(tokens, IndexBefore(tokens, k), word);

    // The index of the token right before token k, past a joining hyphen ("nautical-mile").
    private static int IndexBefore(IReadOnlyList<Token> tokens, int k) => TokenWindow.IsJoiningHyphenAt(tokens, k - 1) ? k - 2 : k - 1;
}
