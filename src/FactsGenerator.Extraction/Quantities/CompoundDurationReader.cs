using System.Collections.Generic;
using FactsGenerator.Extraction.Numbers;
using FactsGenerator.Extraction.Text;
using static FactsGenerator.Extraction.Quantities.TokenWindow;

namespace FactsGenerator.Extraction.Quantities;

/// <summary>
/// "3 hours 12 minutes 8.5 seconds", "2 hours and 15 minutes": one length of time written in several units is one
/// figure, counted in its smallest unit, as a race time or a flight time is compared.
/// </summary>
internal static class CompoundDurationReader
{
    /// <summary>
    /// Extends the hour or minute figure <paramref name="mention"/> over the smaller units written after it; returns the
    /// last token taken, or -1 when nothing follows.
    /// </summary>
    public static int Extend(IReadOnlyList<Token> tokens, QuantityMention mention)
    {
        if (mention.UnitKind != UnitKind.Time || mention.IsAge || mention.UpperValue is not null || mention.Value is not { } total
            || SecondsPer(mention.Unit) is not { } unitSeconds || unitSeconds < 60m)
        {
            return -1;
        }

        var unit = mention.Unit!;
        var seconds = total * unitSeconds;
        var last = -1;
        var k = mention.EvidenceLast + 1;
        while (true)
        {
            var at = IsAt(tokens, k, "and") || IsSymbolAt(tokens, k, ',') ? k + 1 : k;
            if (at >= tokens.Count || !tokens[at].IsNumber || !NumberReader.TryRead(tokens, at, out var part) || part.Value is not { } value
                || !IsWordAt(tokens, part.Last + 1) || !QuantityLexicon.TryTimeUnit(tokens[part.Last + 1].Text, out var partUnit)
                || SecondsPer(partUnit) is not { } partSeconds || partSeconds >= SecondsPer(unit))
            {
                break;
            }

            seconds += value * partSeconds;
            unit = partUnit;
            last = part.Last + 1;
            k = last + 1;
        }

        if (last < 0)
        {
            return -1;
        }

        mention.Value = seconds / SecondsPer(unit)!.Value;
        mention.Unit = unit;
        mention.CoverEvidence(last);
        return last;
    }

    private static decimal? SecondsPer(string? unit) => unit switch
    {
        "seconds" => 1m,
        "minutes" => 60m,
        "hours" => 3600m,
        _ => null,
    };
}
