using System.Collections.Generic;
using FactsGenerator.Extraction.Gazetteer;
using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Entities;

/// <summary>
/// "in BVT Tarskby, pass rates rose": the acronym of a body the document has named, written before a town the
/// gazetteer knows, is that body's office in the town: the acronym stays the body's short name and the town is a place.
/// (Before a country or a region, "KFT Ireland" is one body serving it: see <see cref="IsBodyServingCountry"/>.)
/// </summary>
internal sealed partial class DocumentEntityReader
{
    private bool TrySplitBodyAcronymBeforeTown(NameChunk chunk, List<NameChunk> chunks)
    {
        var tokens = chunk.Tokens;
        if (chunk.SpacedWordCount != 2 || !tokens[chunk.First + 1].SpaceBefore || !NameForms.IsAcronym(tokens[chunk.First])
            || tokens[chunk.First].Text.Length < 3 || !evidence.TryGetStrong(tokens[chunk.First].Text, out var kind) || kind != EntityKind.Organization)
        {
            return false;
        }

        var town = SubChunk(chunk, chunk.First + 1, chunk.Last);
        if (!(gazetteer.TryFind(town.Text, out var place) ? place.Kind == PlaceKind.City : IsTownStandingAlone(town, out place)))
        {
            return false;
        }

        ClassifySpan(SubChunk(chunk, chunk.First, chunk.First), chunks);
        AddPlace(place, town);
        return true;
    }
}
