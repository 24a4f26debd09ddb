using System.Collections.Generic;
using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Quantities;

/// <summary>
/// "20 bodies were recovered, eleven women and nine men": counts of people set off by a comma right after a toll, with
/// no verb of their own, break that toll down, so what happened to the whole happened to them.
/// </summary>
internal static class BreakdownInheritance
{
    /// <summary>Gives the mention at <paramref name="index"/> the event of the toll it breaks down, if it does.</summary>
    /// <param name="continuesBreakdown">True when the previous mention was itself part of the breakdown ("and nine men").</param>
    /// <returns>True when the mention is part of a breakdown.</returns>
    public static bool Inherit(List<QuantityMention> mentions, int index, bool continuesBreakdown)
    {
        if (!TryPartAfterToll(mentions, index, out var part, out var whole, out var sense))
        {
            return false;
        }

        var tokens = part.Sentence.Tokens;
        var before = part.EvidenceFirst - 1;
        if (before <= whole.EvidenceLast || before < 0)
        {
            return false;
        }

        // The part follows the toll's clause after a comma ("20 bodies had been recovered, eleven women"), or the previous
        // part after "and" or a comma ("eleven women and nine men").
        var opens = tokens[before].IsSymbol(',') && OnlyWordsBetween(tokens, whole.EvidenceLast + 1, before)
            && !(part.Value is { } share && whole.Value is { } total && share > total);
        var continues = (before == whole.EvidenceLast + 1 && (tokens[before].Is("and") || (continuesBreakdown && tokens[before].IsSymbol(','))))
            || (tokens[before].Is("and") && IsPlaceOrVehicleOfWhole(tokens, whole.EvidenceLast + 1, before));
        if (!opens && !continues)
        {
            return false;
        }

        // A verb after the part makes it a clause of its own: "five died, 20 others were rescued".
        var after = part.EvidenceLast + 1;
        if (after < tokens.Count && tokens[after].IsWord && (TokenWindow.IsPastVerb(tokens[after]) || tokens[after].Text.ToLowerInvariant() is "were" or "was" or "are" or "is" or "have" or "has" or "had"))
        {
            return false;
        }

        part.Event = sense;
        return true;
    }

    // A count of people without an event or a verb of its own, right after a casualty or displacement toll of its
    // sentence: what may break that toll down (Inherit and InheritThroughIncluding differ only in what stands between).
    private static bool TryPartAfterToll(List<QuantityMention> mentions, int index, out QuantityMention part, out QuantityMention whole, out EventSense sense)
    {
        part = mentions[index];
        whole = index > 0 ? mentions[index - 1] : part;
        sense = default;
        if (index == 0 || !ReferenceEquals(part.Sentence, whole.Sentence) || part.Event is not null || part.Verb is not null || part.IsAge
            || whole.Event is not { } toll || toll.Category is not (QuantityCategory.Casualties or QuantityCategory.Displacement)
            || part.Head is not { } head || !QuantityLexicon.IsPeopleLike(head))
        {
            return false;
        }

        sense = toll;
        return true;
    }

    // How far after a toll an ", including …" list may run to the part that shares its event.
    private const int IncludingListWindow = 14;

    /// <summary>
    /// "Nine were hurt in the fire, including both cooks, and a passer-by": every item of an ", including"
    /// list after a toll shares its event, not only the first, when no verb of its own comes between.
    /// </summary>
    /// <returns>True when the mention at <paramref name="index"/> took the toll's event.</returns>
    public static bool InheritThroughIncluding(List<QuantityMention> mentions, int index)
    {
        if (!TryPartAfterToll(mentions, index, out var part, out var whole, out var sense))
        {
            return false;
        }

        var tokens = part.Sentence.Tokens;
        var sawIncluding = false;
        for (var k = part.EvidenceFirst - 1; k > whole.EvidenceLast; k--)
        {
            if (part.EvidenceFirst - k > IncludingListWindow || !(tokens[k].IsWord || tokens[k].IsSymbol(',')) || (tokens[k].IsWord && TokenWindow.IsPastVerb(tokens[k])))
            {
                return false;
            }

            sawIncluding |= tokens[k].Is("including") && tokens[k - 1].IsSymbol(',');
        }

        if (!sawIncluding)
        {
            return false;
        }

        part.Event = sense;
        return true;
    }

    // How many words of the toll's clause may follow its phrase before the comma ("had been recovered").
    private const int ClauseTailWindow = 5;

    // Prepositions that open where the people of a toll were: "four children on a bus and two teachers".
    private static readonly HashSet<string> WherePrepositions = new(System.StringComparer.OrdinalIgnoreCase)
    {
        "in", "on", "at", "from", "near", "aboard", "inside", "outside", "of", "across", "along",
    };

    /// <summary>
    /// True when the tokens from <paramref name="from"/> to <paramref name="to"/> are a short phrase on where the toll's
    /// people were ("in a church bus"), so that a figure after the "and" at <paramref name="to"/> is the toll's next object.
    /// </summary>
    private static bool IsPlaceOrVehicleOfWhole(IReadOnlyList<Text.Token> tokens, int from, int to) =>
        to > from && tokens[from].IsWord && WherePrepositions.Contains(tokens[from].Text) && OnlyWordsBetween(tokens, from, to);

    private static bool OnlyWordsBetween(IReadOnlyList<Text.Token> tokens, int from, int to)
    {
        if (to - from > ClauseTailWindow)
        {
            return false;
        }

        for (var k = from; k < to; k++)
        {
            if (!tokens[k].IsWord || Numbers.NumberWords.IsCardinalWord(tokens[k].Text))
            {
                return false;
            }
        }

        return true;
    }
}
