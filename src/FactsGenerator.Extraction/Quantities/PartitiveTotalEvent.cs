using System.Collections.Generic;
using FactsGenerator.Extraction.Text;
using static FactsGenerator.Extraction.Quantities.TokenWindow;

namespace FactsGenerator.Extraction.Quantities;

/// <summary>
/// "12 of the 40 pupils were absent": the verb after a part and its total is said of the part, so the total only counts
/// the group. The total keeps an event that is its own: its noun says what befell the group ("five of the six victims
/// were killed by falling trees", "some of the 18 victims", "three of the 19 bodies"), or a relative clause right after
/// its noun does ("24 of the 51 people who were killed this week"; news annotators: 3 articles of 3 publishers).
/// </summary>
internal static class PartitiveTotalEvent
{
    /// <summary>The event <paramref name="total"/> keeps as its own, or null when it only counts the group.</summary>
    public static EventSense? OwnEvent(IReadOnlyList<Token> tokens, QuantityMention total)
    {
        if (total.Head is { } head && EventWords.IsEventNoun(head) && QuantityLexicon.TryEvent(head, out var nounSense))
        {
            return nounSense;
        }

        return total.Event is { } clauseSense && OpensRelativeClause(tokens, total, clauseSense) ? clauseSense : null;
    }

    // "51 people who were killed": "who" (or "that") after the noun's words, before any verb, and the clause's own verb
    // gives the event. In "two of the 14 miners who were rescued died" the event is the main verb's, said of the part.
    private static bool OpensRelativeClause(IReadOnlyList<Token> tokens, QuantityMention total, EventSense sense)
    {
        for (var k = total.Number.Last + 1; k <= total.EvidenceLast && k < tokens.Count; k++)
        {
            if (tokens[k].Is("who") || tokens[k].Is("that"))
            {
                return k > total.Number.Last + 1 && ClauseVerbGives(tokens, k + 1, sense);
            }

            if (!tokens[k].IsWord || IsPastVerb(tokens[k]) || IsFiniteCopulaAt(tokens, k) || tokens[k].Text.ToLowerInvariant() is "have" or "has" or "had")
            {
                return false;
            }
        }

        return false;
    }

    private const int ClauseChainWindow = 4;

    // The first word after the relative pronoun's auxiliaries ("were", "had been", "reportedly") carries the event.
    private static bool ClauseVerbGives(IReadOnlyList<Token> tokens, int start, EventSense sense)
    {
        for (var k = start; k < tokens.Count && k < start + ClauseChainWindow && tokens[k].IsWord; k++)
        {
            var word = tokens[k].Text.ToLowerInvariant();
            if (word is "was" or "were" or "is" or "are" or "been" or "being" or "have" or "has" or "had" || word.EndsWith("ly", System.StringComparison.Ordinal))
            {
                continue;
            }

            return QuantityLexicon.TryEvent(word, out var verbSense) && verbSense.Category == sense.Category;
        }

        return false;
    }
}
