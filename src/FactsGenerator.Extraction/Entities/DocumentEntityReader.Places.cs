using System.Collections.Generic;
using FactsGenerator.Extraction.Gazetteer;
using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>Place evidence: gazetteer spans, place heads, compass directions and regions of the world.</summary>
internal sealed partial class DocumentEntityReader
{
    // "Lakeside Chief Executive Ana Ruiz": a known place before an office that the title rules do not split is the
    // place the office belongs to; the office and the name are read on their own.
    private bool TrySplitPlaceBeforeOffice(NameChunk chunk, List<NameChunk> chunks)
    {
        var tokens = chunk.Tokens;
        const int MinRestWords = 3;

        // What does not depend on where the place ends is tested before the place is looked up at every length:
        // a place and at least three words after it, the second-last a given name.
        if (chunk.Last - chunk.First < MinRestWords || !GivenNames.Contains(tokens[chunk.Last - 1].Text))
        {
            return false;
        }

        var placeEnd = LongestPlace(tokens, chunk.First, chunk.Last, out var place);
        if (placeEnd < 0 || place is null || chunk.Last - placeEnd < MinRestWords || !Lexicon.TitleWords.Contains(tokens[placeEnd + 1].Text)
            || !tokens[placeEnd + 1].SpaceBefore || Lexicon.PlaceHeads.Contains(tokens[placeEnd + 1].Text)
            || !IsPersonNameSpan(tokens, chunk.Last - 1, chunk.Last))
        {
            return false;
        }

        AddPlace(place, SubChunk(chunk, chunk.First, placeEnd));
        ClassifyWithAffiliation(SubChunk(chunk, placeEnd + 1, chunk.Last), chunks, place.Name);
        return true;
    }

    // Reads the rest of a split name on its own; the people it names belong to the place or country cut off before it.
    private void ClassifyWithAffiliation(NameChunk rest, List<NameChunk> chunks, string affiliation)
    {
        var before = registry.Records.Count;
        ClassifyChunk(rest, chunks);
        for (var k = before; k < registry.Records.Count; k++)
        {
            if (registry.Records[k].Kind == EntityKind.Person)
            {
                registry.Records[k].Affiliation ??= affiliation;
            }
        }
    }

    // "Senator from Velmoria Ana Ruiz", "the representative for Ostland Jo Kim": after an office and "from", "for" or
    // "of", a place written straight before a full name is where the office-holder sits for, not part of the name.
    private bool TrySplitSeatBeforePerson(NameChunk chunk, List<NameChunk> chunks)
    {
        var tokens = chunk.Tokens;
        var of = chunk.First - 1;
        if (of < 1 || !(tokens[of].Is("from") || tokens[of].Is("for") || tokens[of].Is("of")) || !Lexicon.RoleHeads.Contains(tokens[of - 1].Text))
        {
            return false;
        }

        var placeEnd = LongestPlace(tokens, chunk.First, chunk.Last, out var place);
        const int MinNameWords = 2;
        if (placeEnd < 0 || place is null || chunk.Last - placeEnd < MinNameWords || !GivenNames.Contains(tokens[placeEnd + 1].Text)
            || !IsPersonNameSpan(tokens, placeEnd + 1, chunk.Last))
        {
            return false;
        }

        AddPlace(place, SubChunk(chunk, chunk.First, placeEnd));
        var nameChunk = SubChunk(chunk, placeEnd + 1, chunk.Last);
        ClassifyChunk(nameChunk, chunks);

        // The office before "from" is the holder's role, the place the seat it is held for.
        if (registry.Find(nameChunk.Text, EntityKind.Person) is { } person)
        {
            person.Role ??= (IsFormerOffice(tokens, of - 1) ? "former " : string.Empty) + tokens[of - 1].Text.ToLowerInvariant();
            person.Affiliation ??= place.Name;
        }

        return true;
    }

    // "former Senator from ...", "Former U.S. Senator from ...": "former" among the few words before the office.
    private static bool IsFormerOffice(IReadOnlyList<Token> tokens, int office)
    {
        const int MaxWordsBefore = 3;
        for (var k = office - 1; k >= 0 && office - k <= MaxWordsBefore; k--)
        {
            if (tokens[k].Is("former") || tokens[k].Is("Former"))
            {
                return true;
            }
        }

        return false;
    }

    // "east Asia", "southern Africa": a lower-case compass word before a continent names a region of it; "the Arab
    // world", "the Muslim world": a people or a faith and "world" name the lands where it lives.
    private bool TryRegionOfTheWorld(NameChunk chunk)
    {
        var tokens = chunk.Tokens;
        var name = chunk.Text;
        if (chunk.First >= 1 && tokens[chunk.First - 1] is { } compass && NameForms.IsLowerWord(compass)
            && name is "Asia" or "Africa" or "Europe" or "America" && IsCompassAdjective(Capitalised(compass.Text)))
        {
            var region = Add(EntityKind.Place, Capitalised(compass.Text) + " " + name, SubChunkFrom(chunk, chunk.First - 1));
            region.PlaceKind = PlaceKind.Region;
            return true;
        }

        if (chunk.Last + 1 < tokens.Count && tokens[chunk.Last + 1].Is("world") && NameForms.IsLowerWord(tokens[chunk.Last + 1])
            && (name is "Arab" or "Muslim" or "Islamic" or "Western" or "Christian"))
        {
            var world = Add(EntityKind.Place, name + " world", new NameChunk(chunk.Sentence, chunk.First, chunk.Last + 1, name + " world", chunk.InsideQuote));
            world.PlaceKind = PlaceKind.Region;
            return true;
        }

        return false;
    }

    /// <summary>Plural words for upland and lowland country that end a region's name ("the Southern Highlands").</summary>
    private static readonly HashSet<string> LandformPlurals = Lexicon.Set("Highlands Lowlands Tablelands Uplands Midlands Hills Plains");

    // "the Velmar Southern Highlands", "Ostland's Western Plains": a known place written straight before a compass
    // adjective and a landform names the state and its region, two places.
    private bool TrySplitPlaceBeforeRegion(NameChunk chunk)
    {
        var tokens = chunk.Tokens;
        if (chunk.Last - chunk.First < 2 || !LandformPlurals.Contains(tokens[chunk.Last].Text) || !IsCompassAdjective(tokens[chunk.Last - 1].Text))
        {
            return false;
        }

        var placeEnd = LongestPlace(tokens, chunk.First, chunk.Last - 2, out var place);
        if (placeEnd != chunk.Last - 2 || place is null)
        {
            return false;
        }

        AddPlace(place, SubChunk(chunk, chunk.First, placeEnd));
        var region = SubChunk(chunk, chunk.Last - 1, chunk.Last);
        Add(EntityKind.Place, region.Text, region).PlaceKind = PlaceKind.Region;
        return true;
    }

    // "Harlow Street Upper", "Velm Road North": a compass or rank word after a street's head names a part of the street.
    private static bool IsStreetPart(NameChunk chunk) =>
        chunk.Last - 1 > chunk.First && Lexicon.StreetWords.Contains(chunk.Tokens[chunk.Last - 1].Text);

    private static string Capitalised(string word) => char.ToUpperInvariant(word[0]) + word.Substring(1);

    private int LongestPlace(IReadOnlyList<Token> tokens, int start, int last, out GazetteerPlace? place)
    {
        place = null;
        if (start <= last && tokens[start].Is("the"))
        {
            start++;
        }

        if (start > last || !tokens[start].IsWord)
        {
            return -1;
        }

        var found = -1;
        var words = 0;
        for (var end = start; end <= last && words <= gazetteer.MaxNameWords; end++)
        {
            if (tokens[end].IsWord)
            {
                words++;
            }

            // The span's text is built only where a name can end (on a word): it is looked up at every token.
            if (tokens[end].IsWord && gazetteer.TryFind(AnalyzedText.CollapseWhitespace(text.Original, tokens[start].Start, tokens[end].End), out var match))
            {
                found = end;
                place = match;
            }
        }

        return found;
    }

    // "Northern District of Ohio", "Bay of Velmoria", "Tower of Ostravel": a place head before "of" names the whole
    // span, so the place after "of" is only part of its name.
    private static bool HasPlaceHeadBeforeOf(NameChunk chunk)
    {
        var tokens = chunk.Tokens;
        for (var i = chunk.First + 1; i < chunk.Last; i++)
        {
            if (!tokens[i].Is("of"))
            {
                if (!NameChunker.IsNameWord(tokens[i]))
                {
                    return false;
                }

                continue;
            }

            // "Hall of Fame": a name that ends in an organisation's head is that body.
            var head = tokens[i - 1].Text;
            return Lexicon.PlaceHeads.Contains(head) && !Lexicon.OrganizationHeads.Contains(tokens[chunk.Last].Text) && !Lexicon.OrganizationHeads.Contains(head) && !NameChunker.IsCompassOrRank(head)
                && !Lexicon.TitleWords.Contains(tokens[chunk.First].Text) && NameChunker.IsNameWord(tokens[i + 1]);
        }

        return false;
    }

    // "Pact on the Rights of the Sea", "March for the Republic": a bare place head after "of the" or "for the" is a
    // common noun made part of a title, so the name is about what comes before "of" ("Bay of Velm" starts with a
    // place head; "Gate of Harrow Cemetery" names its site in full).
    private static bool EndsWithBareHeadAfterOf(NameChunk chunk)
    {
        var tokens = chunk.Tokens;
        var article = chunk.Last - 1;
        var of = article - 1;
        return of - 1 >= chunk.First && tokens[article].Is("the") && (tokens[of].Is("of") || tokens[of].Is("for"))
            && !Lexicon.PlaceHeads.Contains(tokens[of - 1].Text);
    }

    // "Northern Velmoria", "South Ostravel": a capitalised compass word before a known place names a part of it, a
    // place of its own (the whole place is not what the text names); "Greater Ostravel" names the city with its
    // suburbs, a place of its own too.
    private bool TryDirectionOfPlace(NameChunk chunk)
    {
        var tokens = chunk.Tokens;
        // "South-east Ostravel": the compass word may be two glued by a hyphen.
        var compassEnd = NameChunker.IsHyphenedCompassAt(tokens, chunk.First + 1) ? chunk.First + 2 : chunk.First;
        if (compassEnd >= chunk.Last || !(IsCompassAdjective(tokens[chunk.First].Text) || tokens[chunk.First].Is("Greater")) || !tokens[compassEnd + 1].SpaceBefore)
        {
            return false;
        }

        var rest = SubChunk(chunk, compassEnd + 1, chunk.Last);
        // "North Velmoria" (a country) is rarely a name of its own, unlike "Northern Velmoria" or "South Ostravel".
        // "East Tarskby": a small town of the gazetteer after a compass word names the twin town across from it; the
        // compass word makes the run no one's name and no college's or poll's.
        if (!(gazetteer.TryFind(rest.Text, out var whole) || (rest.First == rest.Last && gazetteer.TryFindTown(rest.Text, out whole)))
            || NameForms.CountryOfDemonym(rest.Text) is not null
            || (whole.Kind == PlaceKind.Country && !tokens[chunk.First].Text.EndsWith("ern", System.StringComparison.Ordinal)))
        {
            return false;
        }

        var record = Add(EntityKind.Place, chunk.Text, chunk);
        if (record.PlaceKind == PlaceKind.Unknown)
        {
            record.PlaceKind = whole.Kind == PlaceKind.City ? PlaceKind.City : PlaceKind.Region;
        }

        return true;
    }

    private static bool IsCompassAdjective(string word) =>
        word is "Northern" or "Southern" or "Eastern" or "Western" or "North" or "South" or "East" or "West" or "Central"
            or "Northeastern" or "Northwestern" or "Southeastern" or "Southwestern";

    // "a US rock band", "storm UK airbase": a country's code before a common noun describes the thing like a
    // demonym ("an American band") and names no place (but "the US has", "Dubai, UAE", "US President" do, and
    // in "US announces" or "UK troops" the word may be a verb).
    private bool IsCountryCodeModifier(NameChunk chunk)
    {
        var tokens = chunk.Tokens;
        if (chunk.First != chunk.Last || !NameForms.IsAllCaps(tokens[chunk.First].Text) || chunk.Last + 1 >= tokens.Count)
        {
            return false;
        }

        var next = tokens[chunk.Last + 1];
        var afterCommaOrArticle = chunk.First > 0 && (tokens[chunk.First - 1].IsSymbol(',') || tokens[chunk.First - 1].Text is "the" or "The");
        return !afterCommaOrArticle
            && next.SpaceBefore && NameForms.IsLowerWord(next) && !Lexicon.CapitalisedFunctionWords.Contains(next.Text)
            && !(next.Text.EndsWith("s", System.StringComparison.Ordinal) && !next.Text.EndsWith("ss", System.StringComparison.Ordinal))
            && gazetteer.TryFind(chunk.Text, out var place) && place.Kind == PlaceKind.Country;
    }

    // "crashed between Ostrava and Kelm", "residents of Tarsk said": a small town of the gazetteer, read where its
    // one-word name stands as a place would, inside a clause and before no noun it could qualify (the town names
    // of "a Tarsk poll", "Tarsk-style", "the Tarsk School" or a list line's first word are more often a college, a poll
    // or a character's). After "the Tarsk School of Law" the word alone is that school's short name (but after "the
    // Tarsk Sheriff's Office" it is still the town).
    private bool IsTownStandingAlone(NameChunk chunk, out GazetteerPlace town)
    {
        town = null!;
        var tokens = chunk.Tokens;
        if (chunk.First != chunk.Last || NameChunker.IsClauseStart(tokens, chunk.First) || NameForms.IsAllCaps(chunk.Text)
            || !gazetteer.TryFindTown(chunk.Text, out town) || OpensKnownSchool(chunk.Text))
        {
            return false;
        }

        // "a Phoenix rising from the ashes", "The Phoenix, she said, ...": a town's one-word name takes no article, so the
        // word after "a", "an" or "the" is a thing, a bird or a ship its name also spells (the cities named like words
        // make this common).
        if (chunk.First > 0 && (tokens[chunk.First - 1].Is("a") || tokens[chunk.First - 1].Is("an") || tokens[chunk.First - 1].Is("the")))
        {
            return false;
        }

        if (chunk.Last + 1 >= tokens.Count)
        {
            return true;
        }

        // "the Tarsk School of Law": a capitalised word after the town (split off by the body rules) continues a longer name.
        var next = tokens[chunk.Last + 1];
        return !(next.IsSymbol('-') && !next.SpaceBefore) && !ContextEvidence.ModifiesNoun(next) && !NameChunker.IsNameWord(next);
    }

    // "in General Santos", "near Sultan Kudarat": a town or province named after a titled person is a place where a
    // preposition of where stands before it and the whole name is in the gazetteer (alone, "General Santos said" is
    // still a general, and "in General Santos's view" a person's).
    // A country whose listed name opens with a title's word ("Dr Congo", as "DR Congo" is also written) is that
    // country wherever it stands: no one is named so.
    private bool TryTitledPlace(NameChunk chunk)
    {
        var tokens = chunk.Tokens;
        if (chunk.First == chunk.Last || !Lexicon.TitleWords.Contains(tokens[chunk.First].Text) || !gazetteer.TryFind(chunk.Text, out var place))
        {
            return false;
        }

        if (place.Kind != PlaceKind.Country
            && (chunk.First == 0 || !(NameForms.IsLowerWord(tokens[chunk.First - 1]) && Lexicon.PlacePrepositions.Contains(tokens[chunk.First - 1].Text))
                || (chunk.Last + 1 < tokens.Count && RoleParser.IsPossessiveS(tokens[chunk.Last + 1]))))
        {
            return false;
        }

        AddPlace(place, chunk);
        return true;
    }

    /// <summary>
    /// Words before a storm's given name ("Hurricane Tarsk", "Tropical Storm Velm", "the typhoon Orra"); "storm" and
    /// "depression" count only capitalised, as part of the storm's title ("after the storm Velm residents ...").
    /// </summary>
    private static readonly HashSet<string> StormWords = new(System.StringComparer.Ordinal)
    {
        "Hurricane", "Typhoon", "Cyclone", "Storm", "Depression", "hurricane", "typhoon", "cyclone",
    };

    // Storms take given names, and many given names are towns too: the name after the storm's word is the storm's,
    // which is no place, person or body.
    private static bool NamesAStorm(IReadOnlyList<Token> tokens, int first) =>
        first >= 1 && StormWords.Contains(tokens[first - 1].Text);

    private static readonly HashSet<string> SchoolHeads = Lexicon.Set("School College University Institute Academy");

    // The one known body named "<word> School ...", "<word> College ...": a school is called by its first word alone.
    private bool OpensKnownSchool(string word)
    {
        var body = KnownNameOpenedBy(word, EntityKind.Organization) ?? KnownNameOpenedBy(word, EntityKind.Place);
        if (body is null)
        {
            return false;
        }

        var rest = body.Name.Substring(word.Length + 1);
        var space = rest.IndexOf(' ');
        return SchoolHeads.Contains(space < 0 ? rest : rest.Substring(0, space));
    }

    /// <summary>Capitalised kinds of place written before the name ("Mount Kowal", "Lake Tarsk", "Fort Velm", "Camp Orra").</summary>
    private static readonly HashSet<string> LeadingPlaceKinds = Lexicon.Set("Mount Mt Lake Fort Cape Isle Camp Hotel");

    // "Mount Kowal", "Lake Tarsk", "Cape Orra", "the Hotel Velmora": a kind of place before the name names the place, unless a body's head
    // ends the run ("Mount Kowal University", "Lake Tarsk Council") or ends its part before "of" ("the Hotel Association of
    // Velmoria": the hotels' body, no hotel), an event's or a treaty's word ends it ("Camp Orra Accords", "Lake Tarsk Games")
    // or the run names a people.
    private static bool OpensWithPlaceKind(NameChunk chunk)
    {
        const int MaxWords = 4;
        var tokens = chunk.Tokens;
        return chunk.SpacedWordCount is > 1 and <= MaxWords && LeadingPlaceKinds.Contains(tokens[chunk.First].Text)
            && NameChunker.IsNameWord(tokens[chunk.First + 1]) && tokens[chunk.First + 1].SpaceBefore
            && !Lexicon.OrganizationHeads.Contains(tokens[chunk.Last].Text) && !HasBodyHeadBeforeOf(chunk)
            && !Lexicon.EventWords.Contains(tokens[chunk.Last].Text)
            && !NamesAPeople(chunk);
    }

    // The word before the run's first "of" is the head of what the run names ("Hotel Association of X": an association).
    private static bool HasBodyHeadBeforeOf(NameChunk chunk)
    {
        for (var i = chunk.First + 2; i < chunk.Last; i++)
        {
            if (chunk.Tokens[i].Is("of"))
            {
                return Lexicon.OrganizationHeads.Contains(chunk.Tokens[i - 1].Text);
            }
        }

        return false;
    }

    private static readonly HashSet<string> PeopleNouns = Lexicon.Set("Community Communities Tribe Tribes Nation Nations Band People Peoples");

    // "the Fort Velm Indian Community": a demonym or a word for a people in the run names the people living there.
    private static bool NamesAPeople(NameChunk chunk)
    {
        for (var i = chunk.First + 1; i <= chunk.Last; i++)
        {
            var word = chunk.Tokens[i].Text;
            if (PeopleNouns.Contains(word) || NameForms.CountryOfDemonym(word) is not null)
            {
                return true;
            }
        }

        return false;
    }
}
