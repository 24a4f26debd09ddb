using System.Collections.Generic;

namespace FactsGenerator.Extraction.Entities;

/// <summary>"told Japanese TV NHK", "aired on state TV CCTV": "TV" before a broadcaster's acronym says what kind of
/// outlet it is, as "broadcaster" would; the acronym alone is the outlet's name.</summary>
internal sealed partial class DocumentEntityReader
{
    // The run ends in "TV" and an acronym, with at most a demonym before "TV" ("Japanese TV NHK"; a lower-case word
    // such as "state" or "japanese" stands outside the run). A name word before "TV" ("Velm TV ORB") may be the channel's
    // own name and is left alone, and so is a word after "TV" that is no acronym ("TV Globo" is the channel's name).
    private bool TrySplitTelevisionKind(NameChunk chunk, List<NameChunk> chunks)
    {
        var tokens = chunk.Tokens;
        var tv = chunk.Last - 1;
        if (tv < chunk.First || !tokens[tv].Is("TV") || !tokens[tv].IsCapitalized || !NameForms.IsAcronym(tokens[chunk.Last])
            || !(tv == chunk.First || (tv - 1 == chunk.First && NameForms.CountryOfDemonym(tokens[chunk.First].Text) is not null)))
        {
            return false;
        }

        AddOrganization(SubChunk(chunk, chunk.Last, chunk.Last));
        return true;
    }
}
