using System.Collections.Generic;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>
/// A building named by one word and "House" ("the Custom House", "Harlow House") is a place unless the document uses it
/// as a body ("Harlow House said", "Harlow House staff"), as a seat of power is read. After a place's name "House" is
/// mostly a chamber ("the Velmoria House voted"), so such a name is a building only where the text shows one ("the rear
/// gates of Velmoria House"); with "of" ("House of Lords") or after "Upper" or "Lower" it is a chamber.
/// </summary>
internal sealed partial class ContextEvidence
{
    // Building uses count up, body uses down.
    private readonly Dictionary<string, int> houseBuildingVotes = new(System.StringComparer.Ordinal);

    /// <summary>Words before "House" that name a chamber of a legislature, not a building.</summary>
    private static readonly HashSet<string> ChamberOpeners = Lexicon.Set("Upper Lower Full");

    /// <summary>True when the chunk names a building called a house, which the document does not use as a body.</summary>
    public bool IsHouseBuilding(NameChunk chunk)
    {
        if (!IsNamedHouseShape(chunk))
        {
            return false;
        }

        houseBuildingVotes.TryGetValue(NameForms.Key(chunk.Text), out var votes);
        return OpensWithPlaceName(chunk) ? votes > 0 : votes >= 0;
    }

    // One capitalised word, no chamber's opener, party, body word or known body, and "House".
    private static bool IsNamedHouseShape(NameChunk chunk)
    {
        var tokens = chunk.Tokens;
        if (chunk.Last != chunk.First + 1 || !tokens[chunk.Last].Is("House") || !tokens[chunk.Last].SpaceBefore || !NameChunker.IsNameWord(tokens[chunk.First]))
        {
            return false;
        }

        var word = tokens[chunk.First].Text;
        return !ChamberOpeners.Contains(word) && !NameForms.IsAllCaps(word) && !Lexicon.PartyAdjectives.Contains(word) && !Lexicon.IsBodyOrCompanyWord(word)
            && !Lexicon.SeatsOfPower.Contains(chunk.Text) && !Gazetteer.OrganizationLexicon.Contains(chunk.Text);
    }

    private static bool OpensWithPlaceName(NameChunk chunk)
    {
        var word = chunk.Tokens[chunk.First].Text;
        return NameForms.IsCountryOrDemonym(word) || Gazetteer.PlaceGazetteer.Instance.TryFind(word, out _);
    }

    private void CollectNamedHouseUse(NameChunk chunk)
    {
        if (!IsNamedHouseShape(chunk))
        {
            return;
        }

        var vote = SeatVote(chunk);
        // "the rear gates of Harlow House": a part of the building before "of" and its name.
        var tokens = chunk.Tokens;
        if (vote == 0 && chunk.First >= 1 && IsOfAfterBuildingPart(tokens, chunk.First - 1))
        {
            vote = 1;
        }

        if (vote != 0)
        {
            var key = NameForms.Key(chunk.Text);
            houseBuildingVotes.TryGetValue(key, out var votes);
            houseBuildingVotes[key] = votes + vote;
        }
    }
}
