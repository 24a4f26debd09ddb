using System;
using System.Collections.Generic;
using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Quantities;

/// <summary>
/// Rules that look at neighbouring mentions: an elliptical number borrows the unit of the figure before it
/// ("gained 13 seats and ... lost 10"), an exact count refines the subject of a vague one about the same event
/// ("several of its peacekeepers were killed ... the four service personnel killed"), and a repeated figure
/// ("all five deaths" after "killed five girls") is dropped.
/// </summary>
internal static class MentionMerger
{
    private const int RefinementSentenceWindow = 1;

    // Counted nouns so general that a nearby, more specific subject of the same event is a better name.
    private static readonly HashSet<string> GenericHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "people", "persons", "personnel", "individuals", "members", "servicemen", "others", "victims", "bodies",
    };

    /// <summary>Fills in what a mention leaves implicit from the mentions before it (run before classification).</summary>
    public static void ResolveFromNeighbours(List<QuantityMention> mentions)
    {
        for (var i = 0; i < mentions.Count; i++)
        {
            InheritElidedUnit(mentions, i);
        }

        for (var i = 0; i < mentions.Count; i++)
        {
            RefineFromVague(mentions, i);
        }
    }

    /// <summary>Drops figures that repeat an earlier one (run after classification, which settles unit and category).</summary>
    public static List<QuantityMention> DropRepeats(List<QuantityMention> mentions)
    {
        var kept = new List<QuantityMention>(mentions.Count);
        foreach (var mention in mentions)
        {
            if (!RepeatsEarlier(kept, mention))
            {
                kept.Add(mention);
            }
        }

        return kept;
    }

    private static void InheritElidedUnit(List<QuantityMention> mentions, int index)
    {
        var mention = mentions[index];
        if (mention.Head is not null || mention.Event is not null || mention.UnitKind != UnitKind.None || mention.MeasuredNoun is not null || mention.IsAge)
        {
            return;
        }

        for (var j = index - 1; j >= 0; j--)
        {
            var earlier = mentions[j];
            if (mention.Sentence.Index - earlier.Sentence.Index > 1)
            {
                return;
            }

            if (earlier.Head is not null && earlier.UnitKind is UnitKind.Measure or UnitKind.Noun or UnitKind.None && earlier.Event is null)
            {
                mention.Head = earlier.Head;
                mention.Unit = earlier.Unit;
                mention.UnitKind = earlier.UnitKind;
                return;
            }
        }
    }

    private static void RefineFromVague(List<QuantityMention> mentions, int index)
    {
        var exact = mentions[index];
        // Only a generic noun is refined: without any noun ("killed twelve") the count may be of another event.
        if (exact.Value is null || exact.Event is not { } sense || exact.Head is null || !GenericHeads.Contains(exact.Head))
        {
            return;
        }

        for (var j = index - 1; j >= 0; j--)
        {
            var vague = mentions[j];
            if (exact.Sentence.Index - vague.Sentence.Index > RefinementSentenceWindow)
            {
                return;
            }

            if (vague.Value is null && vague.Head is not null && vague.Event is { } vagueSense && SameEvent(sense, vagueSense)
                && !string.Equals(vague.Head, exact.Head, StringComparison.OrdinalIgnoreCase))
            {
                exact.Head = vague.Head;
                exact.Modifiers = null;
                return;
            }
        }
    }

    private static bool RepeatsEarlier(List<QuantityMention> kept, QuantityMention mention)
    {
        if (mention.Value is null)
        {
            return false;
        }

        foreach (var earlier in kept)
        {
            if (earlier.Value != mention.Value || earlier.Unit != mention.Unit || earlier.Category != mention.Category || earlier.IsAge != mention.IsAge)
            {
                continue;
            }

            var sameHead = string.Equals(earlier.Head, mention.Head, StringComparison.OrdinalIgnoreCase)
                && string.Equals(earlier.MeasuredNoun, mention.MeasuredNoun, StringComparison.OrdinalIgnoreCase);
            var sameEvent = earlier.Event is { } a && mention.Event is { } b ? SameEvent(a, b) : earlier.Event is null && mention.Event is null;
            if ((sameHead && sameEvent) || (mention.IsDefinite && earlier.Event is not null && sameEvent))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"killed" and "dead" describe the same deaths; other events only match themselves.</summary>
    public static bool SameEvent(EventSense a, EventSense b) =>
        string.Equals(Family(a.Label), Family(b.Label), StringComparison.Ordinal);

    private static string Family(string label) => label is "killed" or "dead" ? "dead" : label is "wounded" or "injured" ? "injured" : label;
}
