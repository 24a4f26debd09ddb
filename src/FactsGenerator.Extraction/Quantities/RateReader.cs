using System.Collections.Generic;
using FactsGenerator.Extraction.Numbers;
using FactsGenerator.Extraction.Text;
using static FactsGenerator.Extraction.Quantities.TokenWindow;

namespace FactsGenerator.Extraction.Quantities;

/// <summary>
/// "seven per 100,000 people", "18 deaths per 1,000 births": a figure per a round base is a rate, measured in
/// "what per how many of whom", not a count of people something happened to.
/// </summary>
internal static class RateReader
{
    // Below this a "per" figure is a ratio of small things ("two per household"), not a rate over a population.
    private const decimal SmallestBase = 100m;

    /// <summary>
    /// Reads "per BASE [noun]" at token <paramref name="per"/>. The unit joins what the figure counts
    /// (<paramref name="counted"/>, when the text names it) with the base and who the base counts.
    /// </summary>
    public static bool TryRead(IReadOnlyList<Token> tokens, int per, string? counted, QuantityMention mention)
    {
        if (!IsAt(tokens, per, "per") || !NumberReader.TryRead(tokens, per + 1, out var rateBase) || rateBase.IsVague
            || rateBase.Value is not { } baseValue || baseValue < SmallestBase)
        {
            return false;
        }

        var last = rateBase.Last;
        var population = "people";
        if (IsWordAt(tokens, last + 1) && !tokens[last + 1].IsCapitalized && !QuantityLexicon.IsFunctionWord(tokens[last + 1].Text)
            && !IsPastVerb(tokens[last + 1]) && (tokens[last + 1].Text.EndsWith("s", System.StringComparison.Ordinal) || QuantityLexicon.IsPeopleNoun(tokens[last + 1].Text)))
        {
            // "per 100,000 residents": whom the base counts.
            last++;
            population = tokens[last].Text.ToLowerInvariant();
        }

        var unit = "per " + Join(tokens, rateBase.First, rateBase.Last).ToLowerInvariant() + " " + population;
        mention.Unit = counted is null ? unit : counted.ToLowerInvariant() + " " + unit;
        mention.UnitKind = UnitKind.Measure;
        mention.Event = null;
        mention.CoverEvidence(last);
        return true;
    }
}
