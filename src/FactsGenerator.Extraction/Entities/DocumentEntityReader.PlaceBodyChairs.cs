using System.Collections.Generic;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

internal sealed partial class DocumentEntityReader
{
    // A place's deliberative bodies named by the place and one common word ("Clark County Council", "Velm School Board").
    private static readonly HashSet<string> PlaceBodyWords = new(System.StringComparer.Ordinal) { "Council", "Board", "Commission", "Assembly" };

    // Offices that preside over such a body.
    private static readonly HashSet<string> PresidingTitles = new(System.StringComparer.Ordinal)
    {
        "Chair", "Chairman", "Chairwoman", "Chairperson", "President", "Speaker",
    };

    /// <summary>"Clark County Council Chair X", "Velm City Council President X": the body word of a place's council before
    /// the office that presides over it is part of the office (council chair), as a body of common words is ("Central
    /// Bank Governor"); the place and the word stay the affiliation. "Federal Reserve Board Chairman" (no place before
    /// the word) keeps the office alone. bodyWord is the index right before the title.</summary>
    private string PlaceBodyBeforeChair(IReadOnlyList<Token> tokens, NameChunk chunk, int bodyWord)
    {
        if (bodyWord <= chunk.First || bodyWord + 1 >= tokens.Count || !PlaceBodyWords.Contains(tokens[bodyWord].Text)
            || !PresidingTitles.Contains(tokens[bodyWord + 1].Text))
        {
            return string.Empty;
        }

        // The words before the body word name a place: the gazetteer knows them, or they end in a jurisdiction.
        var placeEnd = bodyWord - 1;
        var isPlace = RoleParser.EndsInJurisdiction(tokens, chunk.First, placeEnd) && tokens[placeEnd].Text != "State"
            || LongestPlace(tokens, chunk.First, placeEnd, out _) == placeEnd
            || (placeEnd > chunk.First && (tokens[placeEnd].Is("City") || tokens[placeEnd].Is("Town")) && tokens[placeEnd].IsCapitalized
                && LongestPlace(tokens, chunk.First, placeEnd - 1, out _) == placeEnd - 1);
        return isPlace ? tokens[bodyWord].Text.ToLowerInvariant() + " " : string.Empty;
    }
}
