using System;
using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Quantities;

/// <summary>
/// "The firm was fined $5 million", "fined RM2 million (S$660,000)": the sum someone is fined is the fine, as in "a
/// $5 million fine"; the verb before the sum says what the sum is, so it is the counted noun, and the noun before the
/// verb (the one fined: "company", or "jail" in "sentenced to a year's jail and fined") is not what the sum is. A
/// conversion in brackets takes the fine from it. Read before the subject, which a counted noun makes unnecessary.
/// </summary>
internal static class FinedSum
{
    public static void Read(QuantityMention mention)
    {
        if (mention.UnitKind == UnitKind.Currency && mention.Head is null && mention.MeasuredNoun is null && mention.Event is null
            && string.Equals(mention.Verb, "fined", StringComparison.OrdinalIgnoreCase))
        {
            mention.Head = "fine";
            mention.Verb = null;
        }
    }
}
