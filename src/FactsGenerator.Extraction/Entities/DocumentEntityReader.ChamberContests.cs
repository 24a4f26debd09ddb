using System.Collections.Generic;
using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Entities;

/// <summary>
/// "the Velmar Senate primary", "the Ohio House race": in wire copy a place before a chamber and a lower-case word of a
/// contest names where the election is held (often a seat in the national chamber, not the state's own), so the place
/// is named and the run is no body.
/// </summary>
internal sealed partial class DocumentEntityReader
{
    private static readonly HashSet<string> ContestChambers = new(System.StringComparer.Ordinal) { "Senate", "House" };

    private static readonly HashSet<string> ContestWords = new(System.StringComparer.Ordinal)
    {
        "primary", "race", "runoff", "seat", "contest", "election", "nomination",
    };

    // Only a region ("the U.S. Senate race" is the national body's own).
    private bool TrySplitChamberContest(NameChunk chunk)
    {
        var tokens = chunk.Tokens;
        var next = chunk.Last + 1;
        if (chunk.First == chunk.Last || next >= tokens.Count || !ContestChambers.Contains(tokens[chunk.Last].Text)
            || !NameForms.IsLowerWord(tokens[next]) || !ContestWords.Contains(tokens[next].Text)
            || LongestPlace(tokens, chunk.First, chunk.Last - 1, out var place) != chunk.Last - 1 || place is null || place.Kind != PlaceKind.Region)
        {
            return false;
        }

        AddPlace(place, SubChunk(chunk, chunk.First, chunk.Last - 1));
        return true;
    }
}
