using System.Globalization;

namespace FactsGenerator.Extraction.Library;

/// <summary>Culture-independent formatting of quantity values.</summary>
public static class NumberFormat
{
    /// <summary>Drops trailing zeros of the scale: 5700000.0 → 5700000, 1.50 → 1.5.</summary>
    public static decimal Normalize(decimal value) => value / 1.000000000000000000000000000000000m;

    public static bool IsIntegral(decimal value) => decimal.Truncate(value) == value;

    /// <summary>"5700000", "1.5", "-3" — invariant, no exponent, no trailing zeros.</summary>
    public static string ToInvariantString(decimal value) => Normalize(value).ToString(CultureInfo.InvariantCulture);

    /// <summary>"5,700,000" or "1.5" for documentation text.</summary>
    public static string ToDisplayString(decimal value) =>
        IsIntegral(value) ? value.ToString("#,0", CultureInfo.InvariantCulture) : Normalize(value).ToString(CultureInfo.InvariantCulture);
}
