using System;

namespace FactsGenerator.Extraction.Quantities;

/// <summary>A price's unit names its currency and what it is per ("inr per tonne", "usd per barrel").</summary>
internal static class PricedUnit
{
    /// <summary>The currency and the " per ..." part ("inr per tonne" gives "inr" and " per tonne"); a unit with no
    /// " per " is all currency part, with an empty per part.</summary>
    public static (string? Currency, string Per) Split(string? unit)
    {
        var per = unit is null ? -1 : unit.IndexOf(" per ", StringComparison.Ordinal);
        return per > 0 ? (unit!.Substring(0, per), unit.Substring(per)) : (unit, string.Empty);
    }
}
