using System.Collections.Generic;
using FactsGenerator.Extraction.Numbers;
using FactsGenerator.Extraction.Text;
using static FactsGenerator.Extraction.Quantities.TokenWindow;

namespace FactsGenerator.Extraction.Quantities;

/// <summary>
/// American local news states a property-tax rate in cents per $100 of assessed value ("a tax rate of 50.29 cents per
/// $100", "a hike of 2.2 cents in the property tax"): such cents are a rate and stay in cents, not 0.5029 dollars, and
/// the "$100" it is levied on is the base of the rate, no sum. The cents are a rate when "per $" follows them or "tax
/// rate" or "property tax" stands within a few words; "kept its tax rate, but bus fares rose 25 cents" and "earned 52
/// cents a share" stay dollars.
/// </summary>
internal static class PropertyTaxRate
{
    /// <summary>How far from the cents "tax rate" or "property tax" may stand ("the property tax increase, a rise of 3.1
    /// cents", "the property tax increase that staff had proposed - a hike of 2.2 cents"), within the same clause.</summary>
    private const int RateWordWindow = 15;

    /// <summary>Words that open another clause: "kept its tax rate, but bus fares rose 25 cents" speaks of fares.</summary>
    private static readonly HashSet<string> ClauseOpeners = new(System.StringComparer.OrdinalIgnoreCase) { "but", "while", "whereas", "although", "though" };

    /// <summary>Whether the figure whose "cents" token is at <paramref name="cents"/> is a property-tax rate.</summary>
    public static bool IsRateCents(IReadOnlyList<Token> tokens, int cents)
    {
        if (IsAt(tokens, cents + 1, "per") && cents + 2 < tokens.Count && tokens[cents + 2].Text == "$")
        {
            return true;
        }

        for (var k = cents - 1; k >= 0 && k >= cents - RateWordWindow && !OpensClause(tokens[k]); k--)
        {
            if (IsRateWord(tokens, k))
            {
                return true;
            }
        }

        for (var k = cents + 1; k < tokens.Count && k <= cents + RateWordWindow && !OpensClause(tokens[k]); k++)
        {
            if (IsRateWord(tokens, k))
            {
                return true;
            }
        }

        return false;
    }

    private static bool OpensClause(Token token) => token.IsSymbol(';') || (token.IsWord && ClauseOpeners.Contains(token.Text));

    // "tax rate", "tax rates", "property tax".
    private static bool IsRateWord(IReadOnlyList<Token> tokens, int k) =>
        (tokens[k].Is("tax") || tokens[k].Is("taxes")) && (IsAt(tokens, k + 1, "rate") || IsAt(tokens, k + 1, "rates") || IsAt(tokens, k - 1, "property"));

    /// <summary>"cents per $100", "per $1,000 of assessed value": the base a rate is levied on.</summary>
    public static bool IsRateBase(IReadOnlyList<Token> tokens, NumberMatch number)
    {
        var sign = number.First - 1;
        return sign >= 1 && tokens[sign].Text == "$" && IsAt(tokens, sign - 1, "per")
            && (IsAt(tokens, number.Last + 1, "of") || IsAt(tokens, sign - 2, "cents"));
    }
}
