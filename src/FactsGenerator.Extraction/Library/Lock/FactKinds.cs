using System;

namespace FactsGenerator.Extraction.Library.Lock;

/// <summary>The lock file's names for fact kinds and categories.</summary>
public static class FactKinds
{
    public static string ToName(FactKind kind) => kind switch
    {
        FactKind.Quantity => "quantity",
        FactKind.Person => "person",
        FactKind.Place => "place",
        FactKind.Organization => "organization",
        FactKind.Quote => "quote",
        _ => "date",
    };

    public static bool TryParse(string? name, out FactKind kind)
    {
        foreach (FactKind candidate in Enum.GetValues(typeof(FactKind)))
        {
            if (string.Equals(ToName(candidate), name, StringComparison.Ordinal))
            {
                kind = candidate;
                return true;
            }
        }

        kind = FactKind.Quantity;
        return false;
    }

    /// <summary>The class a kind's members live in; quantities have one class per category, so null for them.</summary>
    public static string? ClassOf(FactKind kind) => kind switch
    {
        FactKind.Person => FactClasses.People,
        FactKind.Place => FactClasses.Places,
        FactKind.Organization => FactClasses.Organizations,
        FactKind.Quote => FactClasses.Quotes,
        FactKind.Date => FactClasses.Timeline,
        _ => null,
    };

    /// <summary>Whether <paramref name="className"/> can hold facts of <paramref name="kind"/>.</summary>
    public static bool IsClassOf(FactKind kind, string className) =>
        kind == FactKind.Quantity ? Array.IndexOf(FactClasses.QuantityClasses, className) >= 0 : string.Equals(ClassOf(kind), className, StringComparison.Ordinal);
}
