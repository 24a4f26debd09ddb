using System;
using System.Collections.Generic;

namespace FactsGenerator.Extraction.Numbers;

/// <summary>
/// The letters written beside a dollar sign to say which country's dollar it is ("US$3.4 trillion", "A$20", "$NZ20",
/// "$US125,000"), with the ISO 4217 code of that currency. One table for the letters before the sign and after it.
/// </summary>
internal static class DollarLetters
{
    private static readonly Dictionary<string, string> CurrencyByLetters = new(StringComparer.Ordinal)
    {
        ["US"] = "usd",
        ["A"] = "aud", ["AU"] = "aud", ["AUD"] = "aud",
        ["C"] = "cad", ["CA"] = "cad", ["CAN"] = "cad", ["CDN"] = "cad", ["CAD"] = "cad",
        ["HK"] = "hkd",
        ["NZ"] = "nzd",
        ["S"] = "sgd", ["SG"] = "sgd",
        ["NT"] = "twd",
        ["R"] = "brl",
        ["MX"] = "mxn", ["MEX"] = "mxn",
        ["J"] = "jmd",
        ["TT"] = "ttd",
        ["Z"] = "zwl",
        ["EC"] = "xcd",
        ["RD"] = "dop",
    };

    /// <summary>Whether upper-case <paramref name="letters"/> name a country's dollar.</summary>
    public static bool AreKnown(string letters) => CurrencyByLetters.ContainsKey(letters);

    /// <summary>The currency the letters name, in any case; the US dollar when they name none.</summary>
    public static string CurrencyOf(string letters) =>
        CurrencyByLetters.TryGetValue(letters.ToUpperInvariant(), out var currency) ? currency : "usd";
}
