using System.Collections.Generic;
using FactsGenerator.Extraction.Entities;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Quotes;

/// <summary>
/// ""...," said Orange County Sheriff Jo Kim", ""...," said House Energy and Commerce Chairman Jo Kim", ""...," said
/// Velm County Sheriff's Capt. Jo Kim": the person is named after a run of capitalised words that name the body or
/// place they serve and their office. The entity reader may have read no body or place there, or only the part of the
/// body's name before its "and" ("House Energy"), so the slot opened with nothing to speak or with the wrong speaker
/// (the body, or nobody), while the office words lead to the person who holds the office and spoke.
/// </summary>
internal sealed partial class SpeakerResolver
{
    /// <summary>How many tokens the capitalised description may span before the name.</summary>
    private const int MaxCapitalisedOfficeTokens = 8;

    // The index of the person named right after capitalised words from start that hold an office word ("Sheriff",
    // "Chairman", "Capt."), or -1. Only capitalised words (no function word, no verb of saying), a possessive "'s", the
    // stop or hyphen glued to a word ("Capt.", "U.S.", "Secretary-General") and an "and" between two capitalised words
    // of one name ("Energy and Commerce", but not before an office: "the union and Mayor Jo Kim" are two) may stand
    // there; a lower-case word or a comma ends the description.
    private int PersonAfterCapitalisedOffice(IReadOnlyList<Token> tokens, int start)
    {
        var sawOffice = false;
        for (var k = start; k < tokens.Count && k - start <= MaxCapitalisedOfficeTokens; k++)
        {
            var token = tokens[k];
            if (entities.MentionAt(token.Start) is { Kind: EntityKind.Person } person)
            {
                return sawOffice && person.Start == token.Start ? k : -1;
            }

            if (token.IsCapitalized && !Lexicon.CapitalisedFunctionWords.Contains(token.Text) && !IsAttributionVerb(token))
            {
                sawOffice |= IsOfficeWord(token) || IsAbbreviatedRank(tokens, k);
                continue;
            }

            var glued = k > start && !token.SpaceBefore && (token.IsSymbol('.') || token.IsSymbol('-'));
            var possessive = k > start && token.Text is "'s" or "'S";
            var joining = token.Is("and") && k >= 1 && tokens[k - 1].IsCapitalized && k + 1 < tokens.Count && tokens[k + 1].IsCapitalized
                && !IsOfficeWord(tokens[k + 1]) && entities.MentionAt(tokens[k + 1].Start) is not { Kind: EntityKind.Person };
            if (!(glued || possessive || joining))
            {
                return -1;
            }
        }

        return -1;
    }
}
