using System;
using System.Globalization;
using FactsGenerator.Extraction.Library.Lock;
using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Library;

/// <summary>
/// What a fact is, as plain strings: its value (what "the same fact" means across documents and lock files), its
/// evidence, and the C# type its member is generated as.
/// </summary>
public static class FactValues
{
    public const string RecordQuantity = "Quantity";

    public static Evidence EvidenceOf(DocumentFacts facts, FactKind kind, int index) => kind switch
    {
        FactKind.Quantity => facts.Quantities[index].Evidence,
        FactKind.Person => facts.People[index].Evidence,
        FactKind.Place => facts.Places[index].Evidence,
        FactKind.Organization => facts.Organizations[index].Evidence,
        FactKind.Quote => facts.Quotes[index].Evidence,
        _ => facts.Dates[index].Evidence,
    };

    public static int CountOf(DocumentFacts facts, FactKind kind) => kind switch
    {
        FactKind.Quantity => facts.Quantities.Count,
        FactKind.Person => facts.People.Count,
        FactKind.Place => facts.Places.Count,
        FactKind.Organization => facts.Organizations.Count,
        FactKind.Quote => facts.Quotes.Count,
        _ => facts.Dates.Count,
    };

    /// <summary>The fact described as a <see cref="FactSpec"/> (kind, value, evidence phrase and sentence).</summary>
    public static FactSpec SpecOf(DocumentFacts facts, FactKind kind, int index)
    {
        var evidence = EvidenceOf(facts, kind, index);
        switch (kind)
        {
            case FactKind.Quantity:
                var q = facts.Quantities[index];
                return new FactSpec(kind, Number(q.Value), Number(q.UpperValue), q.Qualifier.ToSchema(), q.Unit, q.About, null, evidence.Text, evidence.Sentence);
            case FactKind.Person:
                return new FactSpec(kind, facts.People[index].Name, null, null, null, null, null, evidence.Text, evidence.Sentence);
            case FactKind.Place:
                return new FactSpec(kind, facts.Places[index].Name, null, null, null, null, null, evidence.Text, evidence.Sentence);
            case FactKind.Organization:
                return new FactSpec(kind, facts.Organizations[index].Name, null, null, null, null, null, evidence.Text, evidence.Sentence);
            case FactKind.Quote:
                var quote = facts.Quotes[index];
                return new FactSpec(kind, quote.Text, null, null, null, null, quote.Speaker, evidence.Text, evidence.Sentence);
            default:
                var date = facts.Dates[index];
                return new FactSpec(kind, date.Text, null, null, null, date.About, null, evidence.Text, evidence.Sentence);
        }
    }

    /// <summary>Two facts of the same member path are "the same fact" when their keys are equal.</summary>
    public static string Key(FactSpec spec) => FactKinds.ToName(spec.Kind) + "|" + (spec.Value ?? "?") + "|" + (spec.Upper ?? string.Empty);

    /// <summary>The value for messages: "4", "36–40", "a vague number", "Ana Ruiz".</summary>
    public static string Display(FactSpec spec)
    {
        if (spec.Kind != FactKind.Quantity)
        {
            return "\u201C" + spec.Value + "\u201D";
        }

        if (spec.Value is null)
        {
            return "a vague number";
        }

        return spec.Upper is null ? spec.Value : spec.Value + "\u2013" + spec.Upper;
    }

    /// <summary>The generated type of a fact's member: int, long or double for a constant; a record type otherwise.</summary>
    public static string TypeOf(DocumentFacts facts, FactKind kind, int index) =>
        kind == FactKind.Quantity ? QuantityType(facts.Quantities[index]) : RecordTypeOf(kind);

    /// <summary>The record type of a kind's members (quantities: the record used for ranges and vague counts).</summary>
    public static string RecordTypeOf(FactKind kind) => kind switch
    {
        FactKind.Quantity => RecordQuantity,
        FactKind.Person => "Person",
        FactKind.Place => "Place",
        FactKind.Organization => "Organization",
        FactKind.Quote => "Quote",
        _ => "TimelineEvent",
    };

    /// <summary>The narrowest constant type that holds the value exactly (int, long, else double), or the record type for ranges and vague counts.</summary>
    public static string QuantityType(QuantityFact q)
    {
        if (q.Value is not { } value || q.UpperValue is not null)
        {
            return RecordQuantity;
        }

        if (NumberFormat.IsIntegral(value))
        {
            if (value >= int.MinValue && value <= int.MaxValue)
            {
                return "int";
            }

            if (value >= long.MinValue && value <= long.MaxValue)
            {
                return "long";
            }
        }

        return "double";
    }

    /// <summary>
    /// The type to generate for a quantity whose lock entry says <paramref name="locked"/>: the locked type when it
    /// can still hold the value (int widens to long or double; any number can stay a record), otherwise null.
    /// </summary>
    public static string? Accept(QuantityFact q, string? locked)
    {
        var inferred = QuantityType(q);
        if (locked is null || locked == inferred)
        {
            return inferred;
        }

        return (locked, inferred) switch
        {
            (RecordQuantity, _) => RecordQuantity,
            ("long", "int") => "long",
            ("double", "int") or ("double", "long") => "double",
            _ => null,
        };
    }

    /// <summary>The constant's C# type and literal for <paramref name="value"/> generated as <paramref name="type"/> (int, long or double).</summary>
    public static (string Type, string Literal) Constant(decimal value, string type)
    {
        switch (type)
        {
            case "int":
                return ("int", ((int)value).ToString(CultureInfo.InvariantCulture));
            case "long":
                return ("long", ((long)value).ToString(CultureInfo.InvariantCulture) + "L");
            default:
                var text = ((double)value).ToString("R", CultureInfo.InvariantCulture);
                return ("double", text.IndexOf('.') >= 0 || text.IndexOf('E') >= 0 ? text : text + ".0");
        }
    }

    public static string? Number(decimal? value) => value is { } v ? NumberFormat.ToInvariantString(v) : null;

    public static decimal? ParseNumber(string? text) =>
        text is not null && decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>Whether the value key of a spec differs from another's (a "value change").</summary>
    public static bool SameValue(FactSpec a, FactSpec b) => string.Equals(Key(a), Key(b), StringComparison.Ordinal);
}
