using System.Collections.Generic;
using FactsGenerator.Extraction.Gazetteer;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>Places that open the description of a local body ("the Tarsk city council").</summary>
internal sealed partial class DocumentEntityReader
{
    /// <summary>Capitalised heads of an administrative area, which make a name a place without the gazetteer ("District"
    /// is left out: it opens offices, "District Judge", "District Attorney").</summary>
    private static readonly HashSet<string> AreaHeads = Lexicon.Set("County Province Oblast Governorate Prefecture Municipality Parish Borough Township");

    /// <summary>How many lower-case words a body described after a place may have ("city court", "county criminal
    /// court"); a longer run is a clause, not a body's description.</summary>
    private const int MaxBodyWords = 3;

    // "the Tarsk city court ruled", "the Orra County criminal court": a body described in lower case after a place is
    // that place's court or council, and the place is named in its own right (unlike the place in a body's proper name,
    // "the Tarsk Times"). The body rules take the whole run, so the place is read once every chunk is classified.
    private void AddPlacesOpeningLocalBodies()
    {
        foreach (var (_, chunks) in sentences)
        {
            foreach (var chunk in chunks)
            {
                if (!OpensLocalBody(chunk, out var place))
                {
                    continue;
                }

                if (place is not null)
                {
                    AddPlace(place, chunk);
                }
                else
                {
                    Add(EntityKind.Place, chunk.Text, chunk);
                }
            }
        }
    }

    // An unclassified name that opens a local body: its gazetteer place, or null for an area the gazetteer lacks.
    private bool OpensLocalBody(NameChunk chunk, out GazetteerPlace? place)
    {
        place = null;
        var tokens = chunk.Tokens;
        // The lower-case word after the name is tested before the lookups: this runs for every name of the document.
        var next = chunk.Last + 1;
        if (next >= tokens.Count || !NameForms.IsLowerWord(tokens[next]) || registry.Find(chunk.Text) is not null
            || NameForms.CountryOfDemonym(chunk.Text) is not null)
        {
            return false;
        }

        place = gazetteer.TryFind(chunk.Text, out var known) ? known : null;
        if (place is null && !NamesArea(chunk))
        {
            return false;
        }

        for (var k = chunk.Last + 1; k < tokens.Count && k - chunk.Last <= MaxBodyWords && NameForms.IsLowerWord(tokens[k]); k++)
        {
            var body = AnalyzedText.CollapseWhitespace(text.Original, chunk.Start, tokens[k].End);
            if (registry.Find(body, EntityKind.Organization) is not null)
            {
                return true;
            }
        }

        return false;
    }

    // "Orra County" (an area), not "Republican County": an area's head after capitalised name words.
    private static bool NamesArea(NameChunk chunk) =>
        chunk.SpacedWordCount > 1 && AreaHeads.Contains(chunk.Tokens[chunk.Last].Text) && CanNameArea(chunk);

    // Every word before the head is a capitalised name word (not "Republican County", a party's).
    private static bool CanNameArea(NameChunk chunk)
    {
        for (var i = chunk.First; i < chunk.Last; i++)
        {
            var word = chunk.Tokens[i].Text;
            if (!NameChunker.IsNameWord(chunk.Tokens[i]) || Lexicon.NonNameWords.Contains(word) || Lexicon.CapitalisedFunctionWords.Contains(word)
                || Lexicon.PartyAdjectives.Contains(word)
                || NameForms.CountryOfDemonym(word) is not null)
            {
                return false;
            }
        }

        return true;
    }
}
