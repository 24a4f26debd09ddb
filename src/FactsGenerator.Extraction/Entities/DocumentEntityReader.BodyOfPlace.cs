using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Entities;

/// <summary>Countries and regions that end a body's name after "of" ("the Safety Board of Velmoria").</summary>
internal sealed partial class DocumentEntityReader
{
    // "the Transport Safety Board of Velmoria", "the Green Party of Ostland": a body named as the one "of" a country or
    // a region is that place's, and the place is named too (a university "of" a place is named after its town or state,
    // a seat rather than what it serves, and gives no place). The body rules take the whole run, so the place is read
    // once every chunk is classified.
    private void AddPlacesEndingBodyNames()
    {
        foreach (var (_, chunks) in sentences)
        {
            foreach (var chunk in chunks)
            {
                // (Not AddPlace: an acronym in brackets after the run is the body's, "the Council of Velmoria (CVB)".)
                if (PlaceEndingBodyName(chunk, out var first) is { } place)
                {
                    var placeChunk = SubChunk(chunk, first, chunk.Last);
                    var record = Add(EntityKind.Place, AsWritten(place, placeChunk), placeChunk);
                    record.PlaceKind = place.Kind;
                }
            }
        }
    }

    private Gazetteer.GazetteerPlace? PlaceEndingBodyName(NameChunk chunk, out int first)
    {
        first = -1;
        var tokens = chunk.Tokens;
        var of = -1;
        for (var i = chunk.Last - 1; i > chunk.First; i--)
        {
            if (tokens[i].Is("of"))
            {
                of = i;
                break;
            }
        }

        if (of < 0 || SchoolHeads.Contains(tokens[of - 1].Text) || registry.Find(chunk.Text, EntityKind.Organization) is null)
        {
            return null;
        }

        first = tokens[of + 1].Is("the") ? of + 2 : of + 1;
        if (first > chunk.Last || !gazetteer.TryFind(SubChunk(chunk, first, chunk.Last).Text, out var place)
            || place.Kind is not (PlaceKind.Country or PlaceKind.Region))
        {
            return null;
        }

        return place;
    }
}
