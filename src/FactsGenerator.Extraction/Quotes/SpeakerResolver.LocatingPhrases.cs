using System.Collections.Generic;
using FactsGenerator.Extraction.Entities;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Quotes;

/// <summary>
/// A phrase saying where the speaker is, or whom they work with, between the speaker and the verb of saying: "Jo Kim in
/// nearby Velmora said: "..."", "The Velm Port Authority in Tolland said that "..."", ""...," Sgt. Jo Kim with the city
/// police department said". The speaker is the person or body before the phrase, not the place or body inside it.
/// </summary>
internal sealed partial class SpeakerResolver
{
    /// <summary>Most lower-case words between a preposition and the place it names ("in nearby Velmora", "in the northern").</summary>
    private const int MaxPlaceModifiers = 2;

    // The index of the preposition before the capitalised words that start at first, past at most two lower-case
    // modifiers ("in nearby Velmora", "at the Velm ..."), or -1. Any of Prepositions counts ("in", "at", "from", "near",
    // but also "of", "for", "with", "to", "by", "about", as before modifiers were allowed); a verb or another function
    // word between them means no phrase.
    private static int PrepositionBeforePlaceName(IReadOnlyList<Token> tokens, int first)
    {
        for (var k = first - 1; k >= 0 && first - k <= MaxPlaceModifiers + 1 && tokens[k].IsWord; k--)
        {
            if (Prepositions.Contains(tokens[k].Text))
            {
                return k;
            }

            if (!NameForms.IsLowerWord(tokens[k]) || IsAttributionVerb(tokens[k]) || (Lexicon.CapitalisedFunctionWords.Contains(tokens[k].Text) && !tokens[k].Is("the")))
            {
                return -1;
            }
        }

        return -1;
    }

    // "The Velm Port Authority in Tolland said": the body opening the sentence right before "in" or "at" and the place
    // whose name starts at first (maybe after "the" or a modifier): where the body sits, not who speaks. Null otherwise.
    private EntityMention? BodyBeforePlaceName(IReadOnlyList<Token> tokens, int first)
    {
        var preposition = PrepositionBeforePlaceName(tokens, first);
        if (preposition < 1 || !(tokens[preposition].Is("in") || tokens[preposition].Is("at")))
        {
            return null;
        }

        var body = MentionEndingAt(tokens, preposition - 1);
        if (body is not { Kind: EntityKind.Organization })
        {
            return null;
        }

        var start = IndexAtOrAfter(tokens, body.Start);
        return start == 0 || (start == 1 && tokens[0].Is("the")) ? body : null;
    }
}
