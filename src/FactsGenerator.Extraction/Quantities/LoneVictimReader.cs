using System;
using System.Collections.Generic;
using FactsGenerator.Extraction.Numbers;
using FactsGenerator.Extraction.Text;
using static FactsGenerator.Extraction.Quantities.TokenWindow;

namespace FactsGenerator.Extraction.Quantities;

/// <summary>
/// "An aid worker was killed", "a UN peacekeeper has been wounded", "A woman was found dead", "a male victim died": the
/// article before one person whom a casualty verb befalls counts a toll of one, as "one soldier was killed" does. The verb
/// must follow the person at once, in the passive or as a verb that takes no object ("died", "drowned"): "a man killed
/// two guards" counts the guards, and "a neighbour who was wounded" or "a soldier's body" name the person in passing.
/// </summary>
internal static class LoneVictimReader
{
    // Words of description between the article and the person: "a male victim", "a UN peacekeeper".
    private const int MaxModifiers = 3;

    /// <summary>True when token <paramref name="i"/> is "a" or "an" opening such a toll; <paramref name="number"/> spans the article.</summary>
    public static bool TryRead(IReadOnlyList<Token> tokens, int i, out NumberMatch number)
    {
        number = default;
        if (!(tokens[i].Is("a") || tokens[i].Is("an")) || !IsWordAt(tokens, i + 1))
        {
            return false;
        }

        for (var k = i + 1; k <= i + 1 + MaxModifiers && IsWordAt(tokens, k); k++)
        {
            if (QuantityLexicon.IsFunctionWord(tokens[k].Text))
            {
                return false;
            }

            // ("A police officer was killed": a people word before another is a modifier, the last one is the head.)
            if (IsOnePerson(tokens[k]) && !(k + 1 <= i + 1 + MaxModifiers && IsWordAt(tokens, k + 1) && IsOnePerson(tokens[k + 1])))
            {
                if (!IsCasualtyVerbAt(tokens, k + 1))
                {
                    return false;
                }

                number = new NumberMatch(1m, i, i, NumberForm.Words);
                return true;
            }
        }

        return false;
    }

    // A person in the singular: "worker", "peacekeeper" (a kind listed only in the plural), not a name ("a Smith").
    private static bool IsOnePerson(Token token) =>
        !token.IsCapitalized && !token.Text.EndsWith("s", StringComparison.OrdinalIgnoreCase)
        && (QuantityLexicon.IsPeopleNoun(token.Text) || QuantityLexicon.IsSingularOfListedPeople(token.Text));

    // "was killed", "has been seriously wounded", "was found dead", "was shot dead", "is missing"; or at once "died".
    private static bool IsCasualtyVerbAt(IReadOnlyList<Token> tokens, int at)
    {
        if (IsWordAt(tokens, at) && tokens[at].Text.ToLowerInvariant() is "died" or "perished" or "drowned")
        {
            return true;
        }

        var k = at;
        if (IsAt(tokens, k, "was") || IsAt(tokens, k, "is"))
        {
            k++;
        }
        else if ((IsAt(tokens, k, "has") || IsAt(tokens, k, "had")) && IsAt(tokens, k + 1, "been"))
        {
            k += 2;
        }
        else
        {
            return false;
        }

        if (IsWordAt(tokens, k) && tokens[k].Text.EndsWith("ly", StringComparison.OrdinalIgnoreCase))
        {
            k++;
        }

        if (!IsWordAt(tokens, k))
        {
            return false;
        }

        if ((tokens[k].Is("found") || tokens[k].Is("shot") || tokens[k].Is("confirmed") || tokens[k].Is("pronounced")) && IsAt(tokens, k + 1, "dead"))
        {
            return true;
        }

        return QuantityLexicon.TryEvent(tokens[k].Text, out var sense) && sense.Category == Model.QuantityCategory.Casualties
            && (tokens[k].Text.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || tokens[k].Text.ToLowerInvariant() is "slain" or "hurt" or "missing" or "dead");
    }
}
