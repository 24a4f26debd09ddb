using System.Collections.Generic;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>
/// Seats of power ("the Kremlin", "the White House") name a building and the government that sits in it. The
/// document's use decides: "outside the White House" and "the White House lawn" place it, "the White House said"
/// and "White House staff" make it the body. The use written more often wins; a tie keeps the body.
/// </summary>
internal sealed partial class ContextEvidence
{
    private readonly Dictionary<string, int> seatPlaceVotes = new(System.StringComparer.Ordinal);

    /// <summary>Prepositions of position before "the" and a seat ("to" and "from" are left out: letters go to a body, orders come from one).</summary>
    private static readonly HashSet<string> PositionPrepositions = Lexicon.Set("at in inside outside near around into within");

    /// <summary>Parts and surroundings of a building ("the White House lawn", "the lawn of the Kremlin").</summary>
    private static readonly HashSet<string> BuildingParts = Lexicon.Set(
        "lawn lawns grounds gates gate steps roof basement balcony garden gardens corridors walls fence driveway entrance");

    /// <summary>"the gates of X", "the entrance of X": the token at <paramref name="of"/> is "of" after a part of a building.</summary>
    internal static bool IsOfAfterBuildingPart(IReadOnlyList<Token> tokens, int of) =>
        of >= 1 && tokens[of].Is("of") && BuildingParts.Contains(tokens[of - 1].Text);

    /// <summary>Lower-case nouns for the people who work for a government, written after its seat ("White House aides"); see also <see cref="StaffNouns"/>.</summary>
    private static readonly HashSet<string> SeatStaffNouns = Lexicon.Set(
        "adviser advisers advisor advisors aide aides official officials press counsel chief doctors physician lawyers officers");

    /// <summary>Verbs a body does that are not verbs of saying ("the Kremlin released", "the White House ordered").</summary>
    private static readonly HashSet<string> BodyActionVerbs = Lexicon.Set(
        "released issued ordered rejected approved refused decided wants wanted sent signed welcomed condemned criticised criticized " +
        "blamed accused defended dismissed pushed");

    /// <summary>True when the document uses the seat of power more often as a building than as the body in it.</summary>
    public bool IsSeatUsedAsPlace(string name) => seatPlaceVotes.TryGetValue(NameForms.Key(name), out var votes) && votes > 0;

    private void CollectSeatUse(NameChunk chunk)
    {
        if (!Lexicon.SeatsOfPower.Contains(chunk.Text))
        {
            return;
        }

        var vote = SeatVote(chunk);
        if (vote != 0)
        {
            var key = NameForms.Key(chunk.Text);
            seatPlaceVotes.TryGetValue(key, out var votes);
            seatPlaceVotes[key] = votes + vote;
        }
    }

    // +1 for a use as a building, -1 for a use as a body, 0 when the words around say neither.
    private int SeatVote(NameChunk chunk)
    {
        var (tokens, a, b, prev, prev2, next, next2) = Around(chunk);
        if (IsFollowedByVerbOrAge(tokens, b)
            || (next is { } word && NameForms.IsLowerWord(word) && (StaffNouns.Contains(word.Text) || SeatStaffNouns.Contains(word.Text) || BodyActionVerbs.Contains(word.Text))))
        {
            return -1;
        }

        if (next is { } part && NameForms.IsLowerWord(part) && BuildingParts.Contains(part.Text))
        {
            return 1;
        }

        // "the Kremlin's gardens", "the White House's Rose Garden": a part of the building or a place within it.
        if (next is { } possessive && possessive.Text is "'s" && next2 is { } owned
            && (BuildingParts.Contains(owned.Text) || (owned.IsCapitalized && ChunkStartingAt(b + 2) is { } inner
                && (Lexicon.PlaceHeads.Contains(inner.Tokens[inner.Last].Text) || BuildingParts.Contains(inner.Tokens[inner.Last].Text.ToLowerInvariant())))))
        {
            return 1;
        }

        if (prev is { } the && the.Is("the") && prev2 is { } preposition && NameForms.IsLowerWord(preposition))
        {
            // "outside the Kremlin", "out of the White House", "the south lawn of the White House".
            if (PositionPrepositions.Contains(preposition.Text)
                || (preposition.Is("of") && a >= 3 && (tokens[a - 3].Is("out") || BuildingParts.Contains(tokens[a - 3].Text.ToLowerInvariant()))))
            {
                return 1;
            }
        }

        return 0;
    }
}
