using System.Collections.Generic;

namespace FactsGenerator.Extraction.Entities;

/// <summary>
/// "snow across the Northwest", "storms over the Southeast": a capitalised compass region after "the" is a region
/// of the country the story is in, a place, though no gazetteer lists it.
/// </summary>
internal sealed partial class DocumentEntityReader
{
    private static readonly HashSet<string> CompassRegions = new(System.StringComparer.Ordinal)
    {
        "Northeast", "Northwest", "Southeast", "Southwest", "Midwest",
    };

    // "in the South", "life in the West": a lone compass point after "the" names a region too, when what follows ends
    // the noun phrase ("the North stand", "the East wing" are parts of a building).
    private static readonly HashSet<string> CompassPoints = new(System.StringComparer.Ordinal) { "North", "South", "East", "West" };

    // Only the single word after "the": in "Northwest Airlines" or "the Southwest Conference" it opens a longer name.
    private bool TryCompassRegion(NameChunk chunk)
    {
        var tokens = chunk.Tokens;
        // "the North-east", "the South-west": the hyphened spelling of the same regions.
        var hyphened = chunk.Last == chunk.First + 2 && NameChunker.IsHyphenedCompassAt(tokens, chunk.First + 1);
        var word = hyphened ? tokens[chunk.First].Text + tokens[chunk.Last].Text : tokens[chunk.First].Text;
        if ((chunk.First != chunk.Last && !hyphened) || chunk.First == 0 || !(CompassRegions.Contains(word) || IsLoneCompassPoint(chunk)) || !tokens[chunk.First - 1].Is("the")
            || (chunk.Last + 1 < tokens.Count && tokens[chunk.Last + 1].Text is "'s" or "'S"))
        {
            return false;
        }

        Add(EntityKind.Place, chunk.Text, chunk);
        return true;
    }

    private static bool IsLoneCompassPoint(NameChunk chunk) =>
        chunk.First == chunk.Last && CompassPoints.Contains(chunk.Tokens[chunk.First].Text)
        && (chunk.Last + 1 >= chunk.Tokens.Count || !NameForms.IsLowerWord(chunk.Tokens[chunk.Last + 1]) || WordsAfterLoneCompassPoint.Contains(chunk.Tokens[chunk.Last + 1].Text));

    // What may follow such a region: a word that ends the noun phrase, never a noun the point could qualify ("wing").
    private static readonly HashSet<string> WordsAfterLoneCompassPoint = Lexicon.Set(
        "and or of that where which who is was were has have had in on at to for with from since but as");
}
