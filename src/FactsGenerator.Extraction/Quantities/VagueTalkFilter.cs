using System.Collections.Generic;

namespace FactsGenerator.Extraction.Quantities;

/// <summary>
/// "there are several theories", "in a number of ways", "it depends on a few things", "took several measures": a vague
/// count of ideas, manners, reasons, steps or accounts is a way of speaking rather than a figure; readers keep "two ways
/// to amend it" but not "several ways".
/// </summary>
internal static class VagueTalkFilter
{
    // Nouns for what one thinks or how one does something, not for things in the world that can be tallied.
    private static readonly HashSet<string> TalkNouns = new(System.StringComparer.OrdinalIgnoreCase)
    {
        "things", "ways", "theories", "scenarios", "possibilities", "reasons", "options",
        // Steps taken and accounts heard, said vaguely: "carried out several measures", "we had several reports of flooding".
        "measures", "steps", "reports", "factors", "issues", "concerns", "questions", "ideas", "aspects",
        // Hardships and plans named in passing: "encountered numerous challenges", "launched a number of schemes".
        "challenges", "difficulties", "obstacles", "schemes", "initiatives",
    };

    public static bool IsVagueTalk(QuantityMention mention) =>
        mention.Value is null && mention.UpperValue is null && mention.Event is null
        && mention.Head is { } head && TalkNouns.Contains(head);
}
