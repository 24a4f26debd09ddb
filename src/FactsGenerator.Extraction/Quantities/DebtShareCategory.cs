using System;
using System.Collections.Generic;

namespace FactsGenerator.Extraction.Quantities;

/// <summary>
/// "cut its fiscal deficit to 3.3% of GDP", "debt stands at 180% of economic output": a deficit or a debt told as a
/// share of a country's output is a sum of money in another unit, and news annotators file it as `money` (4 of 4 in
/// three budget and bail-out reports of the tuning set, three publishers).
/// </summary>
internal static class DebtShareCategory
{
    // How many words (punctuation not counted) before the share the deficit or debt may be named: "the fiscal deficit
    // for 2019-20 is pegged at 3.3%".
    private const int Window = 8;

    private static readonly HashSet<string> DebtWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "deficit", "deficits", "debt", "debts",
    };

    /// <summary>True for a percentage with "deficit" or "debt" among the few words before it in its sentence.</summary>
    public static bool IsDebtShare(QuantityMention mention)
    {
        return TokenWindow.AnyWordWithin(mention.Sentence.Tokens, mention.Number.First - 1, -1, Window, static token => DebtWords.Contains(token.Text));
    }
}
