using System;
using System.Collections.Generic;
using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Quantities;

/// <summary>
/// "one hurricane-related fatality", "one casualty", "One body has been recovered", "one dead body": the singular of a
/// toll noun after a count of one is a toll of one person, as "one death" is. "body" only bare or "dead", and not before
/// "of" ("one body of water", "one body of evidence"); institutions ("one governing body") stay what they are. The
/// head becomes the plural the lexicon lists among people ("bodies"), so the one counts people as "two bodies" does.
/// </summary>
internal static class SingleTollNoun
{
    private static readonly Dictionary<string, (EventSense Sense, string Plural)> Nouns = new(StringComparer.OrdinalIgnoreCase)
    {
        ["fatality"] = (new EventSense("dead", QuantityCategory.Casualties), "fatalities"),
        ["casualty"] = (new EventSense("casualties", QuantityCategory.Casualties), "casualties"),
        ["body"] = (new EventSense("dead", QuantityCategory.Casualties), "bodies"),
        ["corpse"] = (new EventSense("dead", QuantityCategory.Casualties), "bodies"),
    };

    /// <summary>
    /// Marks a count of one whose <paramref name="head"/> (ending at token <paramref name="last"/>) is a singular toll noun
    /// as that toll, with the plural head; false when it is none.
    /// </summary>
    public static bool Mark(IReadOnlyList<Token> tokens, QuantityMention mention, string head, string? modifiers, int last)
    {
        if (mention.Value != 1m || mention.UnitKind != UnitKind.None || !Nouns.TryGetValue(head, out var noun))
        {
            return false;
        }

        var isBody = noun.Plural == "bodies";
        if (isBody && ((modifiers is not null && !modifiers.Equals("dead", StringComparison.OrdinalIgnoreCase))
            || (last + 1 < tokens.Count && tokens[last + 1].Is("of"))))
        {
            return false;
        }

        mention.Event = noun.Sense;
        mention.Head = noun.Plural;
        return true;
    }
}
