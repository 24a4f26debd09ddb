using System.Collections.Generic;
using FactsGenerator.Extraction.Numbers;
using FactsGenerator.Extraction.Text;
using static FactsGenerator.Extraction.Quantities.TokenWindow;

namespace FactsGenerator.Extraction.Quantities;

/// <summary>
/// American local news states a property-tax rate in cents per $100 of assessed value ("a tax rate of 50.29 cents per
/// $100", "a hike of 2.2 cents in the property tax"): such cents are a rate and stay in cents, not 0.5029 dollars, and
/// the "$100" it is levied on is the base of the rate, no sum. A sentence speaks of such a rate when it says "tax rate"
/// or "property tax"; "earned 52 cents a share" elsewhere stays dollars.
/// </summary>
internal static class PropertyTaxRate
{
    public static bool IsRateSentence(IReadOnlyList<Token> tokens)
    {
        for (var k = 0; k < tokens.Count; k++)
        {
            if ((tokens[k].Is("tax") || tokens[k].Is("taxes")) && (IsAt(tokens, k + 1, "rate") || IsAt(tokens, k + 1, "rates") || IsAt(tokens, k - 1, "property")))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"cents per $100", "per $1,000 of assessed value": the base a rate is levied on.</summary>
    public static bool IsRateBase(IReadOnlyList<Token> tokens, NumberMatch number)
    {
        var sign = number.First - 1;
        return sign >= 1 && tokens[sign].Text == "$" && IsAt(tokens, sign - 1, "per")
            && (IsAt(tokens, number.Last + 1, "of") || IsAt(tokens, sign - 2, "cents"));
    }
}
