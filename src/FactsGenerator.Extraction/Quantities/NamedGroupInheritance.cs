using System;
using System.Collections.Generic;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Quantities;

/// <summary>
/// "The injured climbers, two guides and a porter, ..." and "the victims included four men": a count of people that
/// names who make up a group already called by what happened to it (an event noun or participle, no figure of its
/// own) shares that event, so the casualty or displacement category follows the group, not the count's own noun.
/// </summary>
internal static class NamedGroupInheritance
{
    // Words that hand a group over to the people it is made of ("the dead included", "victims including").
    private static bool IsIncludeWord(string word) =>
        QuantityLexicon.IsIncludeVerb(word) || string.Equals(word, "including", StringComparison.OrdinalIgnoreCase);

    // Words that open a group named by its event ("the injured", "those displaced"); a figure here would be a toll.
    private static readonly HashSet<string> GroupOpeners = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "those", "these", "all",
    };

    // How many plain words may stand between the event word and the comma ("the injured hikers ,").
    private const int GroupNounWindow = 2;

    /// <summary>Gives <paramref name="part"/> the event of the group it names the members of, if it does.</summary>
    /// <returns>True when the event was inherited.</returns>
    public static bool Inherit(QuantityMention part)
    {
        if (part.Event is not null || part.IsAge || part.Head is not { } head || !QuantityLexicon.IsPeopleLike(head))
        {
            return false;
        }

        var tokens = part.Sentence.Tokens;
        var before = part.Number.First - 1;
        if (before < 1)
        {
            return false;
        }

        EventSense? sense = null;
        // The group's own verb may follow an apposition ("the injured hikers, two guides, were flown out").
        if (tokens[before].IsSymbol(','))
        {
            sense = EventOfGroupEndingAt(tokens, before - 1);
        }
        else if ((part.Verb is null || IsIncludeWord(part.Verb)) && tokens[before].IsWord && IsIncludeWord(tokens[before].Text)
            && tokens[before - 1].IsWord && EventWords.IsEventNoun(tokens[before - 1].Text))
        {
            sense = PeopleEvent(tokens[before - 1].Text);
        }

        if (sense is null)
        {
            return false;
        }

        part.Event = sense;
        return true;
    }

    /// <summary>
    /// The event of a noun phrase like "the injured hikers" or "the victims" ending at <paramref name="last"/>, or null
    /// when the phrase has a figure or a verb, or does not open with a determiner.
    /// </summary>
    private static EventSense? EventOfGroupEndingAt(IReadOnlyList<Token> tokens, int last)
    {
        for (var k = last; k >= 1 && last - k <= GroupNounWindow; k--)
        {
            if (!tokens[k].IsWord || Numbers.NumberWords.IsCardinalWord(tokens[k].Text) || (TokenWindow.IsPastVerb(tokens[k]) && !EventWords.IsParticiple(tokens[k].Text)))
            {
                return null;
            }

            var isGroupWord = EventWords.IsParticiple(tokens[k].Text) || (k == last && EventWords.IsEventNoun(tokens[k].Text));
            if (isGroupWord && tokens[k - 1].IsWord && GroupOpeners.Contains(tokens[k - 1].Text))
            {
                return PeopleEvent(tokens[k].Text);
            }
        }

        return null;
    }

    private static EventSense? PeopleEvent(string word) =>
        QuantityLexicon.TryEvent(word, out var sense) && sense.Category is Model.QuantityCategory.Casualties or Model.QuantityCategory.Displacement ? sense : null;
}
