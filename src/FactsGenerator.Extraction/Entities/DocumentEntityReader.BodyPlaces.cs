using System.Collections.Generic;
using FactsGenerator.Extraction.Gazetteer;
using FactsGenerator.Extraction.Model;
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
                    AddPlaceOfCouncil(chunk);
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
        // ("the Orra cartel": a place inside an armed group's name is no place of the story; see NamesBodyWithNoun.)
        if (next >= tokens.Count || !NameForms.IsLowerWord(tokens[next]) || ArmedGroupNouns.Contains(tokens[next].Text) || registry.Find(chunk.Text) is not null
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

    /// <summary>Words of a level of local government written between a place and its council ("Orra City Council").</summary>
    private static readonly HashSet<string> CouncilLevels = Lexicon.Set("City Town County Borough Municipal");

    /// <summary>Heads of the elected bodies of a town or a county ("Orra County Commission", "Orra County Board of
    /// Supervisors").</summary>
    private static readonly HashSet<string> CouncilHeads = Lexicon.Set("Council Commission Board");

    // "the Tarsk City Council approved", "Orra County Council Chair Ana Ruiz": a council the document reads as a body,
    // named by its town or county and its level, serves that place, which is named in its own right (as before a
    // lower-case "city council"); a county keeps its head ("Orra County"). The place must open the run, so a longer
    // proper name ("Velm Harbour Tarsk City Council") gives none.
    private void AddPlaceOfCouncil(NameChunk chunk)
    {
        var tokens = chunk.Tokens;
        for (var head = chunk.First + 2; head <= chunk.Last; head++)
        {
            if (!CouncilHeads.Contains(tokens[head].Text) || !CouncilLevels.Contains(tokens[head - 1].Text))
            {
                continue;
            }

            // A board is named by what it is of ("Orra County Board of Commissioners"): the whole run is the body then.
            var council = SubChunk(chunk, chunk.First, head);
            var isBoardOf = head < chunk.Last && tokens[head + 1].Is("of");
            if (registry.Find(isBoardOf ? chunk.Text : council.Text, EntityKind.Organization) is null || !CanNameArea(SubChunk(chunk, chunk.First, head - 1)))
            {
                return;
            }

            var isCounty = tokens[head - 1].Text == "County";
            var area = SubChunk(chunk, chunk.First, head - 1);
            var bare = SubChunk(chunk, chunk.First, head - 2);
            if ((isCounty && registry.Find(area.Text) is { Kind: not EntityKind.Place }) || registry.Find(bare.Text) is { Kind: not EntityKind.Place })
            {
                return;
            }

            // "Tarsk City Council": the gazetteer's "Tarsk City" if it has one, else its "Tarsk", else the bare name; a
            // county is named with its head (a town "Orra" is not "Orra County") unless the gazetteer knows the bare
            // name as a region ("Velmshire County Council" is Velmshire's).
            var town = gazetteer.TryFind(area.Text, out _) ? area
                : isCounty && !(gazetteer.TryFind(bare.Text, out var region) && region.Kind == PlaceKind.Region) ? area : bare;
            if (gazetteer.TryFind(town.Text, out var known))
            {
                AddPlace(known, town);
            }
            else
            {
                Add(EntityKind.Place, town.Text, town);
            }

            return;
        }
    }

    // "the City of Tarsk" beside "Tarsk" (read from "the Tarsk City Council" or on its own): the town's formal name is
    // an alias of the town, not a second place. One look-up per place record. A "City of" the gazetteer lists on its own
    // ("City of Westminster") is a place apart, and so is the City of London, the old square mile inside London.
    private void MergeFormalTownNames()
    {
        foreach (var record in registry.Records)
        {
            if (record.Kind != EntityKind.Place || record.MergedInto is not null)
            {
                continue;
            }

            var name = record.Name;
            var bare = name.StartsWith("City of ", System.StringComparison.Ordinal) ? name.Substring("City of ".Length)
                : name.StartsWith("Town of ", System.StringComparison.Ordinal) ? name.Substring("Town of ".Length) : null;
            if (bare is not null && bare != "London" && !gazetteer.TryFind(name, out _)
                && registry.Find(bare, EntityKind.Place) is { MergedInto: null } town && !ReferenceEquals(town, record))
            {
                record.MergeInto(town);
            }
        }
    }

    // "Orra County" (an area), not "Republican County": an area's head after capitalised name words.
    private static bool NamesArea(NameChunk chunk) =>
        chunk.SpacedWordCount > 1 && AreaHeads.Contains(chunk.Tokens[chunk.Last].Text) && CanNameArea(chunk);

    // Every word before the head is a capitalised name word (not "Republican County", a party's); a hyphen glued
    // between two of them joins one name ("Miami-Dade County", "Wilkes-Barre Township").
    private static bool CanNameArea(NameChunk chunk)
    {
        for (var i = chunk.First; i < chunk.Last; i++)
        {
            var word = chunk.Tokens[i].Text;
            if (IsGluedHyphenInName(chunk, i))
            {
                // ("Anti-Orra County Sheriff", "Pro-Velm Mayor": a prefix of stance glued before a name makes a side, not a town.)
                if (HyphenPrefixes.Contains(chunk.Tokens[i - 1].Text))
                {
                    return false;
                }

                continue;
            }

            if (!NameChunker.IsNameWord(chunk.Tokens[i]) || Lexicon.NonNameWords.Contains(word) || Lexicon.CapitalisedFunctionWords.Contains(word)
                || Lexicon.PartyAdjectives.Contains(word)
                || NameForms.CountryOfDemonym(word) is not null)
            {
                return false;
            }
        }

        return true;
    }

    // Word-forming prefixes written with a capital before a hyphen and a name ("Anti-", "Pro-", "Ex-").
    private static readonly HashSet<string> HyphenPrefixes = new(System.StringComparer.Ordinal) { "Anti", "Pro", "Ex", "Non", "Post", "Pre", "Neo", "Pan" };

    // A hyphen with no space on either side, between two capitalised words before the area's head.
    private static bool IsGluedHyphenInName(NameChunk chunk, int i)
    {
        var tokens = chunk.Tokens;
        return i > chunk.First && i + 1 < chunk.Last && tokens[i].IsSymbol('-') && !tokens[i].SpaceBefore && !tokens[i + 1].SpaceBefore
            && NameChunker.IsNameWord(tokens[i - 1]) && NameChunker.IsNameWord(tokens[i + 1]);
    }
}
