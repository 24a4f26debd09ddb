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
    /// <summary>Organisation heads that name a known institution on their own ("Parliament", "Congress").</summary>
    private static HashSet<string> StandaloneInstitutions => Lexicon.StandaloneInstitutions;

    private readonly AnalyzedText text;
    private readonly CancellationToken cancellationToken;
    private readonly EntityRegistry registry;
    private readonly ContextEvidence evidence = new();
    private readonly PlaceGazetteer gazetteer = PlaceGazetteer.Instance;
    private readonly List<(Sentence Sentence, List<NameChunk> Chunks)> sentences = new();
    private readonly List<(NameChunk Chunk, List<NameChunk> Chunks)> singles = new();

    public DocumentEntityReader(AnalyzedText text, CancellationToken cancellationToken)
    {
        this.text = text;
        this.cancellationToken = cancellationToken;
        registry = new EntityRegistry(text);
    }

    public EntitySet Read()
    {
        var credits = CreditLines.Find(text);
        foreach (var sentence in text.BodySentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var chunks = NameChunker.Chunk(text, sentence, QuoteMask(sentence));
            JoinEditorialBracketNames(chunks);
            if (credits.Count > 0)
            {
                // A picture credit names who took the picture, not anyone the article is about.
                chunks.RemoveAll(chunk => CreditLines.Covers(credits, chunk.Start));
            }

            TakeDateline(sentence, chunks);
            NotePartyTags(sentence, chunks);
            sentences.Add((sentence, chunks));
        }

        foreach (var (sentence, chunks) in sentences)
        {
            evidence.CollectCampStoryWords(sentence.Tokens);
            foreach (var chunk in chunks)
            {
                evidence.Collect(chunk, chunks);
                NoteCongoNamedInFull(chunk);
            }
        }

        evidence.Complete();

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
        AddPeopleListedWithPeople();
        AddPlacesOpeningLocalBodies();
        AddPlacesEndingBodyNames();
        AddPlacesPairedWithPlaces();
        AddOrganizationsListedWithOrganizations();
        AddCampaignsNamedByCandidates();
        AddLowerCaseMinistries();
        AddPortfolioMinistries();
        AddSubcontinentCentralGovernment();
        AddPlaceForcesInLowerCase();
        AddNationalBodiesInLowerCase();
        AddCelestialBodies();
        AddBareChamberHouse();
        ReadHeadline();
        MergeShortPersonNames();
        MergeNamesInsideLongerNames();
        MergePlacesNamedForPeople();
        MergeShortPlaceAndOrganizationNames();
        MergePartyAdjectives();
        MergeCompanyShortNames();
        MergeFormalTownNames();
        MergeShortOrganizationNames();
        MergeHeadlessShortOrganizationNames();
        MergeOpeningShortOrganizationNames();
        MergePluralVariantOrganizationNames();
        MergeCountryPrefixVariants();
        MergeAcronymsIntoSpelledNames();
        DiscardModifierAcronyms();
        MergeOrAlternatives();
        MergeKnownAsOrganizationNames();
        MergeAppositiveOrganizationNames();
        DiscardOrdinaryWordPeople();
        FoldNamelessOwnersIntoRoles();
        DiscardPluralKindNames();
        DiscardAcronymsHeardOnlyInAnswers();
        DiscardTickerTagAcronyms();
        ReadInterviewSelfIntroductions();
        ReadRolesGivenThroughPronouns();
        ReadHoldersOfUnnamedSourceOffices();
        ReadOfficesOfNamedBodies();
        DropDemonymAffiliations();
        GivePartiesOfTags();
        registry.WriteSuffixStops();
        return registry.ToEntitySet();
    }

    // The headline is written for effect, so only names the body confirms and gazetteer places are read there
    // ("Suspect arrested in Kerala, India"), unless the body writes the name as a made thing ("a Falcon 9 rocket").
    private void ReadHeadline()
    {
        foreach (var sentence in text.Sentences)
        {
            if (!sentence.IsHeadline)
            {
                continue;
            }

            var chunks = NameChunker.Chunk(text, sentence, QuoteMask(sentence));
            foreach (var chunk in chunks)
            {
                var known = registry.Find(chunk.Text) ?? (chunk.SpacedWordCount == 1 ? PersonByPartOfName(chunk.Text) : PersonByFirstAndLastName(chunk.Text));
                if (known is not null)
                {
                    registry.Mention(known.Kind, known.Name, sentence, chunk.Start, chunk.End);
                    if (known.Kind == EntityKind.Person)
                    {
                        ReadHeadlineRole(known, chunk, chunks);
                    }
                }
                else if (TitledPersonInHeadline(chunk) is { } titled)
                {
                    registry.Mention(EntityKind.Person, titled.Person.Name, sentence, titled.Name.Start, titled.Name.End);
                    ReadHeadlineRole(titled.Person, titled.Name, new List<NameChunk> { titled.Title });
                }
                else if (!IsCountryCodeModifier(chunk) && !evidence.IsThingName(chunk.Text) && gazetteer.TryFind(chunk.Text, out var place))
                {
                    AddPlace(place, chunk);
                }
                else if (!TryCountryOpeningHeadlineRun(chunk))
                {
                    // "Storms hit Northern Velmoria": a compass word before a gazetteer place names a part of it.
                    TryDirectionOfPlace(chunk);
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
        // ("the Chief Ana Ruiz station": the site honours the person, and no title is read there.)
        if (nicknamedSurnames.Contains(chunk.Start) || IsNameOfHonouringSite(chunk) || IsRegionInOfficeTitle(chunk) || TryAddInterviewee(chunk) || TryAddBracketCompletedName(chunk) || TryMentionParticleSurname(chunk, chunks)
            || TryCountyName(chunk, chunks) || TrySuffixedDistrict(chunk) || TryStateAfterTown(chunk))
        {
            return;
        }

        if (TrySplitBodyAcronymBeforeTown(chunk, chunks) || TryFirstPortfolioOfJoinedOffice(chunk, chunks))
        {
            return;
        }

        if (IsBodyServingCountry(chunk))
        {
            AddOrganization(chunk);
            return;
        }

        if (IsHeadGeneralBody(chunk))
        {
            AddOrganization(chunk);
            return;
        }

        if (TrySplitTelevisionKind(chunk, chunks) || TryTitledPlace(chunk) || TryCompassRegion(chunk) || TrySplitPlaceBeforeRegion(chunk) || TrySplitChamberContest(chunk) || TrySplitDemonymBeforePerson(chunk, chunks) || TryReadBirthName(chunk, chunks) || TrySplitNickname(chunk, chunks) || TrySkipOpeningTimeWord(chunk, chunks) || TrySkipMonthOf(chunk, chunks) || TrySplitPersonOf(chunk, chunks) || TrySplitTitleAcronym(chunk, chunks) || TrySplitClassRank(chunk, chunks) || TrySplitTitle(chunk, chunks) || TrySplitRoleOf(chunk, chunks) || TrySplitPlaceBeforeOffice(chunk, chunks)
            || TrySplitSeatBeforePerson(chunk, chunks) || TrySplitBodyBeforePerson(chunk, chunks))
        {
            return;
        }

        ClassifySpan(chunk, chunks);
    }

    private static bool IsCapitalisedRoleHead(string word) =>
        word.Length > 1 && char.IsUpper(word[0]) && !NameForms.IsAllCaps(word) && Lexicon.RoleHeads.Contains(word);

    private void ClassifySpan(NameChunk chunk, List<NameChunk> chunks)
    {
        var tokens = chunk.Tokens;
        var name = chunk.Text;
        // "the Nordline pipeline", "the film Harbour Lights": a made thing or a work is no body and no place.
        if (IsNamedCharacter(chunk) || IsShipName(chunk) || IsHashtag(chunk) || IsTradeStreetModifier(chunk) || TrySkipCrudeGrade(chunk, chunks) || evidence.IsThingName(name) || evidence.IsKindName(name)
            || IsNameOfHonouringSite(chunk) || IsZoneTimeAfterClock(chunk))
        {
            return;
        }

        if (IsDetentionSite(chunk) && !HasLowerCaseWord(chunk))
        {
            Add(EntityKind.Place, chunk.Text, chunk);
            return;
        }

        if (TrySplitPersonBeforeBody(chunk, chunks))
        {
            return;
        }

        // "a safe zone East of the Orra River": a compass word before "of" gives a direction from the place.
        if (chunk.First + 2 <= chunk.Last && NameChunker.IsCompassOrRank(tokens[chunk.First].Text) && tokens[chunk.First + 1].Is("of"))
        {
            var start = tokens[chunk.First + 2].Is("the") ? chunk.First + 3 : chunk.First + 2;
            if (start <= chunk.Last)
            {
                ClassifySpan(SubChunk(chunk, start, chunk.Last), chunks);
            }

            return;
        }

        // "Dean of the Lakeside Faculty", "Chair of the Velmoria Board": an office named by a role head before "of" is
        // no body; what follows "of" may be one.
        if (chunk.First + 2 <= chunk.Last && tokens[chunk.First + 1].Is("of") && IsCapitalisedRoleHead(tokens[chunk.First].Text))
        {
            var start = tokens[chunk.First + 2].Is("the") ? chunk.First + 3 : chunk.First + 2;
            if (start <= chunk.Last)
            {
                ClassifySpan(SubChunk(chunk, start, chunk.Last), chunks);
            }

            return;
        }

        if (IsCountryCodeModifier(chunk) || TryPartiesByAdjectives(chunk) || TryPartyShortName(chunk) || TryPartyBeforeMembers(chunk))
        {
            return;
        }

        if (NameChunker.EndsNumberedPlace(tokens, chunk.Last))
        {
            // "Storm Area 9": a word that opens no name ("Storm", "National") is not part of the numbered place's, nor is
            // what a lower-case connector joins before it ("Organisers of the Storm Area 9": the opener ran on into it).
            // (The number may carry a branch letter after it: "Interstate 35W".)
            var number = NameChunker.IsNumberedPlace(tokens, chunk.Last) ? chunk.Last : chunk.Last - 1;
            var start = chunk.First;
            for (var k = number - 2; k > chunk.First; k--)
            {
                if (NameForms.IsLowerWord(tokens[k]))
                {
                    start = k + 1;
                    break;
                }
            }

            while (start < number - 1 && Lexicon.NonNameWords.Contains(tokens[start].Text))
            {
                start++;
            }

            // ("the Interstate 35W bridge": a numbered road before a lower-case kind of site names that site.)
            var numbered = SubChunk(chunk, start, chunk.Last);
            if (evidence.FeatureName(numbered.Text) is { } site)
            {
                registry.AddAlias(Add(EntityKind.Place, site, numbered), numbered.Text);
            }
            else
            {
                Add(EntityKind.Place, numbered.Text, numbered);
            }

            return;
        }

        // "Washington, D.C.", and "D.C." alone for it: the district is the capital, never a body.
        if ((chunk.First < chunk.Last && tokens[chunk.First].Is("Washington") && NameChunker.IsDistrictOfColumbia(tokens[chunk.Last].Text))
            || (chunk.First == chunk.Last && NameChunker.IsDistrictOfColumbia(name) && tokens[chunk.First].Text != "DC"))
        {
            var capital = Add(EntityKind.Place, chunk.First == chunk.Last ? "Washington, D.C." : name, chunk);
            capital.PlaceKind = PlaceKind.City;
            registry.AddAlias(capital, chunk.Text);
            return;
        }

        if (TryCapitalisedState(chunk) || TryFacilityOfKnownPlace(chunk))
        {
            return;
        }

        if (Lexicon.SeatsOfPower.Contains(name) || (tokens[chunk.First].IsNumber && Lexicon.SeatsOfPower.Contains(name.Substring(tokens[chunk.First].Length + 1))))
        {
            Add(evidence.IsSeatUsedAsPlace(name) ? EntityKind.Place : EntityKind.Organization, name, chunk);
            return;
        }

        if (evidence.IsHouseBuilding(chunk))
        {
            Add(EntityKind.Place, name, chunk);
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

        // "al-Qaeda", "al-Shabaab": the chunker opens a name with the lower-case article only for a known body.
        if (chunk.First + 1 < chunk.Last && tokens[chunk.First].Text is "al" or "el" && tokens[chunk.First + 1].IsSymbol('-'))
        {
            AddOrganization(chunk);
            return;
        }

        if (evidence.TryGetStrong(name, out var hinted))
        {
            AddHinted(hinted, chunk, chunks);
            return;
        }

        // "USA Today", "Real Madrid": a well-known body's full name, whatever its words look like (one word waits for
        // the document's full names: "Boeing" may be someone's surname there).
        if (chunk.SpacedWordCount > 1 && OrganizationLexicon.Contains(name) && !IsKnownPerson(name))
        {
            AddOrganization(chunk);
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

        if (OpensWithPlaceKind(chunk))
        {
            Add(EntityKind.Place, name, chunk);
            return;
        }

        if (IsCauseName(chunk))
        {
            AddOrganization(chunk);
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

        if (chunk.SpacedWordCount > 1 && Lexicon.PlaceHeads.Contains(tokens[chunk.Last].Text) && !Lexicon.OrganizationHeads.Contains(tokens[chunk.Last].Text) && !EndsWithBareHeadAfterOf(chunk)
            && !IsHeadOfNoPlace(chunk) && !(NameChunker.IsCompassOrRank(tokens[chunk.Last].Text) && !evidence.IsWeakPlace(name) && !IsStreetPart(chunk)))
        {
            Add(EntityKind.Place, name, chunk);
            return;
        }

        if (IsVenue(chunk))
        {
            // "the Arnmouth Convention Center (ACC)": the building's acronym is its alias.
            RegisterParenthesisedAcronym(chunk, Add(EntityKind.Place, name, chunk));
            return;
        }

        if (EndsInLawOrContest(chunk))
        {
            ScanParts(chunk, chunks, gazetteerToo: false);
            return;
        }

        if (IsPartyMembersOfChamber(chunk))
        {
            // "Senate Republicans said": the chamber is named; its party members are no body of their own.
            ClassifySpan(SubChunk(chunk, chunk.First, chunk.First), chunks);
            return;
        }

        if (HasOrganizationHead(chunk))
        {
            var bodyEnd = OfficeTitleBodyEnd(chunk);
            if (bodyEnd >= 0)
            {
                ClassifyOfficeBody(chunk, bodyEnd, chunks);
                return;
            }

            var bodyStart = OfficeTitleBodyStart(chunk);
            if (bodyStart >= 0 && !OrganizationLexicon.Contains(name))
            {
                ClassifySpan(SubChunk(chunk, bodyStart, chunk.Last), chunks);
                return;
            }

            if (IsOpenedByHeadOnly(chunk) && !evidence.IsWeakOrganization(name))
            {
                ScanParts(chunk, chunks, gazetteerToo: true);
                return;
            }

            // A bare "University" or "Committee" is a common noun at a sentence start, not a name.
            if (chunk.SpacedWordCount > 1 || StandaloneInstitutions.Contains(name))
            {
                AddOrganization(chunk);
                ClassifyMissionCity(chunk, chunks);
            }

            return;
        }

        if (HasCompanyEnding(chunk) || IsAmpersandFirmName(chunk))
        {
            AddOrganization(chunk);
            return;
        }

        if (chunk.SpacedWordCount == 1)
        {
            if (chunk.First == chunk.Last && NameForms.IsAcronym(tokens[chunk.First]) && registry.Find(name) is null && !GluedToNext(chunk) && !IsShouted(tokens, chunk.First) && !IsTimeZoneAfterClock(tokens, chunk.First)
                && !IsSpeakerLabel(tokens, chunk.First) && !IsNoBodyAcronym(tokens, chunk.First))
            {
                if (!IsInterviewLabel(chunk))
                {
                    NoteAcronymReadAlone(name);
                    AddOrganization(chunk);
                }

                return;
            }

            singles.Add((chunk, chunks));
            return;
        }

        // "Bill Okafor": a word-like given name opening the name is no event word.
        var eventCandidate = Lexicon.WordLikeGivenNames.Contains(tokens[chunk.First].Text) ? SubChunkAfterFirst(chunk) : chunk;
        // ("the Velmoria Olympics", "Fan Expo Velmoria": a contest or a fair is held in the place it is named after, which
        // stays a place; a war, a treaty or a law named after one is only about it.)
        if (eventCandidate is not null && HasAny(eventCandidate, Lexicon.EventWords))
        {
            ScanParts(chunk, chunks, gazetteerToo: IsContestOrFairName(eventCandidate));
            return;
        }

        if (Lexicon.PlaceHeads.Contains(tokens[chunk.Last].Text) && !NameForms.IsCountryOrDemonym(tokens[chunk.First].Text) && !EndsWithBareHeadAfterOf(chunk)
            && !IsHeadOfNoPlace(chunk) && !(NameChunker.IsCompassOrRank(tokens[chunk.Last].Text) && !evidence.IsWeakPlace(name) && !IsStreetPart(chunk)))
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
        // (A given name that is also a town, "Mary Smith said in a statement", still needs evidence beyond it; and a name
        // the document introduces after a role or a noun for a person, "bank chief Ravi Menon ... Ravi Menon said in a
        // statement", is that person speaking, not a body.)
        if (evidence.IsWeakOrganization(name) && (!GivenNames.Contains(tokens[chunk.First].Text) || !HasPersonEvidenceBeyondGivenName(chunk, chunks))
            && !IsKnownPerson(name) && !evidence.IsUsedAlone(tokens[chunk.Last].Text) && !IsIntroducedPersonName(chunk))
        {
            AddOrganization(chunk);
            return;
        }

        if (IsPersonLike(chunk) && TryGivenNameOnlyNonPerson(chunk, chunks))
        {
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

        // "The Harbour Census Review estimated": an unknown run after "the" that acts is a body or a publication.
        if (chunk.SpacedWordCount > 1 && IsDeterminedSubject(chunk) && !IsKnownPerson(name) && !HasTitleOrDemonym(chunk))
        {
            AddOrganization(chunk);
            return;
        }

        if (IsTeamOfAPlace(chunk))
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
                if (feature is not null && feature.EndsWith(" hospital", System.StringComparison.Ordinal) && evidence.NamedHospitalOf(chunk.Text) is { } hospital)
                {
                    // "Orra District hospital ... Orra District Hospital": the lower-case kind names the same body
                    // the document writes in full elsewhere, not a site of its own.
                    registry.AddAlias(Add(EntityKind.Organization, hospital, chunk), chunk.Text);
                }
                else if (feature is not null)
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
                // "a Republican senator", "the Democratic nominee": an adjective of a party only describes; the party
                // is named by its full name ("Republican Party"), which other passes find.
                if (chunk.First == chunk.Last && Lexicon.PartyAdjectivesOnly.Contains(chunk.Text))
                {
                    break;
                }

                // A hint never turns a known person or a gazetteer place into an organisation ("Turkey's army").
                var person = registry.Find(chunk.Text, EntityKind.Person) ?? (chunk.SpacedWordCount == 1 ? PersonByPartOfName(chunk.Text) : null);
                if (person is not null)
                {
                    registry.Mention(EntityKind.Person, person.Name, chunk.Sentence, chunk.Start, chunk.End);
                }
                // ... but "the news agency Fallow" says in so many words that a region's name is a body's here.
                else if (gazetteer.TryFind(chunk.Text, out var knownPlace) && !evidence.IsTeam(chunk.Text)
                    && !(evidence.IsNamedAsBody(chunk.Text) && knownPlace.Kind != PlaceKind.Country))
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

    // "the Velmorian Prime Minister": an office, with or without the country it serves, is no body.
    private static bool HasTitleOrDemonym(NameChunk chunk)
    {
        for (var i = chunk.First; i <= chunk.Last; i++)
        {
            var word = chunk.Tokens[i].Text;
            if (Lexicon.TitleWords.Contains(word) || Lexicon.RoleHeads.Contains(word) || NameForms.CountryOfDemonym(word) is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Event words of contests and fairs, held in the place they are named after ("the Orra Games").</summary>
    private static readonly HashSet<string> ContestAndFairWords = Lexicon.Set(
        "Olympics Olympic Games Cup Championship Championships Open Tournament Marathon Show Expo Fair Festival");

    // Every event word of the name is a contest's or a fair's (not "the Orra War", "the Velm Accord Games").
    private static bool IsContestOrFairName(NameChunk chunk)
    {
        for (var i = chunk.First; i <= chunk.Last; i++)
        {
            var word = chunk.Tokens[i].Text;
            if (chunk.Tokens[i].IsWord && Lexicon.EventWords.Contains(word) && !ContestAndFairWords.Contains(word))
            {
                return false;
            }
        }

        return true;
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
}
