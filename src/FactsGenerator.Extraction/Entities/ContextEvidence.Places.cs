using System.Collections.Generic;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>Place evidence: administrative and natural features, capitals, regions and place prepositions.</summary>
internal sealed partial class ContextEvidence
{
    /// <summary>Last words of journal and field names, which follow "in" as often as places do ("in Environmental Science").</summary>
    private static readonly HashSet<string> NonPlaceEndings = Lexicon.Set(
        "Science Sciences Applications Research Studies Letters Review Reviews Journal Medicine Physics Chemistry " +
        "Biology Nature Communications Proceedings Today Magazine Online Edition Series Version");

    /// <summary>Capitalised pronouns and particles found inside titles of works, never inside place names.</summary>
    private static readonly HashSet<string> TitleParticles = new(System.StringComparer.Ordinal)
    {
        "On", "Up", "Out", "Off", "Down", "With", "To", "Into", "Your", "My", "His", "Her", "Our", "Their", "It", "You", "We", "I", "Me", "Us",
    };

    // "The Lakeside Courier states that ...", "Harlow Labs states the figure": "states" followed by a determiner, a
    // pronoun or "that" is the verb of saying, not the plural noun of "the Gulf states".
    private static bool IsVerbStates(IReadOnlyList<Token> tokens, int index) =>
        tokens[index].Is("states") && index + 1 < tokens.Count
        && tokens[index + 1].Text is "that" or "the" or "a" or "an" or "it" or "its" or "his" or "her" or "their" or "this" or "these" or "there";

    private void CollectPlaceHints(NameChunk chunk)
    {
        var (tokens, a, _, prev, prev2, next, next2) = Around(chunk);
        // ("Republican state senator": a party's word before "state" is the legislator's party, not a state; "the Central
        // European region": a name ending in a demonym describes the region and names none.)
        if (next is { } admin && NameForms.IsLowerWord(admin) && Lexicon.AdministrativeNouns.Contains(admin.Text) && !IsVerbStates(tokens, chunk.Last + 1)
            && !(chunk.First == chunk.Last && Lexicon.PartyAdjectives.Contains(chunk.Text)) && NameForms.CountryOfDemonym(tokens[chunk.Last].Text) is null
            && !IsAcronymBeforeBranchOffice(chunk, next2))
        {
            Hint(chunk.Text, EntityKind.Place);
            if (admin.Text.EndsWith("s", System.StringComparison.Ordinal))
            {
                HintListBefore(chunk);
            }

            // "floods in Tarsk district", "Orra constituency", "Velm village": the unit is named with its kind, and the
            // bare name stays an alias (a city or a region is named without it, and so is a US state: "New York state"
            // is New York, but "fighting in Velm state" keeps the kind; "the Tarsk district attorney" is an office).
            if (KeepsKindInName(chunk, admin.Text) && !(next2 is { } office && NameForms.IsLowerWord(office) && (Lexicon.RoleHeads.Contains(office.Text) || DistrictBodies.Contains(office.Text)))
                && NameForms.CountryOfDemonym(chunk.Text) is null)
            {
                NoteFeatureName(chunk, admin.Text);
            }
        }

        // "in the Tavrek area", "from the Orra area of the city": a name between "the" and a lower-case "area" after a
        // preposition of place names the area (not a body's: "the Labour area", "the NHS area").
        // ("troops patrolling the Tavrek area", "shells hit the Orra area": a verb's participle or past form before "the"
        // sets the area as where it acts, as a preposition does.)
        if (prev is { } article && article.Is("the") && prev2 is { } where && NameForms.IsLowerWord(where)
            && (Lexicon.PlacePrepositions.Contains(where.Text) || where.Text is "from" or "to" or "into" or "at" or "around" || IsVerbForm(where.Text))
            && next is { } area && area.Is("area") && NameForms.IsLowerWord(area)
            && NameForms.CountryOfDemonym(chunk.Text) is null && !Lexicon.PartyAdjectives.Contains(chunk.Text) && !IsKnownBodyOrBareAcronym(chunk.Text)
            && CanBePlaceName(chunk))
        {
            Hint(chunk.Text, EntityKind.Place);
        }

        // "in the Tavrek and Orra areas", "across the Velm, Tarsk and Orra areas": names listed between "the" after a
        // preposition of place and a lower-case "areas" are each an area.
        if (next is { } areas && areas.Is("areas") && NameForms.IsLowerWord(areas) && IsListOfAreas(chunk))
        {
            Hint(chunk.Text, EntityKind.Place);
            HintListBefore(chunk);
        }

        // "in the district's Tavrek area", "the city's Orra area": an area owned by a unit of the country is a part of it.
        if (prev is { } owner && owner.Text is "'s" && prev2 is { } ownerUnit && NameForms.IsLowerWord(ownerUnit) && Lexicon.AdministrativeNouns.Contains(ownerUnit.Text)
            && next is { } areaWord && areaWord.Is("area") && NameForms.IsLowerWord(areaWord)
            && NameForms.CountryOfDemonym(chunk.Text) is null && !IsKnownBodyOrBareAcronym(chunk.Text) && CanBePlaceName(chunk))
        {
            Hint(chunk.Text, EntityKind.Place);
        }

        // "the Orra tribal district", "the Velm autonomous region": an adjective of status between a name and a
        // singular administrative noun still names that unit's place (the bare name, as "the Orra region" does).
        if (next is { } status && NameForms.IsLowerWord(status) && StatusAdjectives.Contains(status.Text) && next2 is { } unit
            && NameForms.IsLowerWord(unit) && Lexicon.AdministrativeNouns.Contains(unit.Text) && !unit.Text.EndsWith("s", System.StringComparison.Ordinal)
            && NameForms.CountryOfDemonym(tokens[chunk.Last].Text) is null && !IsKnownBodyOrBareAcronym(chunk.Text) && CanBePlaceName(chunk))
        {
            Hint(chunk.Text, EntityKind.Place);
        }

        // "the town of X", "the outskirts of X", "the streets of X", "residents of X", "the mayor of X" (a mayor runs a
        // town, never a body: "the mayor of Brenholt said" would otherwise read the town as a speaking body), and "north
        // of X", "south-east of X": a lower-case compass direction measures from a place, with or without a distance.
        if (prev is { } of && of.Is("of") && prev2 is { } kindNoun && (NameForms.IsLowerWord(kindNoun) || NameChunker.IsClauseStart(tokens, a - 2))
            && (Lexicon.AdministrativeNouns.Contains(kindNoun.Text) || Lexicon.FeatureNouns.Contains(kindNoun.Text) || kindNoun.Is("capital")
                || kindNoun.Is("outskirts") || kindNoun.Is("streets") || kindNoun.Is("residents") || kindNoun.Is("inhabitants") || kindNoun.Is("heart")
                || kindNoun.Is("mayor") || kindNoun.Is("mayors") || (CompassDirections.Contains(kindNoun.Text) && NameForms.CountryOfDemonym(chunk.Text) is null))
            || (IsAfterGroundNoun(tokens, a, chunk.Last) && NameForms.CountryOfDemonym(chunk.Text) is null))
        {
            Hint(chunk.Text, EntityKind.Place);
        }

        if ((prev is { } capital && capital.Is("capital")) || (prev is { } comma && comma.IsSymbol(',') && prev2 is { } capital2 && capital2.Is("capital")))
        {
            Hint(chunk.Text, EntityKind.Place);
        }

        // ("the East Asian archipelago": a name ending in a demonym describes the feature, and names none.)
        if (next is { } feature && NameForms.IsLowerWord(feature) && Lexicon.FeatureNouns.Contains(feature.Text) && NameForms.CountryOfDemonym(tokens[chunk.Last].Text) is null
            && !IsBroadcasterOrOpener(chunk, feature))
        {
            NoteFeatureName(chunk, feature.Text);
            Hint(chunk.Text, EntityKind.Place);
        }

        NoteFullNameSurname(chunk);
        if (NamedSiteKind(chunk) is { } siteKind && !IsVenueOfNamedPerson(chunk, siteKind))
        {
            NoteFeatureName(chunk, siteKind);
            Hint(chunk.Text, EntityKind.Place);
        }

        // "Harlan Field airport", "the Tarnwick mine": a site named before its lower-case kind (the name alone is used,
        // but an airport or a stadium keeps its kind where CollectFacilityName finds its name is no other thing's).
        if (next is { } site && NameForms.IsLowerWord(site) && site.Text is "airport" or "airfield" or "airstrip" or "stadium" or "mine" or "racecourse"
            && NameForms.CountryOfDemonym(chunk.Text) is null)
        {
            Hint(chunk.Text, EntityKind.Place);
        }

        // "taken to Orra Point", "anchored off Velm Point": a headland or a landing named "... Point" after a preposition
        // of where is a site ("Point" alone ends no place's name: "Turning Point said" may be a body or a show).
        if (chunk.SpacedWordCount >= 2 && tokens[chunk.Last].Text == "Point" && prev is { } toward && NameForms.IsLowerWord(toward)
            && (Lexicon.PlacePrepositions.Contains(toward.Text) || toward.Text is "from" or "to" or "into" or "at" or "off" or "around")
            && !IsKnownBodyOrBareAcronym(chunk.Text) && CanBePlaceName(chunk))
        {
            Hint(chunk.Text, EntityKind.Place);
        }

        // "towns such as Arden and Belmont", "destinations, including Tarsk": names listed after a plural kind of place
        // ("displacement camps, including Orra and Velm": a camp is a site where people live).
        if (KindListedBefore(tokens, a) is { } kindOfPlace && (Lexicon.AdministrativeNouns.Contains(kindOfPlace) || Lexicon.FeatureNouns.Contains(kindOfPlace)
            || kindOfPlace is "destination" or "attraction" or "resort" or "country" or "city" or "territory" or "camp"))
        {
            HintListFrom(chunk, EntityKind.Place);
        }

        // "two residential areas, Arden and Belmont", "the suburbs Tarsk and Velm": a plural kind of place set before
        // a list of two or more names (a comma may stand between) gives the kind of every name of it. (The list is
        // tested first: the kind's singular is cut out of the word before every name.)
        if (IsListOpener(tokens, chunk.Last + 1) && PluralPlaceKindBefore(tokens, a))
        {
            HintListFrom(chunk, EntityKind.Place);
        }

        // (A hyphen glued after the run means the name goes on in lower case, cut short here: "Orra-de-la-Roche".)
        if (IsNamedAfterKindOfPlace(tokens, a) && !(next is { } glued && glued.IsSymbol('-') && !glued.SpaceBefore))
        {
            Hint(chunk.Text, EntityKind.Place);
        }

        if (IsFollowedByItsRegion(chunk) || IsArticleBeforeTownOfRegion(chunk) || IsTownSetOffBeforeItsRegion(chunk))
        {
            Hint(chunk.Text, EntityKind.Place);
        }

        if (IsPlacedByDistance(tokens, chunk.Last + 1))
        {
            Hint(chunk.Text, EntityKind.Place);
        }

        if (IsDescribedAsPlace(chunk))
        {
            weakPlaces.Add(NameForms.Key(chunk.Text));
        }

        if (next is { } hyphen && hyphen.IsSymbol('-') && !hyphen.SpaceBefore && next2 is { } based && based.Is("based") && !IsKnownBodyOrBareAcronym(chunk.Text))
        {
            Hint(chunk.Text, EntityKind.Place);
        }
    }

    // A state keeps its kind unless it is a country's ("the US state of ...") or a US state; a village or a constituency
    // unless the name is a region's or a country's ("the Velmar village": a village in Velmar).
    private static bool KeepsKindInName(NameChunk chunk, string kind)
    {
        if (kind is not ("district" or "constituency" or "village" or "state" or "province" or "region"))
        {
            return false;
        }

        if (kind == "district" || !Gazetteer.PlaceGazetteer.Instance.TryFind(chunk.Text, out var known))
        {
            return true;
        }

        // "Omvale province", "the Dunmarra region": a province or a region keeps its kind whatever the gazetteer
        // knows of the name (news annotators write 3 of 7 with the kind; the bare name, an alias, matches the others);
        // not a world region, which lies in no country ("the Pacific region" is the Pacific).
        if (kind is "province" or "region")
        {
            return known.Kind != Model.PlaceKind.Country && known.Country.Length > 0;
        }

        return kind == "state"
            ? known.Kind != Model.PlaceKind.Country && !(known.Kind == Model.PlaceKind.Region && known.Country == "United States")
            : known.Kind is not (Model.PlaceKind.Country or Model.PlaceKind.Region);
    }

    // The name written with its kind ("Tarsk district", "Amazon rainforest", "Dunwarra hospital"); the first kind the
    // document gives a name is kept.
    private void NoteFeatureName(NameChunk chunk, string kind)
    {
        var key = NameForms.Key(chunk.Text);
        if (!featureNames.ContainsKey(key))
        {
            featureNames[key] = chunk.Text + " " + kind;
        }
    }

    // A known company or product line, or a word in capitals that is no known country or city: before "-based"
    // ("Vexa-based software", "RDX-based processors"; but "UK-based") it is what a thing is built on, not where a body
    // has its seat, and before "station" it is a broadcaster.
    private static bool IsKnownBodyOrBareAcronym(string name) =>
        Gazetteer.OrganizationLexicon.Contains(name) || (NameForms.IsAllCaps(name) && !Gazetteer.PlaceGazetteer.Instance.TryFind(name, out _));

    // "the Velm TV station KXRT", "the RDX station": a station after a known body or an acronym is a broadcaster's; and
    // "Building station platforms took a year" opens a clause with an ordinary word, no name.
    private static bool IsBroadcasterOrOpener(NameChunk chunk, Token feature)
    {
        if (feature.Is("station") && IsKnownBodyOrBareAcronym(chunk.Text))
        {
            return true;
        }

        return IsOrdinaryWordOpeningClause(chunk);
    }

    // "Meanwhile, a town ...", "Building station platforms ...": a lone word opening the clause that is an ordinary
    // English word is capitalised for its place there, not as a name.
    private static bool IsOrdinaryWordOpeningClause(NameChunk chunk) =>
        chunk.First == chunk.Last && NameChunker.IsClauseStart(chunk.Tokens, chunk.First) && Gazetteer.EnglishWords.IsOrdinaryWord(chunk.Text);

    /// <summary>Lower-case words before "station" or "terminal" that make it a building, not a broadcaster ("the Orra Junction
    /// railway station", "the Orra bus terminal").</summary>
    private static readonly HashSet<string> StationKinds = Lexicon.Set("railway railroad train rail bus metro subway underground tube police fire power");

    /// <summary>Lower-case kinds of building or site that news prose writes after a site's own name ("the Orra hospital").</summary>
    private static readonly HashSet<string> SiteKindNouns = Lexicon.Set("hospital street towers market cathedral ground observatory subdivision mine hotel plant factory refinery bridge");

    /// <summary>Kinds of works a company runs ("the Velm Assembly plant"): after a known body or an acronym ("the VKM
    /// plant", "a Kestrel Motors factory") the name is the owner's, not the site's.</summary>
    private static readonly HashSet<string> WorksKindNouns = Lexicon.Set("plant factory refinery");

    /// <summary>Kinds of site that news prose also writes as a modifier of another noun ("the Orra factory fire", "hotel
    /// bookings", "a plant sale", "the Velm bridge collapse"): before a lower-case noun they name no site.</summary>
    private static readonly HashSet<string> ModifierSiteKinds = Lexicon.Set("plant factory refinery hotel bridge");

    /// <summary>Two-word lower-case kinds of site written after its name ("the Orra launch pad", "the Velm shopping centre"):
    /// news annotators keep the kind in the name (6 sites in 6 articles of 6 publishers).</summary>
    private static readonly HashSet<string> TwoWordSiteHeads = Lexicon.Set("launch shopping");

    /// <summary>Lower-case kinds of road written after its name ("the Orra-Velm road"); before another noun they
    /// qualify it instead ("the Orra road safety campaign").</summary>
    private static readonly HashSet<string> RoadKindNouns = Lexicon.Set("road highway expressway");

    // Words that may follow a road's name and its kind without making the kind a modifier ("the Orra road, which").
    private static bool IsClauseWord(string word) => word is "and" or "or" or "which" or "that" or "where" or "when" or "on" or "in" or "at" or "to" or "from" or "near" or "after" or "before" or "between" or "for" or "with" or "was" or "is" or "were" or "has" or "had";

    // "the Dunwarra hospital", "flats in Orra towers", "the Kelm gas field", "the Velm Junction railway station": a name
    // that is no known place (not "the Tarsk hospital", a hospital in a town) before a lower-case kind of site names
    // that site, written with its kind; the bare name stays an alias ("a Tarsk hospital" is one of the town's).
    private static string? NamedSiteKind(NameChunk chunk)
    {
        var tokens = chunk.Tokens;
        var k = chunk.Last + 1;
        if (k >= tokens.Count || !NameForms.IsLowerWord(tokens[k]) || !tokens[k].SpaceBefore)
        {
            return null;
        }

        // The kind first: this runs for every name, and the demonym and gazetteer lookups below hash the whole name.
        var kind = SiteKindNouns.Contains(tokens[k].Text) || IsVenueKindAt(chunk, k) ? tokens[k].Text
            : RoadKindNouns.Contains(tokens[k].Text) && !(k + 1 < tokens.Count && NameForms.IsLowerWord(tokens[k + 1]) && tokens[k + 1].IsWord && !IsClauseWord(tokens[k + 1].Text)) ? tokens[k].Text
            : (tokens[k].Is("oil") || tokens[k].Is("gas")) && k + 1 < tokens.Count && tokens[k + 1].Is("field") ? tokens[k].Text + " field"
            : StationKinds.Contains(tokens[k].Text) && k + 1 < tokens.Count && (tokens[k + 1].Is("station") || tokens[k + 1].Is("terminal")) ? tokens[k].Text + " " + tokens[k + 1].Text
            : TwoWordSiteHeads.Contains(tokens[k].Text) && k + 1 < tokens.Count && (tokens[k].Is("launch") ? tokens[k + 1].Is("pad") : tokens[k + 1].Text is "centre" or "center" or "mall") ? tokens[k].Text + " " + tokens[k + 1].Text
            : null;
        if (kind is null)
        {
            return null;
        }

        var isVenue = VenueKindNouns.Contains(kind);
        if (NameForms.CountryOfDemonym(chunk.Text) is not null || Gazetteer.PlaceGazetteer.Instance.TryFind(chunk.Text, out _)
            || (chunk.First == chunk.Last && NameChunker.IsClauseStart(tokens, chunk.First))
            // "This hotel had six floors" after a quotation's ellipsis: a lone everyday word names no mine, hotel or pad.
            || (chunk.First == chunk.Last && kind is "mine" or "hotel" or "launch pad" or "shopping centre" or "shopping center" or "shopping mall"
                && Gazetteer.EnglishWords.IsOrdinaryWord(chunk.Text))
            || (chunk.First > 0 && (tokens[chunk.First - 1].Is("a") || tokens[chunk.First - 1].Is("an")))
            || ((isVenue || WorksKindNouns.Contains(kind)) && IsOwnerOfWorks(chunk))
            || EndsWithCalendarName(chunk)
            || ((isVenue || ModifierSiteKinds.Contains(kind)) && IsNounAfterKind(tokens, k + 1)))
        {
            return null;
        }

        return kind;
    }

    // "the Tuesday factory fire", "the Christmas hotel bookings", "the Easter plant sale", "the May market": a weekday, a
    // month or a holiday before the kind says when, and names no site.
    private static bool EndsWithCalendarName(NameChunk chunk)
    {
        var tokens = chunk.Tokens;
        if (Lexicon.IsMonthOrWeekdayName(tokens[chunk.Last].Text))
        {
            return true;
        }

        // A holiday's name is at most six tokens ("Martin Luther King Jr . Day").
        for (var i = System.Math.Max(chunk.First, chunk.Last - 6); i <= chunk.Last; i++)
        {
            if (Dates.NamedDays.At(tokens, i) is { } day && day.Last == chunk.Last)
            {
                return true;
            }
        }

        return false;
    }

    // "factory fire", "hotel bookings", "plant workers": a lower-case noun right after the kind, which then only modifies
    // it. Without word classes a noun is told from a verb by its form: no clause word ("the Orra plant, which", "the Orra
    // plant in"), no verb's ending ("-ed", "-ing", a third person's "-s": "the Orra factory closed", "employs"), except
    // the plurals of "-er" and "-ing" nouns ("workers", "bookings").
    private static bool IsNounAfterKind(IReadOnlyList<Token> tokens, int next)
    {
        if (!IsTermWordAfterKind(tokens, next))
        {
            return false;
        }

        var word = tokens[next].Text;
        if (!Gazetteer.EnglishWords.IsOrdinaryWord(word) || word.EndsWith("ed", System.StringComparison.Ordinal)
            || word.EndsWith("ing", System.StringComparison.Ordinal) || word.EndsWith("ly", System.StringComparison.Ordinal))
        {
            return false;
        }

        return !word.EndsWith("s", System.StringComparison.Ordinal) || word.EndsWith("ers", System.StringComparison.Ordinal)
            || word.EndsWith("ings", System.StringComparison.Ordinal);
    }

    // A lower-case word right after a site's kind that is no clause word, reporting verb or listed verb or function word:
    // one that may make a term with the kind (a noun the kind modifies, or a word the kind opens: "bar mitzvah").
    private static bool IsTermWordAfterKind(IReadOnlyList<Token> tokens, int next)
    {
        if (next >= tokens.Count || !tokens[next].IsWord || !tokens[next].SpaceBefore || !NameForms.IsLowerWord(tokens[next]))
        {
            return false;
        }

        var word = tokens[next].Text;
        return !IsClauseWord(word) && !Lexicon.AttributionVerbs.Contains(word) && !NonNounsAfterKind.Contains(word);
    }

    // Verbs, modals and function words that follow a site's name without an "-ed" or "-s" ending.
    private static readonly HashSet<string> NonNounsAfterKind = Lexicon.Set(
        "will would could can may might must should shall also still now then are be been being have do did does " +
        "but as by of off over under into onto up down out since until while because if so than this these those " +
        "its their his her which who whose whom what employ make run shut reopen open close remain stay become " +
        "became began grew fell rose hit won lost took made ran kept left went saw got gave");

    // "the VKM plant", "the Kestrel Motors factory", "the Orvik Corp refinery": a known body, an acronym or a company's
    // name before the works says whose they are; the works have no name of their own there. (Other heads of bodies stay:
    // "the Velm Assembly plant" is a works' own name.)
    private static bool IsOwnerOfWorks(NameChunk chunk)
    {
        var last = chunk.Tokens[chunk.Last].Text;
        return IsKnownBodyOrBareAcronym(chunk.Text) || Lexicon.CompanyEndings.Contains(last) || Lexicon.CompanyLegalForms.Contains(last);
    }

    private static bool PluralPlaceKindBefore(IReadOnlyList<Token> tokens, int first)
    {
        // The plural right before the first name, or before a comma that stands in front of it ("areas, Arden and Belmont").
        var kind = PluralKindRightBefore(tokens, first >= 2 && tokens[first - 1].IsSymbol(',') ? first - 1 : first);
        return kind is not null && kind != "state" && (Lexicon.AdministrativeNouns.Contains(kind) || kind is "area" or "island");
    }

    // "Arden and ...", "Arden, Belmont ...": the name goes on into a list.
    private static bool IsListOpener(IReadOnlyList<Token> tokens, int after) =>
        after + 1 < tokens.Count && (tokens[after].Is("and") || tokens[after].IsSymbol(',')) && NameChunker.IsNameWord(tokens[after + 1]);

    /// <summary>Lower-case bodies of a district ("district court", "district council"), after which "district" names no place.</summary>
    private static readonly HashSet<string> DistrictBodies = Lexicon.Set("court courts council councils office board assembly administration");

    /// <summary>Lower-case nouns for violent or natural events that follow the place where they happened ("the Pellham battle").</summary>
    private static readonly HashSet<string> EventNouns = Lexicon.Set(
        "attack attacks bombing bombings shooting shootings massacre siege battle offensive earthquake quake floods flooding wildfire " +
        "bushfire blaze explosion blast riots uprising");

    /// <summary>Adjectives of where within or around a place, written between a preposition and the place's name
    /// ("in northern Tarsk", "to nearby Orra").</summary>
    private static readonly HashSet<string> LocationAdjectives = Lexicon.Set(
        "northern southern eastern western central northwestern northeastern southwestern southeastern north-western " +
        "north-eastern south-western south-eastern suburban neighbouring neighboring nearby rural downtown coastal upstate");

    // "in Maidan Shahr": a weak hint only, since "in" also goes before fields and faiths. "in northern Maidan Shahr",
    // "from neighbouring Orra": an adjective of where may stand between them, and then "to", "from" and "into" place too.
    private void CollectWeakPlace(NameChunk chunk)
    {
        var (tokens, a, _, prev, prev2, next, _) = Around(chunk);
        var located = prev is { } adjective && NameForms.IsLowerWord(adjective) && LocationAdjectives.Contains(adjective.Text) && prev2 is { } before
            && NameForms.IsLowerWord(before) && (Lexicon.PlacePrepositions.Contains(before.Text) || before.Text is "to" or "from" or "into" or "at");
        if (prev is { } preposition && NameForms.IsLowerWord(preposition) && (located || Lexicon.PlacePrepositions.Contains(preposition.Text))
            && !(next is { } possessive && possessive.Text is "'s" or "'S") && CanBePlaceName(chunk) && !IsPublishedIn(tokens, a - 1)
            && !(next is { } noun && ModifiesNoun(noun)))
        {
            weakPlaces.Add(NameForms.Key(chunk.Text));
        }

        // "the Pellham battle", "the Lakeside shooting": an event is named after where it happened (but a body may
        // attack too, so the hint is weak).
        if (prev is { } the && the.Is("the") && next is { } happening && NameForms.IsLowerWord(happening) && EventNouns.Contains(happening.Text)
            && NameForms.CountryOfDemonym(chunk.Text) is null && CanBePlaceName(chunk))
        {
            weakPlaces.Add(NameForms.Key(chunk.Text));
        }

        // "the island Tarsk", "the town Wexley": a singular kind of place right before the name.
        if (prev is { } kind && NameForms.IsLowerWord(kind) && (Lexicon.AdministrativeNouns.Contains(kind.Text) || Lexicon.FeatureNouns.Contains(kind.Text) || kind.Is("capital"))
            && !kind.Text.EndsWith("s", System.StringComparison.Ordinal) && !kind.Is("station") && !kind.Is("republic") && prev2 is { } determiner
            && (determiner.Is("the") || determiner.Is("our") || determiner.Is("its") || determiner.Is("their") || NameForms.IsLowerWord(determiner)) && a >= 2
            && CanBePlaceName(chunk) && NameForms.CountryOfDemonym(chunk.Text) is null)
        {
            Hint(chunk.Text, EntityKind.Place);
        }
    }

    /// <summary>Singular nouns for a place where people live, dig or camp, beyond the kinds of settlement and feature.</summary>
    private static readonly HashSet<string> SiteNouns = Lexicon.Set("site settlement hamlet camp cave area park square");

    // "a site called Orra Rock", "a village named Tarsk", "an area called the Strand": a name given to a singular kind
    // of place is that place's.
    private static bool IsNamedAfterKindOfPlace(IReadOnlyList<Token> tokens, int first)
    {
        var called = first >= 1 && tokens[first - 1].Is("the") ? first - 2 : first - 1;
        if (called < 1 || !(tokens[called].Is("called") || tokens[called].Is("named")))
        {
            return false;
        }

        var kind = tokens[called - 1];
        return NameForms.IsLowerWord(kind) && !kind.Text.EndsWith("s", System.StringComparison.Ordinal) && !kind.Is("republic") && !kind.Is("station")
            && (Lexicon.AdministrativeNouns.Contains(kind.Text) || Lexicon.FeatureNouns.Contains(kind.Text) || SiteNouns.Contains(kind.Text));
    }

    // "from Marksville, Louisiana", "at Beaver Falls, Pennsylvania", "flew to Glen Cove, Ohio": a name after a
    // place preposition or "to", then a comma and a known region or country. "from Tarkoli in Maharashtra" and "at
    // Orrby in Leeds" (see IsSiteInRegion) place it as the comma does, and "in" places it in a known city or town too;
    // so does a comma and a lower-case compass word before a known city ("from Wanstow, east London,"): the name is a
    // part of it.
    private bool IsFollowedByItsRegion(NameChunk chunk)
    {
        var tokens = chunk.Tokens;
        if (chunk.First == 0 || chunk.Last + 2 >= tokens.Count || !(tokens[chunk.Last + 1].IsSymbol(',') || IsSiteInRegion(chunk)) || chunk.SpacedWordCount > 3)
        {
            return false;
        }

        var before = tokens[chunk.First - 1];
        if (!NameForms.IsLowerWord(before) || !(Lexicon.PlacePrepositions.Contains(before.Text) || before.Is("from") || before.Is("at") || before.Is("to")))
        {
            return false;
        }

        // "according to Reuters, Spain has": "to" there names a source, not a destination.
        if (before.Is("to") && (chunk.First < 2 || tokens[chunk.First - 2].Is("according") || NameForms.IsAllCaps(chunk.Text)))
        {
            return false;
        }

        // "appeared in Northwick District Court, Wales": a body named with where it sits is still a body.
        if (Lexicon.OrganizationHeads.Contains(tokens[chunk.Last].Text))
        {
            return false;
        }

        var gazetteer = Gazetteer.PlaceGazetteer.Instance;
        var inPlace = tokens[chunk.Last + 1].Is("in");
        var partOfCity = !inPlace && chunk.Last + 3 < tokens.Count && NameForms.IsLowerWord(tokens[chunk.Last + 2]) && CompassDirections.Contains(tokens[chunk.Last + 2].Text);
        var region = ChunkStartingAt(chunk.Last + (partOfCity ? 3 : 2));
        if (region is null || gazetteer.TryFind(chunk.Text, out _))
        {
            return false;
        }

        if (!gazetteer.TryFind(region.Text, out var place))
        {
            return inPlace && region.First == region.Last && gazetteer.TryFindTown(region.Text, out _);
        }

        return partOfCity ? place.Kind == Model.PlaceKind.City
            : place.Kind is Model.PlaceKind.Region or Model.PlaceKind.Country || (inPlace && place.Kind == Model.PlaceKind.City && IsSiteInCity(tokens, chunk.First - 1));
    }

    /// <summary>Verbs of something that happens at a place ("held at X in Leeds"), which make "at" a place's.</summary>
    private static readonly HashSet<string> EventVerbsBeforeAt = Lexicon.Set(
        "held launched born opened staged hosted killed died arrested buried took occurred happened built landed played stranded crashed");

    /// <summary>Words before "from" that say where someone or something comes from ("hails from X in Y").</summary>
    private static readonly HashSet<string> OriginWordsBeforeFrom = Lexicon.Set(
        "came come comes coming hails hail hailed fled flee fleeing travelling traveling travelled traveled moved returned returning"
        + " arrived escaped evacuated rescued migrated originally drove flew walked marched");

    // "Orrby in Leeds" after "at" is a site in the city only after a verb of an event ("held at Orrby in Leeds"); "works
    // at Zorvex in Manchester" is a firm. ("near" and "from" were checked in IsSiteInRegion.)
    private static bool IsSiteInCity(IReadOnlyList<Token> tokens, int preposition) =>
        !tokens[preposition].Is("at") || (preposition > 0 && NameForms.IsLowerWord(tokens[preposition - 1]) && EventVerbsBeforeAt.Contains(tokens[preposition - 1].Text));

    // "Ravi Patil from", "a student from", "fled from": before "from" a person's name, a noun of a person or a word of
    // coming from somewhere; "parts from Kordana in Germany" and "an email from Marbeck in Paris" name a sender.
    private static bool IsOriginBeforeFrom(IReadOnlyList<Token> tokens, int from)
    {
        if (from == 0)
        {
            return false;
        }

        var word = tokens[from - 1];
        return word.IsWord && (!NameForms.IsLowerWord(word) ? word.IsCapitalized
            : OriginWordsBeforeFrom.Contains(word.Text) || Lexicon.PersonNouns.Contains(word.Text) || RoleParser.IsPersonNoun(word.Text));
    }

    // "the Orraby, Texas-based company", "a Velm, Ontario-based firm": after an article, a name the gazetteer does not
    // know, a comma and a known region or country glued to "-based" is where the body sits, a town.
    private static bool IsArticleBeforeTownOfRegion(NameChunk chunk)
    {
        var tokens = chunk.Tokens;
        if (chunk.First == 0 || chunk.Last + 4 >= tokens.Count || chunk.SpacedWordCount > 3)
        {
            return false;
        }

        var before = tokens[chunk.First - 1];
        if (!(before.Is("the") || before.Is("a") || before.Is("an")) || !tokens[chunk.Last + 1].IsSymbol(',') || !tokens[chunk.Last + 2].IsWord
            || Gazetteer.PlaceGazetteer.Instance.TryFind(chunk.Text, out _))
        {
            return false;
        }

        // The region is one capitalised word or a few ("New Mexico-based"), then "-based" glued to its last.
        const int MaxRegionWords = 3;
        for (var k = chunk.Last + 2; k < tokens.Count && k - chunk.Last - 2 < MaxRegionWords && tokens[k].IsWord && tokens[k].IsCapitalized; k++)
        {
            var after = k + 1;
            if (after + 1 < tokens.Count && tokens[after].IsSymbol('-') && !tokens[after].SpaceBefore && (tokens[after + 1].Is("based") || tokens[after + 1].Is("headquartered")) && !tokens[after + 1].SpaceBefore)
            {
                return Gazetteer.PlaceGazetteer.Instance.TryFind(TokenText.Of(tokens, chunk.Last + 2, k), out var place) && place.Kind is Model.PlaceKind.Region or Model.PlaceKind.Country;
            }
        }

        return false;
    }

    // A verb's "-ing" or "-ed" form ("patrolling", "shelled"), long enough not to be "red" or "bed".
    private static bool IsVerbForm(string word) =>
        word.Length > 5 && (word.EndsWith("ing", System.StringComparison.Ordinal) || word.EndsWith("ed", System.StringComparison.Ordinal));

    // "in the Tavrek and Orra areas": the chunk closes a list of two names or more (joined by commas and "and") that
    // opens after "the" and a preposition of place; every name can be a place's and none is a demonym or a known body.
    private bool IsListOfAreas(NameChunk chunk)
    {
        var tokens = chunk.Tokens;
        var current = chunk;
        var names = 1;
        const int MaxNames = 6;
        while (names <= MaxNames)
        {
            if (NameForms.CountryOfDemonym(current.Text) is not null || Lexicon.PartyAdjectives.Contains(current.Text) || IsKnownBodyOrBareAcronym(current.Text)
                || !CanBePlaceName(current))
            {
                return false;
            }

            var k = current.First - 1;
            if (k < 0)
            {
                return false;
            }

            if (tokens[k].Is("the"))
            {
                return names >= 2 && k >= 1 && NameForms.IsLowerWord(tokens[k - 1])
                    && (Lexicon.PlacePrepositions.Contains(tokens[k - 1].Text) || tokens[k - 1].Text is "from" or "to" or "into" or "at" or "around" or "within");
            }

            if (!(tokens[k].Is("and") || tokens[k].IsSymbol(',')))
            {
                return false;
            }

            var j = k - 1;
            if (tokens[k].Is("and") && j >= 0 && tokens[j].IsSymbol(','))
            {
                j--;
            }

            if (ChunkEndingAt(j) is not { } previous)
            {
                return false;
            }

            current = previous;
            names++;
        }

        return false;
    }

    // "launched at Tarskoy in Velmar", "Ravi Patil from Tarkoli in Velmar", "near Orrby in Velmar": one word after
    // "at", "from" or "near" and before "in" is where the thing happened or someone comes from, placed in its region as
    // a comma would ("at Harlow in Velmar" may also be a person or a firm: known names and demonyms are left out; "in"
    // before the word is left out too, as it goes before fields and faiths). After an office's noun and "from" the word
    // is the body the office serves more often ("a spokesman from Medtronix in Dublin", "officials from Velmco in Orra");
    // "from" needs a person or a word of coming before it, as a thing's sender is a firm more often ("parts from
    // Kordana in Germany").
    private static bool IsSiteInRegion(NameChunk chunk)
    {
        var tokens = chunk.Tokens;
        var word = chunk.Text;
        var before = tokens[chunk.First - 1];
        return chunk.First == chunk.Last
            && (before.Is("at") || (before.Is("from") && !IsOfficeNounAt(tokens, chunk.First - 2) && IsOriginBeforeFrom(tokens, chunk.First - 1)) || before.Is("near"))
            && tokens[chunk.Last + 1].Is("in")
            && !Gazetteer.Surnames.Contains(word) && !Gazetteer.GivenNames.Contains(word) && !IsKnownBodyOrBareAcronym(word)
            && !Gazetteer.EnglishWords.IsOrdinaryWord(word) && NameForms.CountryOfDemonym(word) is null;
    }

    // "spokesman", "officials": a lower-case noun of an office or a function, singular or plural, at the index.
    private static bool IsOfficeNounAt(IReadOnlyList<Token> tokens, int index) =>
        index >= 0 && NameForms.IsLowerWord(tokens[index])
        && (Lexicon.RoleHeads.Contains(tokens[index].Text) || SingularOfPlural(tokens[index]) is { } singular && Lexicon.RoleHeads.Contains(singular));

    /// <summary>Lower-case adjectives of an administrative unit's status, written between its name and its kind ("tribal district").</summary>
    private static readonly HashSet<string> StatusAdjectives = Lexicon.Set("tribal autonomous semi-autonomous administrative federal special");

    /// <summary>Lower-case units of distance that place a town from another ("40 km north of").</summary>
    private static readonly HashSet<string> DistanceUnits = Lexicon.Set("km kilometres kilometers kilometre kilometer miles mile");

    /// <summary>Lower-case compass words after a distance ("40 km north of", "10 miles south-west of").</summary>
    private static readonly HashSet<string> CompassDirections = Lexicon.Set(
        "north south east west northeast northwest southeast southwest north-east north-west south-east south-west");

    // "Tarskby, about 40 km (25 miles) north of Orra", "Velm, 10 miles from the border": a name set off by a comma
    // and placed by a distance from somewhere is a place.
    private static bool IsPlacedByDistance(IReadOnlyList<Token> tokens, int comma)
    {
        const int MaxBracketTokens = 6;
        if (comma + 3 >= tokens.Count || !tokens[comma].IsSymbol(','))
        {
            return false;
        }

        var k = comma + 1;
        if (tokens[k].Text is "about" or "some" or "around" or "roughly" or "nearly" or "approximately" or "just")
        {
            k++;
        }

        // "Keshi, east of the capital", "bound for Velskoy, northwest of Dunmarra": a compass word and "of" right after
        // the comma place the name from somewhere as a distance does (news annotators: 2 of 2, also 3 of 3 with one).
        if (k == comma + 1 && k + 2 < tokens.Count && CompassDirections.Contains(tokens[k].Text) && tokens[k + 1].Is("of")
            && (tokens[k + 2].Is("the") || NameChunker.IsNameWord(tokens[k + 2])))
        {
            return true;
        }

        if (k + 2 >= tokens.Count || !tokens[k].IsNumber || !DistanceUnits.Contains(tokens[k + 1].Text))
        {
            return false;
        }

        k += 2;
        if (tokens[k].IsSymbol('('))
        {
            var close = k + 1;
            while (close < tokens.Count && close - k <= MaxBracketTokens && !tokens[close].IsSymbol(')'))
            {
                close++;
            }

            k = close + 1;
        }

        if (k < tokens.Count && CompassDirections.Contains(tokens[k].Text))
        {
            k++;
        }

        return k < tokens.Count && (tokens[k].Is("of") || tokens[k].Is("from"));
    }

    // "Dorvast, a port town in the south,", "Kelm, the largest region of the country.", "Tarsk, the capital,", "Orrby, a village 30 km from
    // the coast": an apposition whose noun is a kind of place ends at the noun or goes on with a distance ("Ana Ruiz,
    // a city councillor" and "the city's mayor" go on past it). A lone word opening the sentence counts only when it
    // is no ordinary English word ("Meanwhile, a town ..." and "Overall, the region ..." open with an adverb).
    private static bool IsDescribedAsPlace(NameChunk chunk)
    {
        const int MaxModifiers = 4;
        var tokens = chunk.Tokens;
        var k = chunk.Last + 2;
        if (k + 1 >= tokens.Count || !tokens[chunk.Last + 1].IsSymbol(',') || !(tokens[k].Is("a") || tokens[k].Is("an") || tokens[k].Is("the"))
            || IsOrdinaryWordOpeningClause(chunk)
            || NameForms.CountryOfDemonym(chunk.Text) is not null)
        {
            return false;
        }

        for (k++; k < tokens.Count && k - (chunk.Last + 3) <= MaxModifiers; k++)
        {
            var word = tokens[k];
            if (!(NameForms.IsLowerWord(word) || (word.IsSymbol('-') && !word.SpaceBefore)))
            {
                return false;
            }

            var singularKind = Lexicon.AdministrativeNouns.Contains(word.Text) && !word.Text.EndsWith("s", System.StringComparison.Ordinal);
            // "Dellbridge, the state capital,", "Orra, the county seat": a kind of place before its capital, seat or
            // headquarters gives the head that ends the apposition.
            if (singularKind && k + 1 < tokens.Count && tokens[k + 1].Text is "capital" or "seat" or "headquarters")
            {
                continue;
            }

            if (singularKind || word.Is("capital") || (word.Text is "seat" or "headquarters" && Lexicon.AdministrativeNouns.Contains(tokens[k - 1].Text)))
            {
                if (k + 1 >= tokens.Count)
                {
                    return true;
                }

                var after = tokens[k + 1];
                return after.IsSymbol(',') || after.IsSymbol('.') || after.IsSymbol(';') || after.IsSymbol(')')
                    || after.Is("in") || after.Is("of") || after.Is("on") || after.Is("near") || after.Is("north") || after.Is("south")
                    || after.Is("east") || after.Is("west") || (after.IsNumber && k + 2 < tokens.Count && DistanceUnits.Contains(tokens[k + 2].Text));
            }

            // "the south-most region": a word glued by a hyphen is part of a compound modifier.
            var compound = tokens[k - 1].IsSymbol('-') && !word.SpaceBefore;
            if (!compound && (Lexicon.CapitalisedFunctionWords.Contains(word.Text) || Lexicon.AttributionVerbs.Contains(word.Text) || word.Is("and") || word.Is("or")))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Lower-case words that may follow a place named after "in": joining words, verbs, and words of time.</summary>
    private static readonly HashSet<string> AfterPlaceWords = Lexicon.Set(
        "and or but to on at in for with from of by near as than since until after before during while where when which who whom " +
        "whose that this last next is are was were be been has have had will would can could may might must should do does did " +
        "not also alone itself then there already still now today yesterday tonight again too even recently he she it we they you i " +
        "late early first ago overnight soon instead");

    // "in Vantorian conditions", "in Brightwater analysis": a name between "in" and a lower-case noun modifies the noun
    // ("in Dunmere and", "in Dunmere was", "in Dunmere chose" go on after a place).
    internal static bool ModifiesNoun(Token next)
    {
        if (!next.IsWord || !NameForms.IsLowerWord(next) || !next.SpaceBefore)
        {
            return false;
        }

        var word = next.Text;
        return !AfterPlaceWords.Contains(word) && !Lexicon.AttributionVerbs.Contains(word)
            && !Quantities.TokenWindow.IsPastVerb(next) && !word.EndsWith("ing", System.StringComparison.Ordinal)
            && !word.EndsWith("ly", System.StringComparison.Ordinal);
    }

    // "in Environmental Science", "in Islam", "in Buddhism": fields, journals and abstract nouns are not places.
    private static bool CanBePlaceName(NameChunk chunk)
    {
        var last = chunk.Tokens[chunk.Last].Text;
        // "in Vice President-elect Ruiz": an office is not a place. ("Town" is in no person's name but ends a town's:
        // "officials in Port Orrin Town said"; alone it is the common noun capitalised.)
        var townName = last == "Town" && chunk.First < chunk.Last;
        if (NonPlaceEndings.Contains(last) || (Lexicon.NonNameWords.Contains(last) && !townName) || NameForms.IsAllCaps(last) || Lexicon.TitleWords.Contains(last))
        {
            return false;
        }

        // "in Get On Up", "in The Time of Your Life": a capitalised pronoun or particle inside the run makes it the
        // title of a work; place names write theirs in lower case ("Stoke-on-Trent").
        for (var i = chunk.First + 1; i <= chunk.Last; i++)
        {
            if (TitleParticles.Contains(chunk.Tokens[i].Text))
            {
                return false;
            }
        }

        foreach (var suffix in new[] { "ism", "ity", "ogy", "ics", "ment", "tion", "ence", "ance", "ship" })
        {
            if (last.Length > suffix.Length + 2 && last.EndsWith(suffix, System.StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    // "the Alder, Birch and Cedar districts": every name of the list is a place.
    private void HintListBefore(NameChunk chunk)
    {
        var tokens = chunk.Tokens;
        var k = chunk.First - 1;
        while (k >= 0 && (tokens[k].IsSymbol(',') || tokens[k].Is("and")))
        {
            var j = k - 1;
            if (j >= 0 && tokens[j].IsSymbol(','))
            {
                j--;
            }

            var previous = ChunkEndingAt(j);
            if (previous is null)
            {
                return;
            }

            Hint(previous.Text, EntityKind.Place);
            k = previous.First - 1;
        }
    }

    // "BJP state president X", "PDP district chairman Y": an acronym the gazetteer does not know as a place, before an
    // administrative noun and an office, names a party or a body whose branch the office heads, not a place.
    private static bool IsAcronymBeforeBranchOffice(NameChunk chunk, Token? office) =>
        chunk.First == chunk.Last && NameForms.IsAllCaps(chunk.Text) && chunk.Text.Length >= 2
        && office is { } o && NameForms.IsLowerWord(o) && (Lexicon.RoleHeads.Contains(o.Text) || o.Text is "unit" or "chapter" or "wing" or "branch")
        && !Gazetteer.PlaceGazetteer.Instance.TryFind(chunk.Text, out _);
}
