using System.Collections.Generic;
using System.Text;
using System.Threading;
using FactsGenerator.Extraction.Gazetteer;
using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>The entity passes over one document (see <see cref="EntityExtractor"/>).</summary>
internal sealed partial class DocumentEntityReader
{
    private const int MaxPersonWords = 4;

    private readonly AnalyzedText text;
    private readonly CancellationToken cancellationToken;
    private readonly EntityRegistry registry;
    private readonly ContextEvidence evidence = new();
    private readonly PlaceGazetteer gazetteer = PlaceGazetteer.Instance;
    private readonly List<(Sentence Sentence, List<NameChunk> Chunks)> sentences = new();
    private readonly List<(NameChunk Chunk, List<NameChunk> Chunks)> singles = new();
    private readonly Dictionary<string, EntityRecord> surnames = new(System.StringComparer.Ordinal);
    private readonly Dictionary<string, EntityRecord?> firstNames = new(System.StringComparer.Ordinal);
    private readonly Dictionary<string, EntityRecord> hyphenEnds = new(System.StringComparer.Ordinal);
    private int indexedRecords = -1;

    public DocumentEntityReader(AnalyzedText text, CancellationToken cancellationToken)
    {
        this.text = text;
        this.cancellationToken = cancellationToken;
        registry = new EntityRegistry(text);
    }

    public EntitySet Read()
    {
        foreach (var sentence in text.BodySentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            sentences.Add((sentence, NameChunker.Chunk(text, sentence, QuoteMask(sentence))));
        }

        foreach (var (_, chunks) in sentences)
        {
            foreach (var chunk in chunks)
            {
                evidence.Collect(chunk, chunks);
            }
        }

        foreach (var (_, chunks) in sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var chunk in chunks)
            {
                ClassifyChunk(chunk, chunks);
            }
        }

        foreach (var (chunk, chunks) in singles)
        {
            ResolveSingle(chunk, chunks);
        }

        AddPlacesListedWithPlaces();
        ReadHeadline();
        MergeShortPersonNames();
        MergeShortPlaceAndOrganizationNames();
        MergeShortOrganizationNames();
        MergeOrAlternatives();
        return registry.ToEntitySet();
    }

    // The headline is written for effect, so only names the body confirms and gazetteer places are read there
    // ("Suspect arrested in Kerala, India").
    private void ReadHeadline()
    {
        foreach (var sentence in text.Sentences)
        {
            if (!sentence.IsHeadline)
            {
                continue;
            }

            foreach (var chunk in NameChunker.Chunk(text, sentence, QuoteMask(sentence)))
            {
                var known = registry.Find(chunk.Text) ?? (chunk.SpacedWordCount == 1 ? PersonByPartOfName(chunk.Text) : null);
                if (known is not null)
                {
                    registry.Mention(known.Kind, known.Name, sentence, chunk.Start, chunk.End);
                }
                else if (gazetteer.TryFind(chunk.Text, out var place))
                {
                    AddPlace(place, chunk);
                }
            }
        }
    }

    // Marks the tokens that lie between double quotation marks.
    private static bool[] QuoteMask(Sentence sentence)
    {
        var mask = new bool[sentence.Tokens.Count];
        var inside = false;
        for (var i = 0; i < mask.Length; i++)
        {
            if (sentence.Tokens[i].IsSymbol('"'))
            {
                inside = !inside;
                continue;
            }

            mask[i] = inside;
        }

        return mask;
    }

    private void ClassifyChunk(NameChunk chunk, List<NameChunk> chunks)
    {
        if (TrySplitPersonOf(chunk, chunks) || TrySplitTitle(chunk, chunks) || TrySplitRoleOf(chunk, chunks) || TrySplitPlaceBeforeOffice(chunk, chunks))
        {
            return;
        }

        ClassifySpan(chunk, chunks);
    }

    // "Lakeside Chief Executive Ana Ruiz": a known place before an office that the title rules do not split is the
    // place the office belongs to; the office and the name are read on their own.
    private bool TrySplitPlaceBeforeOffice(NameChunk chunk, List<NameChunk> chunks)
    {
        var tokens = chunk.Tokens;
        var placeEnd = LongestPlace(tokens, chunk.First, chunk.Last, out var place);
        const int MinRestWords = 3;
        if (placeEnd < 0 || place is null || chunk.Last - placeEnd < MinRestWords || !Lexicon.TitleWords.Contains(tokens[placeEnd + 1].Text)
            || !tokens[placeEnd + 1].SpaceBefore || Lexicon.PlaceHeads.Contains(tokens[placeEnd + 1].Text)
            || !GivenNames.Contains(tokens[chunk.Last - 1].Text) || !IsPersonNameSpan(tokens, chunk.Last - 1, chunk.Last))
        {
            return false;
        }

        AddPlace(place, SubChunk(chunk, chunk.First, placeEnd));
        var before = registry.Records.Count;
        ClassifyChunk(SubChunk(chunk, placeEnd + 1, chunk.Last), chunks);
        for (var k = before; k < registry.Records.Count; k++)
        {
            if (registry.Records[k].Kind == EntityKind.Person)
            {
                registry.Records[k].Affiliation ??= place.Name;
            }
        }

        return true;
    }

    private void ClassifySpan(NameChunk chunk, List<NameChunk> chunks)
    {
        var tokens = chunk.Tokens;
        var name = chunk.Text;
        if (IsNamedCharacter(chunk) || IsShipName(chunk))
        {
            return;
        }

        // "a safe zone East of the Orra River": a compass word before "of" gives a direction from the place.
        if (chunk.First + 2 <= chunk.Last && IsCompassWord(tokens[chunk.First].Text) && tokens[chunk.First + 1].Is("of"))
        {
            var start = tokens[chunk.First + 2].Is("the") ? chunk.First + 3 : chunk.First + 2;
            if (start <= chunk.Last)
            {
                ClassifySpan(SubChunk(chunk, start, chunk.Last), chunks);
            }

            return;
        }

        if (NameChunker.IsNumberedPlace(tokens, chunk.Last))
        {
            Add(EntityKind.Place, name, chunk);
            return;
        }

        // "Washington, D.C.", and "D.C." alone for it: the district is the capital, never a body.
        if ((chunk.First < chunk.Last && tokens[chunk.First].Is("Washington") && IsDistrictOfColumbia(tokens[chunk.Last].Text))
            || (chunk.First == chunk.Last && IsDistrictOfColumbia(name) && tokens[chunk.First].Text != "DC"))
        {
            var capital = Add(EntityKind.Place, chunk.First == chunk.Last ? "Washington, D.C." : name, chunk);
            capital.PlaceKind = PlaceKind.City;
            registry.AddAlias(capital, chunk.Text);
            return;
        }

        if (Lexicon.SeatsOfPower.Contains(name) || (tokens[chunk.First].IsNumber && Lexicon.SeatsOfPower.Contains(name.Substring(tokens[chunk.First].Length + 1))))
        {
            Add(EntityKind.Organization, name, chunk);
            return;
        }

        var domain = DomainName(chunk);
        if (domain is not null)
        {
            Add(EntityKind.Organization, domain, chunk);
            return;
        }

        if (TryOrganizationWithNoun(chunk))
        {
            return;
        }

        if (evidence.TryGetStrong(name, out var hinted))
        {
            AddHinted(hinted, chunk, chunks);
            return;
        }

        // One word may be the surname of someone named in full later: decided after all full names are known.
        if (chunk.SpacedWordCount == 1 && !NameForms.IsAcronym(tokens[chunk.First]) && !Lexicon.OrganizationHeads.Contains(name))
        {
            singles.Add((chunk, chunks));
            return;
        }

        if (gazetteer.TryFind(name, out var place))
        {
            AddPlace(place, chunk);
            return;
        }

        if (TryDirectionOfPlace(chunk))
        {
            return;
        }


        if (HasPlaceHeadBeforeOf(chunk))
        {
            Add(EntityKind.Place, name, chunk);
            return;
        }

        if (IsPersonWithPlaceWordSurname(chunk, chunks))
        {
            AddPerson(chunk, name, chunks);
            return;
        }

        if (chunk.SpacedWordCount > 1 && Lexicon.PlaceHeads.Contains(tokens[chunk.Last].Text) && !Lexicon.OrganizationHeads.Contains(tokens[chunk.Last].Text)
            && !(IsCompassWord(tokens[chunk.Last].Text) && !evidence.IsWeakPlace(name)))
        {
            Add(EntityKind.Place, name, chunk);
            return;
        }

        if (IsVenue(chunk))
        {
            Add(EntityKind.Place, name, chunk);
            return;
        }

        if (HasOrganizationHead(chunk))
        {
            // A bare "University" or "Committee" is a common noun at a sentence start, not a name.
            if (chunk.SpacedWordCount > 1 || Lexicon.StandaloneInstitutions.Contains(name))
            {
                AddOrganization(chunk);
                ClassifyMissionCity(chunk, chunks);
            }

            return;
        }

        if (chunk.SpacedWordCount == 1)
        {
            if (chunk.First == chunk.Last && NameForms.IsAcronym(tokens[chunk.First]) && registry.Find(name) is null && !GluedToNext(chunk) && !IsShouted(tokens, chunk.First)
                && !IsSpeakerLabel(tokens, chunk.First))
            {
                AddOrganization(chunk);
                return;
            }

            singles.Add((chunk, chunks));
            return;
        }

        // "Bill Okafor": a word-like given name opening the name is no event word.
        var eventCandidate = Lexicon.WordLikeGivenNames.Contains(tokens[chunk.First].Text) ? SubChunkAfterFirst(chunk) : chunk;
        if (eventCandidate is not null && HasAny(eventCandidate, Lexicon.EventWords))
        {
            ScanParts(chunk, chunks, gazetteerToo: false);
            return;
        }

        if (Lexicon.PlaceHeads.Contains(tokens[chunk.Last].Text) && !NameForms.IsCountryOrDemonym(tokens[chunk.First].Text)
            && !(IsCompassWord(tokens[chunk.Last].Text) && !evidence.IsWeakPlace(name)))
        {
            Add(EntityKind.Place, name, chunk);
            return;
        }

        if (evidence.IsWeakPlace(name) && !IsKnownPerson(name))
        {
            Add(EntityKind.Place, name, chunk);
            return;
        }

        // "The Baltimore Sun reported", "told Business Insider": a reporting name without a first name is an outlet.
        if (evidence.IsWeakOrganization(name) && (gazetteer.TryFind(tokens[chunk.First].Text, out _) || !GivenNames.Contains(tokens[chunk.First].Text))
            && !IsKnownPerson(name) && !evidence.IsUsedAlone(tokens[chunk.Last].Text))
        {
            AddOrganization(chunk);
            return;
        }

        // "Jo Kim of Velvet Harbour": what a person is "of" is where they belong, not another person.
        if (IsPersonLike(chunk) && FollowsPersonOf(chunk))
        {
            AddOrganization(chunk);
            return;
        }

        if (IsPersonLike(chunk) && (!chunk.InsideQuote || IsKnownPerson(name) || GivenNames.Contains(tokens[chunk.First].Text)) && HasPersonEvidence(chunk, chunks))
        {
            AddPerson(chunk, name, chunks);
            return;
        }

        if (evidence.IsWeakOrganization(name) && !IsPersonLike(chunk))
        {
            AddOrganization(chunk);
            return;
        }

        ScanParts(chunk, chunks, gazetteerToo: true);
    }

    private void AddHinted(EntityKind kind, NameChunk chunk, List<NameChunk> chunks)
    {
        switch (kind)
        {
            case EntityKind.Place:
                var feature = evidence.FeatureName(chunk.Text);
                if (feature is not null)
                {
                    var record = Add(EntityKind.Place, feature, chunk);
                    registry.AddAlias(record, chunk.Text);
                }
                else if (gazetteer.TryFind(chunk.Text, out var place))
                {
                    AddPlace(place, chunk);
                }
                else
                {
                    Add(EntityKind.Place, chunk.Text, chunk);
                }

                break;
            case EntityKind.Organization:
                // A hint never turns a known person or a gazetteer place into an organisation ("Turkey's army").
                var person = registry.Find(chunk.Text, EntityKind.Person) ?? (chunk.SpacedWordCount == 1 ? PersonByPartOfName(chunk.Text) : null);
                if (person is not null)
                {
                    registry.Mention(EntityKind.Person, person.Name, chunk.Sentence, chunk.Start, chunk.End);
                }
                else if (gazetteer.TryFind(chunk.Text, out var knownPlace))
                {
                    AddPlace(knownPlace, chunk);
                }
                else
                {
                    AddOrganization(chunk);
                }

                break;
            default:
                AddPerson(chunk, chunk.Text, chunks);
                break;
        }
    }

    // "UN general assembly", "Maidan Wardak provincial council", "Russia's defence ministry".
    private bool TryOrganizationWithNoun(NameChunk chunk)
    {
        var tokens = chunk.Tokens;
        var p = chunk.Last + 1;
        var possessive = p < tokens.Count && tokens[p].Text is "'s" or "'S";

        // "Saint Francis Hospital department": a name that already has its head word is complete.
        if (!possessive && HasOrganizationHead(chunk))
        {
            return false;
        }
        if (possessive)
        {
            p++;
        }

        const int MaxWords = 3;
        var start = p;
        for (var words = 0; p < tokens.Count && words < MaxWords; p++)
        {
            var token = tokens[p];

            // "the Arnmouth district attorney's office": an office-holder's possessive inside the phrase.
            if (token.Text is "'s" && p > start && !token.SpaceBefore)
            {
                continue;
            }

            if (!NameForms.IsLowerWord(token) || Lexicon.CapitalisedFunctionWords.Contains(token.Text) || token.Text.EndsWith("ed", System.StringComparison.Ordinal))
            {
                break;
            }

            // "office" names a body only after the office-holder or the field it serves ("Ana Ruiz's office" is a room).
            if (Lexicon.OrganizationNouns.Contains(token.Text) || (token.Is("office") && IsOfficeOfAService(tokens, start, p)))
            {
                // "Velmorian army", "Ostravian court": a nationality before a bare noun is a description, not a name
                // (but a country has one embassy in a city: "the Velmorian embassy").
                if (p == start && !possessive && NameForms.CountryOfDemonym(chunk.Text) is not null && !gazetteer.TryFind(chunk.Text, out _)
                    && !Lexicon.DiplomaticMissions.Contains(token.Text))
                {
                    return false;
                }

                var end = MissionCityEnd(tokens, p);
                var name = AnalyzedText.CollapseWhitespace(text.Original, chunk.Start, tokens[end].End);
                registry.Mention(EntityKind.Organization, name, chunk.Sentence, chunk.Start, tokens[end].End);

                // The owner of a possessive, and a country with an embassy, are named in their own right.
                return !possessive && end == p;
            }

            words++;
        }

        return false;
    }

    // "district attorney's office", "historic preservation office": an office named for a public service (but
    // "the president's office", "his government office" are rooms of a person or a government).
    private static bool IsOfficeOfAService(IReadOnlyList<Token> tokens, int start, int office)
    {
        var owner = tokens[office - 1].Text is "'s" ? office - 2 : office - 1;
        return owner >= start && NameForms.IsLowerWord(tokens[owner])
            && tokens[owner].Text is not ("government" or "president" or "minister" or "premier" or "mayor" or "governor" or "chancellor" or "leader" or "party" or "campaign" or "head" or "home" or "post");
    }

    // "at the Arnmouth Convention Center", "in the Lakeside Exhibition Centre": a hall for events where something
    // happens is a place, not the body that runs it; so is a hospital or a headquarters someone is taken to, held
    // at or gathers outside ("taken to Lakeside General Hospital", "outside the Arden Police Headquarters"), while
    // "Lakeside Hospital said" is the body that runs it.
    private static bool IsVenue(NameChunk chunk)
    {
        var tokens = chunk.Tokens;
        var before = chunk.First >= 1 && tokens[chunk.First - 1].Is("the") ? chunk.First - 2 : chunk.First - 1;
        if (chunk.First >= chunk.Last || before < 0 || !NameForms.IsLowerWord(tokens[before]))
        {
            return false;
        }

        var head = tokens[chunk.Last].Text;
        if (head is "Hospital" or "Headquarters")
        {
            return tokens[before].Text is "at" or "to" or "in" or "into" or "outside" or "inside" or "near" or "toward" or "towards" or "around" or "behind";
        }

        return head is "Center" or "Centre" or "Arena"
            && tokens[chunk.Last - 1].Text is "Convention" or "Exhibition" or "Conference" or "Events" or "Expo" or "Civic" or "Sports"
            && (tokens[before].Is("at") || tokens[before].Is("in"));
    }

    // "the Velmorian Embassy in Ostravel": the city is a place of its own.
    private void ClassifyMissionCity(NameChunk chunk, List<NameChunk> chunks)
    {
        var tokens = chunk.Tokens;
        for (var k = chunk.First + 1; k < chunk.Last; k++)
        {
            if (tokens[k].Is("in") && Lexicon.DiplomaticMissions.Contains(tokens[k - 1].Text))
            {
                ClassifySpan(SubChunk(chunk, k + 1, chunk.Last), chunks);
                return;
            }
        }
    }

    // "embassy in Ostravel": the last token of the city named after a diplomatic mission, or the mission itself.
    private static int MissionCityEnd(IReadOnlyList<Token> tokens, int noun)
    {
        if (!Lexicon.DiplomaticMissions.Contains(tokens[noun].Text) || noun + 2 >= tokens.Count || !tokens[noun + 1].Is("in") || !NameChunker.IsNameWord(tokens[noun + 2])
            || Lexicon.CapitalisedFunctionWords.Contains(tokens[noun + 2].Text))
        {
            return noun;
        }

        var end = noun + 2;
        while (end + 1 < tokens.Count && NameChunker.IsNameWord(tokens[end + 1]) && tokens[end + 1].SpaceBefore)
        {
            end++;
        }

        return end;
    }

    private void ScanParts(NameChunk chunk, List<NameChunk> chunks, bool gazetteerToo)
    {
        var tokens = chunk.Tokens;
        var i = chunk.First;
        while (i <= chunk.Last)
        {
            if (gazetteerToo)
            {
                var end = LongestPlace(tokens, i, chunk.Last, out var place);
                if (end >= 0 && place is not null)
                {
                    AddPlace(place, SubChunk(chunk, i, end));
                    i = end + 1;
                    continue;
                }
            }

            if (NameForms.IsAcronym(tokens[i]) && (i == chunk.First || tokens[i].SpaceBefore) && (i == chunk.Last || tokens[i + 1].SpaceBefore) && !IsShouted(tokens, i))
            {
                var sub = SubChunk(chunk, i, i);
                if (gazetteer.TryFind(sub.Text, out var acronymPlace))
                {
                    AddPlace(acronymPlace, sub);
                }
                else
                {
                    AddOrganization(sub);
                }
            }

            i++;
        }
    }

    private void ResolveSingle(NameChunk chunk, List<NameChunk> chunks)
    {
        var name = chunk.Text;
        if (evidence.TryGetStrong(name, out var hinted))
        {
            AddHinted(hinted, chunk, chunks);
            return;
        }

        var partner = SharedSurnamePartner(chunk, chunks);
        if (partner is not null)
        {
            AddPerson(chunk, name + " " + partner.Tokens[partner.Last].Text, chunks);
            return;
        }

        var known = registry.Find(name);
        if (known is not null)
        {
            registry.Mention(known.Kind, known.Name, chunk.Sentence, chunk.Start, chunk.End);
            if (known.Kind == EntityKind.Person && !SameKey(known.Name, name))
            {
                registry.AddAlias(known, name);
            }

            // "Okafor, formerly the mayor of ...": a later short mention can carry the role.
            if (known.Kind == EntityKind.Person)
            {
                ReadRole(known, chunk, chunks, before: true);
            }

            return;
        }

        var person = IsMonthOfDate(chunk) ? null : PersonByPartOfName(name);
        if (person is not null)
        {
            registry.AddAlias(person, name);
            registry.Mention(EntityKind.Person, person.Name, chunk.Sentence, chunk.Start, chunk.End);
            ReadRole(person, chunk, chunks, before: true);
            return;
        }

        if (TryRegionOfTheWorld(chunk))
        {
            return;
        }

        var hyphenated = PlaceByLastPart(name);
        if (hyphenated is not null)
        {
            registry.AddAlias(hyphenated, name);
            registry.Mention(EntityKind.Place, hyphenated.Name, chunk.Sentence, chunk.Start, chunk.End);
            return;
        }

        if (gazetteer.TryFind(name, out var place))
        {
            AddPlace(place, chunk);
            return;
        }

        if (Lexicon.WellKnownOrganizations.Contains(name) || NameForms.IsCamelCaseBrand(name))
        {
            AddOrganization(chunk);
            return;
        }

        if (Lexicon.NonNameWords.Contains(name) || NameForms.IsCountryOrDemonym(name))
        {
            return;
        }

        if (IsNamedPersonAlone(chunk))
        {
            Add(EntityKind.Person, name, chunk);
        }
        else if (IsAfterLowerCaseRole(chunk))
        {
            AddPerson(chunk, name, chunks);
        }
        else if (evidence.IsWeakOrganization(name) || IsUnknownSpeaker(chunk))
        {
            AddOrganization(chunk);
        }
        else if (evidence.IsWeakPlace(name) && !NameChunker.IsClauseStart(chunk.Tokens, chunk.First) && !NameForms.IsAllCaps(name))
        {
            Add(EntityKind.Place, name, chunk);
        }
    }

    private bool FollowsPersonOf(NameChunk chunk)
    {
        var tokens = chunk.Tokens;
        var of = chunk.First >= 1 && tokens[chunk.First - 1].Is("the") ? chunk.First - 2 : chunk.First - 1;
        return of >= 1 && tokens[of].Is("of") && NameChunker.IsNameWord(tokens[of - 1]) && PersonByPartOfName(tokens[of - 1].Text) is not null;
    }

    // "east Asia", "southern Africa": a lower-case compass word before a continent names a region of it; "the Arab
    // world", "the Muslim world": a people or a faith and "world" name the lands where it lives.
    private bool TryRegionOfTheWorld(NameChunk chunk)
    {
        var tokens = chunk.Tokens;
        var name = chunk.Text;
        if (chunk.First >= 1 && tokens[chunk.First - 1] is { } compass && NameForms.IsLowerWord(compass)
            && name is "Asia" or "Africa" or "Europe" or "America" && IsCompassAdjective(char.ToUpperInvariant(compass.Text[0]) + compass.Text.Substring(1)))
        {
            var region = Add(EntityKind.Place, char.ToUpperInvariant(compass.Text[0]) + compass.Text.Substring(1) + " " + name, SubChunkFrom(chunk, chunk.First - 1));
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

    private NameChunk SubChunkFrom(NameChunk chunk, int first) => SubChunk(chunk, first, chunk.Last);

    // "in May", "May 5", "last June": a month named as a date is not the surname of "Theresa May".
    private static bool IsMonthOfDate(NameChunk chunk)
    {
        var tokens = chunk.Tokens;
        if (System.Array.IndexOf(Lexicon.MonthNames, chunk.Text) < 0)
        {
            return false;
        }

        if (chunk.Last + 1 >= tokens.Count)
        {
            return true;
        }

        var next = tokens[chunk.Last + 1];
        return next.IsNumber || !(next.IsWord || next.IsSymbol(','))
            || (chunk.First >= 1 && tokens[chunk.First - 1] is { IsWord: true } previous
                && (NameForms.IsLowerWord(previous) || Lexicon.CapitalisedFunctionWords.Contains(previous.Text)) && !Lexicon.AttributionVerbs.Contains(previous.Text));
    }

    // "USS Marlin", "the U.S.S. Marlin", "HMS Dauntless": a ship is neither a body nor a place, and the prefix
    // alone names nothing.
    // (An undotted prefix alone may be an acronym: "the INS said".)
    private static bool IsShipName(NameChunk chunk)
    {
        var prefix = chunk.Tokens[chunk.First].Text;
        return Lexicon.ShipPrefixes.Contains(prefix) && (chunk.First < chunk.Last || prefix.IndexOf('.') >= 0);
    }

    // "the character Ana Ruiz", "her character of Jo Kim", "Kim's character, Ana Ruiz": a fictional character
    // is no one in the news.
    private static bool IsNamedCharacter(NameChunk chunk)
    {
        var tokens = chunk.Tokens;
        var k = chunk.First - 1;
        if (k >= 0 && (tokens[k].Is("of") || tokens[k].IsSymbol(',')))
        {
            k--;
        }

        return k >= 0 && NameForms.IsLowerWord(tokens[k]) && tokens[k].Text is "character" or "characters" or "superhero" or "villain";
    }

    // "Nordwind announced a recall": a single name that speaks, is nobody's surname or first name and no place,
    // is a company or a publication (people are named in full before their surname is used alone).
    private bool IsUnknownSpeaker(NameChunk chunk)
    {
        var word = chunk.Tokens[chunk.First];

        return !evidence.IsIntroducedAsPerson(chunk.Text) && (evidence.IsSpeaker(chunk.Text) && evidence.IsCapitalisedMidSentence(chunk.Text) || IsDeterminedSubject(chunk)) && !GivenNames.Contains(word.Text) && !Lexicon.WordLikeGivenNames.Contains(word.Text)
            && !evidence.IsWeakPlace(chunk.Text) && !chunk.InsideQuote && NameForms.IsPersonNameWord(word) && word.Text.Length > 2;
    }

    // "The Lantern drew comparisons": "the" and a single unknown name that acts is a body or a publication
    // (a person's name takes no article).
    private static bool IsDeterminedSubject(NameChunk chunk)
    {
        var tokens = chunk.Tokens;
        if (chunk.First == 0 || !tokens[chunk.First - 1].Is("the") || chunk.Last + 1 >= tokens.Count || Lexicon.TitleWords.Contains(tokens[chunk.First].Text)
            || Lexicon.NonNameWords.Contains(tokens[chunk.First].Text) || Lexicon.PlaceHeads.Contains(tokens[chunk.First].Text))
        {
            return false;
        }

        var verb = tokens[chunk.Last + 1];
        return NameForms.IsLowerWord(verb) && (Lexicon.AttributionVerbs.Contains(verb.Text)
            || verb.Text is "drew" or "published" or "contacted" or "obtained" or "interviewed" or "quoted" or "cited" or "ran");
    }

    private void AddOrganization(NameChunk chunk)
    {
        var record = Add(EntityKind.Organization, chunk.Text, chunk);
        RegisterParenthesisedAcronym(chunk, record);
    }

    private void AddPlace(GazetteerPlace place, NameChunk chunk)
    {
        var record = Add(EntityKind.Place, place.Name, chunk);
        record.PlaceKind = place.Kind;
        if (!SameKey(place.Name, chunk.Text))
        {
            registry.AddAlias(record, chunk.Text);
        }

        RegisterParenthesisedAcronym(chunk, record);
    }

    private EntityRecord Add(EntityKind kind, string name, NameChunk chunk)
    {
        var existing = registry.Find(name);
        var record = existing is not null && existing.Kind == kind
            ? registry.Mention(kind, existing.Name, chunk.Sentence, chunk.Start, chunk.End)
            : registry.Mention(kind, name, chunk.Sentence, chunk.Start, chunk.End);
        if (kind == EntityKind.Place && record.PlaceKind == PlaceKind.Unknown && gazetteer.TryFind(name, out var place))
        {
            record.PlaceKind = place.Kind;
        }

        // "Pope Francis", "Queen Elizabeth II": a sovereign's title is written as part of the name.
        if (kind == EntityKind.Person && chunk.First >= 1 && chunk.Tokens[chunk.First - 1] is { IsWord: true } title
            && Lexicon.SovereignTitles.Contains(title.Text) && SameKey(record.Name, chunk.Text))
        {
            registry.AddAlias(record, title.Text + " " + chunk.Text);
        }

        return record;
    }

    // "National Emergency Operation Centre (NEOC)", "the United Kingdom's (UK)": the acronym is an alias.
    private void RegisterParenthesisedAcronym(NameChunk chunk, EntityRecord record)
    {
        var tokens = chunk.Tokens;
        var p = chunk.Last + 1;
        if (p < tokens.Count && tokens[p].Text is "'s" or "'S")
        {
            p++;
        }

        if (p + 2 < tokens.Count && tokens[p].IsSymbol('(') && tokens[p + 2].IsSymbol(')')
            && (NameForms.IsAllCaps(tokens[p + 1].Text) || IsSyllabicAbbreviation(tokens[p + 1].Text, chunk.Text)))
        {
            registry.AddAlias(record, tokens[p + 1].Text);
            evidence.Hint(tokens[p + 1].Text, record.Kind);
        }
    }

    // "Velmorian Institute of Seismology (Velisem)": a capitalised short form built from the first letters of the
    // name's words and letters after them, in order.
    private static bool IsSyllabicAbbreviation(string word, string name)
    {
        if (word.Length < 3 || word.Length >= name.Length || !char.IsUpper(word[0]) || char.ToUpperInvariant(name[0]) != word[0] || name.IndexOf(' ') < 0)
        {
            return false;
        }

        var n = 0;
        var lastWordStart = 0;
        var wordsUsed = 0;
        for (var w = 0; w < word.Length; w++)
        {
            var c = char.ToLowerInvariant(word[w]);
            if (!char.IsLetter(c))
            {
                return false;
            }

            while (n < name.Length && char.ToLowerInvariant(name[n]) != c)
            {
                n++;
            }

            if (n >= name.Length)
            {
                return false;
            }

            var start = name.LastIndexOf(' ', n) + 1;
            if (start != lastWordStart || w == 0)
            {
                wordsUsed++;
                lastWordStart = start;
            }

            n++;
        }

        return wordsUsed >= 2;
    }

    private string CanonicalAffiliation(string affiliation)
    {
        var country = NameForms.CountryOfDemonym(affiliation);
        if (country is not null)
        {
            return country;
        }

        return gazetteer.TryFind(affiliation, out var place) ? place.Name : affiliation;
    }

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

            var candidate = AnalyzedText.CollapseWhitespace(text.Original, tokens[start].Start, tokens[end].End);
            if (tokens[end].IsWord && gazetteer.TryFind(candidate, out var match))
            {
                found = end;
                place = match;
            }
        }

        return found;
    }

    private string? DomainName(NameChunk chunk)
    {
        var end = chunk.End;
        var normalized = text.Normalized;
        var sentenceEnd = chunk.Sentence.End;
        var sawDot = false;
        // Only lower-case labels after the dots ("UOL.com.br"), so "Assange.Image" is not a web address.
        while (end + 1 < sentenceEnd && normalized[end] == '.' && char.IsLower(normalized[end + 1]))
        {
            sawDot = true;
            end++;
            while (end < sentenceEnd && char.IsLower(normalized[end]))
            {
                end++;
            }
        }

        return sawDot ? text.Original.Substring(chunk.Start, end - chunk.Start) : null;
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
            return Lexicon.PlaceHeads.Contains(head) && !Lexicon.OrganizationHeads.Contains(tokens[chunk.Last].Text) && !Lexicon.OrganizationHeads.Contains(head) && !IsCompassWord(head)
                && !Lexicon.TitleWords.Contains(tokens[chunk.First].Text) && NameChunker.IsNameWord(tokens[i + 1]);
        }

        return false;
    }

    private static bool IsDistrictOfColumbia(string word) => word is "D.C." or "D.C" or "DC";

    // "Northern Velmoria", "South Ostravel": a capitalised compass word before a known place names a part of it, a
    // place of its own (the whole place is not what the text names).
    private bool TryDirectionOfPlace(NameChunk chunk)
    {
        var tokens = chunk.Tokens;
        if (chunk.First == chunk.Last || !IsCompassAdjective(tokens[chunk.First].Text) || !tokens[chunk.First + 1].SpaceBefore)
        {
            return false;
        }

        var rest = SubChunk(chunk, chunk.First + 1, chunk.Last);
        // "North Velmoria" (a country) is rarely a name of its own, unlike "Northern Velmoria" or "South Ostravel".
        if (!gazetteer.TryFind(rest.Text, out var whole) || NameForms.CountryOfDemonym(rest.Text) is not null
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

    // "WE HAVE WON BY A LOT": three capitalised words in a row are shouted words, not acronyms (but a comma list
    // of acronyms, "the ELT, TMT and GMT", is not shouting).
    private static bool IsShouted(IReadOnlyList<Token> tokens, int index)
    {
        const int MinShoutedWords = 3;
        var count = 1;
        for (var k = index - 1; k >= 0 && count < MinShoutedWords && IsCapitalsWord(tokens[k]); k--)
        {
            count++;
        }

        for (var k = index + 1; k < tokens.Count && count < MinShoutedWords && IsCapitalsWord(tokens[k]); k++)
        {
            count++;
        }

        return count >= MinShoutedWords;
    }

    // "((ABC)) Why did you run?": initials in double brackets mark who speaks in an interview transcript.
    private static bool IsSpeakerLabel(IReadOnlyList<Token> tokens, int index) =>
        index >= 2 && index + 1 < tokens.Count && tokens[index - 1].IsSymbol('(') && tokens[index - 2].IsSymbol('(') && tokens[index + 1].IsSymbol(')');

    private static bool IsCapitalsWord(Token token) => token.IsWord && (NameForms.IsAllCaps(token.Text) || token.Text is "I" or "A");

    // "K2-18b": a code glued to what follows is part of a designation, not an acronym.
    private static bool GluedToNext(NameChunk chunk) => chunk.Last + 1 < chunk.Tokens.Count && !chunk.Tokens[chunk.Last + 1].SpaceBefore
        && chunk.Tokens[chunk.Last + 1].Text is not "'s" && !(chunk.Tokens[chunk.Last + 1].Kind == TokenKind.Symbol && chunk.Tokens[chunk.Last + 1].Text is "," or "." or ")" or ";" or ":" or "\"" or "'s");

    // "Dunbartonshire East" is a place only where the text says so ("in ..."); "Kanye West" is a person.
    private static bool IsCompassWord(string word) => word is "East" or "West" or "North" or "South" or "Central" or "Upper" or "Lower";

    private static bool HasOrganizationHead(NameChunk chunk)
    {
        var tokens = chunk.Tokens;
        for (var i = chunk.First; i <= chunk.Last; i++)
        {
            if (tokens[i].IsWord && char.IsUpper(tokens[i].Text[0]) && Lexicon.OrganizationHeads.Contains(tokens[i].Text))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasAny(NameChunk chunk, HashSet<string> words)
    {
        for (var i = chunk.First; i <= chunk.Last; i++)
        {
            if (chunk.Tokens[i].IsWord && words.Contains(chunk.Tokens[i].Text))
            {
                return true;
            }
        }

        return false;
    }

    private NameChunk? SubChunkAfterFirst(NameChunk chunk) => chunk.First < chunk.Last ? SubChunk(chunk, chunk.First + 1, chunk.Last) : null;

    private NameChunk SubChunk(NameChunk chunk, int first, int last) =>
        new(chunk.Sentence, first, last, AnalyzedText.CollapseWhitespace(text.Original, chunk.Tokens[first].Start, chunk.Tokens[last].End), chunk.InsideQuote);

    private static bool SameKey(string a, string b) => NameForms.Key(a) == NameForms.Key(b);
}
