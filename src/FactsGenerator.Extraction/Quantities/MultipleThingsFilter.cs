namespace FactsGenerator.Extraction.Quantities;

/// <summary>
/// "ploughed into multiple vehicles", "multiple agencies joined the search", "staged multiple offensives": news writing uses
/// "multiple" for "more than one" in passing, and readers keep no figure for it unless it counts people ("multiple officials
/// confirmed", "multiple assailants"), or is a toll, a flight or a military count ("multiple soldiers were killed"). "several"
/// and "dozens" stay vague counts of anything. Runs after classification, which says whether the count is of people.
/// </summary>
internal static class MultipleThingsFilter
{
    public static bool IsMultipleOfThings(QuantityMention mention) =>
        mention.Value is null && mention.UpperValue is null && mention.Event is null
        && mention.Sentence.Tokens[mention.Number.First].Is("multiple")
        && mention.Category == Model.QuantityCategory.Other
        && !string.Equals(mention.Unit, "people", System.StringComparison.OrdinalIgnoreCase);
}
