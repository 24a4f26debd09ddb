using System;
using System.Collections.Generic;
using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Text;
using static FactsGenerator.Extraction.Quantities.TokenWindow;

namespace FactsGenerator.Extraction.Quantities;

/// <summary>
/// "Of those who have perished, 53 have been identified", "Nineteen bodies were recovered, of whom three have been
/// identified": a bare figure said to have been identified, after the dead are named earlier in its sentence, counts
/// dead people whose names are known, a casualty figure (news annotators: 3 articles of 3 publishers). "three suspects
/// have been identified" has a noun of its own, and "two have been identified as the gunmen" names what they are.
/// </summary>
internal static class IdentifiedDead
{
    private static readonly HashSet<string> DeadWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "dead", "died", "perished", "bodies", "killed", "victims", "deceased", "remains", "fatalities", "deaths",
    };

    // "have been", "had been", "were": at most this many auxiliaries between the figure and "identified".
    private const int ChainWindow = 3;

    /// <summary>Gives <paramref name="mention"/> the event of the dead when it is a bare figure of identified dead.</summary>
    public static void Read(QuantityMention mention)
    {
        if (mention.Head is not null || mention.Event is not null || mention.UnitKind != UnitKind.None || mention.IsAge
            || !string.Equals(mention.Verb, "identified", StringComparison.Ordinal))
        {
            return;
        }

        var tokens = mention.Sentence.Tokens;
        if (PassiveIdentified(tokens, mention.Number.Last + 1) is not { } identified || IsAt(tokens, identified + 1, "as") || !NamesTheDeadBefore(tokens, mention.Number.First)
            || !OfTheDead(tokens, mention.Number.First))
        {
            return;
        }

        mention.Event = new EventSense("identified", QuantityCategory.Casualties);
    }

    // "have been identified", "were identified": the index of "identified" after auxiliaries only, or null.
    private static int? PassiveIdentified(IReadOnlyList<Token> tokens, int start)
    {
        for (var k = start; k < tokens.Count && k <= start + ChainWindow && tokens[k].IsWord; k++)
        {
            if (tokens[k].Is("identified"))
            {
                return k > start ? k : null;
            }

            if (tokens[k].Text.ToLowerInvariant() is not ("have" or "has" or "had" or "been" or "were" or "was" or "now" or "so" or "far" or "already" or "since"))
            {
                return null;
            }
        }

        return null;
    }

    // The figure is a part of the dead: ", of whom three", "of them nine", or a sentence opened by "Of" or "Among" whose
    // phrase runs to the comma before the figure ("Of those who died, 14"). "the attack killed 12 people and three
    // attackers fled; two have been identified" names the dead in another clause: the two may be the attackers.
    private static bool OfTheDead(IReadOnlyList<Token> tokens, int number)
    {
        var k = number - 1;
        while (k >= 0 && number - k <= QualifierWindow && tokens[k].IsWord && !IsPartitiveWord(tokens, k))
        {
            k--;
        }

        if (k >= 1 && IsPartitiveWord(tokens, k) && IsAt(tokens, k - 1, "of"))
        {
            return true;
        }

        if (k < 0 || !tokens[k].IsSymbol(',') || !(IsAt(tokens, 0, "of") || IsAt(tokens, 0, "among")))
        {
            return false;
        }

        for (var q = 1; q < k; q++)
        {
            if (tokens[q].IsSymbol(',') || tokens[q].IsSymbol(';'))
            {
                return false;
            }
        }

        return true;
    }

    // "at least", "about", "so far": words that may stand between the frame and the figure.
    private const int QualifierWindow = 3;

    private static bool IsPartitiveWord(IReadOnlyList<Token> tokens, int k) =>
        tokens[k].IsWord && tokens[k].Text.ToLowerInvariant() is "whom" or "them" or "those" or "these" or "which";

    private static bool NamesTheDeadBefore(IReadOnlyList<Token> tokens, int end)
    {
        for (var k = 0; k < end; k++)
        {
            if (tokens[k].IsWord && DeadWords.Contains(tokens[k].Text))
            {
                return true;
            }
        }

        return false;
    }
}
