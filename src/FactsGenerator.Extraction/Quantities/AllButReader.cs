using System.Collections.Generic;
using FactsGenerator.Extraction.Numbers;
using FactsGenerator.Extraction.Text;
using static FactsGenerator.Extraction.Quantities.TokenWindow;

namespace FactsGenerator.Extraction.Quantities;

/// <summary>
/// "All but one of the 16 passengers died", "all but two of its 30 members voted": what is said happens to the rest
/// (15, 28), while the total only counts the group.
/// </summary>
internal static class AllButReader
{
    /// <summary>
    /// True when "all but N of the" (or "of its", "of their") stands right before the total at <paramref name="valueStart"/>;
    /// gives the exception N and where "all" stands.
    /// </summary>
    public static bool TryRead(IReadOnlyList<Token> tokens, int valueStart, out decimal exception, out int allIndex)
    {
        exception = 0m;
        allIndex = -1;
        var determiner = valueStart - 1;
        var of = valueStart - 2;
        var count = valueStart - 3;
        if (!IsWordAt(tokens, determiner) || tokens[determiner].Text.ToLowerInvariant() is not ("the" or "its" or "their" or "his" or "her" or "our")
            || !IsAt(tokens, of, "of") || !IsAt(tokens, count - 1, "but") || !IsAt(tokens, count - 2, "all")
            || !NumberReader.TryRead(tokens, count, out var number) || number.Last != count || number.Value is not { } value)
        {
            return false;
        }

        exception = value;
        allIndex = count - 2;
        return true;
    }

    /// <summary>The rest of the total (<paramref name="total"/> less the exception), sharing its phrase and event; null when nothing is left.</summary>
    public static QuantityMention? Rest(QuantityMention total, decimal exception, int allIndex)
    {
        if (total.Value is not { } whole || total.UpperValue is not null || whole <= exception || total.IsAge)
        {
            return null;
        }

        // "all but one of the sixteen on board died": without a noun, the total of a group people died from counts people.
        if (total.Head is null && total.UnitKind == UnitKind.None && total.Event is { } sense && sense.Category is Model.QuantityCategory.Casualties or Model.QuantityCategory.Displacement)
        {
            total.Unit = "people";
            total.UnitKind = UnitKind.People;
        }

        var rest = new QuantityMention(total.Sentence, total.Number)
        {
            Value = whole - exception,
            Qualifier = total.Qualifier,
            Event = total.Event,
            Verb = total.Verb,
            Distinguisher = total.Distinguisher,
            EvidenceLast = total.EvidenceLast,
        };
        rest.CountSameNounAs(total);
        rest.CoverEvidence(allIndex);
        total.Event = null;
        total.Verb = null;
        return rest;
    }
}
