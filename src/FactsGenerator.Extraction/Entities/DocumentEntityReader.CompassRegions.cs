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

    // Only the single word after "the": in "Northwest Airlines" or "the Southwest Conference" it opens a longer name.
    private bool TryCompassRegion(NameChunk chunk)
    {
        var tokens = chunk.Tokens;
        if (chunk.First != chunk.Last || chunk.First == 0 || !CompassRegions.Contains(tokens[chunk.First].Text) || !tokens[chunk.First - 1].Is("the")
            || (chunk.Last + 1 < tokens.Count && tokens[chunk.Last + 1].Text is "'s" or "'S"))
        {
            return false;
        }

        Add(EntityKind.Place, chunk.Text, chunk);
        return true;
    }
}
