using System;
using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Quantities;

/// <summary>
/// "The firm was fined $5 million", "fined RM2 million (S$660,000)": the sum someone is fined is the fine, as "The fine
/// was $5 million" is (<c>FineUsd</c>); the verb before the sum says what the sum is, and the noun read before the verb
/// (the one fined: "company", or "jail" in "sentenced to a year's jail and fined") is not. A conversion in brackets
/// takes the fine from it. Read after the subject, which it replaces.
/// </summary>
internal static class FinedSum
{
    public static void Read(QuantityMention mention)
    {
        if (mention.UnitKind == UnitKind.Currency && mention.Head is null && mention.MeasuredNoun is null && mention.Event is null
            && string.Equals(mention.Verb, "fined", StringComparison.OrdinalIgnoreCase))
        {
            mention.Subject = "fine";
            mention.Verb = null;
        }
    }
}
