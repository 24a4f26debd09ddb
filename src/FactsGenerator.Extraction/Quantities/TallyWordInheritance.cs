using System;
using System.Collections.Generic;

namespace FactsGenerator.Extraction.Quantities;

/// <summary>
/// "Police made 120 arrests on Monday. By Wednesday the number was 180.": a bare figure whose subject is only a word for a
/// count ("number", "total", "tally") counts what the figure just before it counted, in its sentence or the one before.
/// Further back, or with no counted figure there, nothing says what it counts, and it stays unnamed.
/// </summary>
internal static class TallyWordInheritance
{
    private static readonly HashSet<string> TallyWords = new(StringComparer.OrdinalIgnoreCase) { "number", "total", "tally", "count", "figure" };

    // The figure lending its noun stands in the same sentence or the one right before.
    private const int MaxSentenceGap = 1;

    public static void Inherit(List<QuantityMention> mentions, int index)
    {
        var mention = mentions[index];
        if (index == 0 || mention.Head is not null || mention.Event is not null || mention.UnitKind != UnitKind.None || mention.MeasuredNoun is not null
            || mention.IsAge || mention.Subject is not { } subject || !TallyWords.Contains(subject))
        {
            return;
        }

        var earlier = mentions[index - 1];
        var gap = mention.Sentence.Index - earlier.Sentence.Index;
        if (gap is < 0 or > MaxSentenceGap || earlier.IsAge || earlier.Head is null || earlier.UnitKind is not (UnitKind.None or UnitKind.Noun or UnitKind.People))
        {
            return;
        }

        mention.CountSameNounAs(earlier);
        mention.Event = earlier.Event;
        mention.Subject = null;
    }
}
