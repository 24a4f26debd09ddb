using System.Collections.Generic;
using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Entities;

/// <summary>Countries and regions that end a body's name after "of" ("the Safety Board of Velmoria").</summary>
internal sealed partial class DocumentEntityReader
{
    // "the Transport Safety Board of Velmoria", "the Green Party of Ostland": a body named as the one "of" a country or
    // a region is that place's, and the place is named too (a university "of" a place is named after its town or state,
    // a seat rather than what it serves, and gives no place; nor does a bank "of" a country, "the Central Bank of
    // Velmoria", "the Bank of Ostland": news annotators leave the country out when only the bank names it, 3 of 3
    // articles from 3 publishers). The body rules take the whole run, so the place is read once every chunk is
    // classified. A country named outside the body is read as a place by the ordinary rules.
    private void AddPlacesEndingBodyNames()
    {
        foreach (var (_, chunks) in sentences)
        {
            foreach (var chunk in chunks)
            {
                // (Not AddPlace: an acronym in brackets after the run is the body's, "the Council of Velmoria (CVB)".)
                if (PlaceEndingBodyName(chunk, out var placeChunk) is { } place)
                {
                    var record = Add(EntityKind.Place, AsWritten(place, placeChunk), placeChunk);
                    record.PlaceKind = place.Kind;
                    // ("the Court of Tarsk Municipality": the gazetteer's Tarsk, written with its head as an alias.)
                    if (!SameKey(place.Name, placeChunk.Text))
                    {
                        registry.AddAlias(record, placeChunk.Text);
                    }
                }
            }
        }
    }

    // The place named after the body's last "of", and the chunk of its words.
    private Gazetteer.GazetteerPlace? PlaceEndingBodyName(NameChunk chunk, out NameChunk placeChunk)
    {
        placeChunk = chunk;
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

        if (of < 0 || SchoolHeads.Contains(tokens[of - 1].Text) || tokens[of - 1].Text == "Bank" || registry.Find(chunk.Text, EntityKind.Organization) is null)
        {
            return null;
        }

        var first = tokens[of + 1].Is("the") ? of + 2 : of + 1;
        if (first > chunk.Last)
        {
            return null;
        }

        placeChunk = SubChunk(chunk, first, chunk.Last);
        if (gazetteer.TryFind(placeChunk.Text, out var place))
        {
            return place.Kind is PlaceKind.Country or PlaceKind.Region ? place : null;
        }

        // "the People's Court of Tarsk Municipality", "the Health Bureau of Orra Province": a province or a municipality
        // is a region under its head, the same area as the gazetteer's bare name (not a county, which the gazetteer's
        // town of that name is not).
        return first < chunk.Last && ProvinceHeads.Contains(tokens[chunk.Last].Text) && NamesArea(placeChunk)
            && gazetteer.TryFind(SubChunk(chunk, first, chunk.Last - 1).Text, out var bare) ? bare : null;
    }

    /// <summary>Heads of an area that is the whole of the place the bare name gives ("Tarsk Municipality" is Tarsk).</summary>
    private static readonly HashSet<string> ProvinceHeads = Lexicon.Set("Province Oblast Governorate Prefecture Municipality");
}
