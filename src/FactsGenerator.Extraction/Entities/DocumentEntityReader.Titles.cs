using System.Collections.Generic;
using System.Text;
using FactsGenerator.Extraction.Gazetteer;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>Titles and offices inside a run of capitals: "President X", "Mayor of Y X", "X of the Z".</summary>
internal sealed partial class DocumentEntityReader
{
    // "President Andrzej Duda", "Interior Minister Joachim Brudziński", "Mayor of Koszalin Piotr Jedlinski", "Mr Bakiyev".
    private bool TrySplitTitle(NameChunk chunk, List<NameChunk> chunks)
    {
        var tokens = chunk.Tokens;
        if (TrySplitDestination(chunk, chunks))
        {
            return true;
        }

        // "Hassan Sheikh Mohamud": after a known given name opening the run, "Sheikh" is a middle name, not a title
        // before the rest.
        if (chunk.First + 2 == chunk.Last && IsAddressTitle(tokens[chunk.First + 1]) && GivenNames.Contains(tokens[chunk.First].Text)
            && NameForms.IsPersonNameWord(tokens[chunk.First]) && NameForms.IsPersonNameWord(tokens[chunk.Last]) && !Lexicon.TitleWords.Contains(tokens[chunk.First].Text))
        {
            AddPerson(chunk, chunk.Text, chunks);
            return true;
        }

        for (var t = chunk.Last - 1; t >= chunk.First; t--)
        {
            var title = tokens[t];
            // Only a capitalised word can be a title: tested before the word lists.
            if (!title.IsWord || !char.IsUpper(title.Text[0]))
            {
                continue;
            }

            var atStart = t == chunk.First || (t == chunk.First + 1 && Lexicon.TitleModifiers.Contains(tokens[chunk.First].Text));
            // ("First Lady Ana Ruiz": the honorific after "First" names an office.)
            var firstLady = title.Is("Lady") && t - 1 >= chunk.First && tokens[t - 1].Is("First");
            // ("Finance Minister Dr Ana Ruiz": an honorific after an office is how the holder is addressed; the office is read.)
            var isHonorific = (Lexicon.Honorifics.Contains(title.Text) && !firstLady && !IsAddressAfterOffice(tokens, t, chunk.First))
                || (atStart && Lexicon.PartyAdjectives.Contains(title.Text));
            if (!isHonorific && !firstLady && !Lexicon.TitleWords.Contains(title.Text) && !IsAddressAfterOffice(tokens, t, chunk.First) && !MoreTitleWords.Contains(title.Text) && !TitleAbbreviations.IsShortTitle(title.Text) && RoleParser.PluralTitleAt(tokens, t) is null
                && !(atStart && (Lexicon.RoleHeads.Contains(title.Text) || Lexicon.PersonNouns.Contains(title.Text) || IsOccupation(title.Text, chunk)))
                && !IsOfficeBeforeFullName(tokens, t, chunk) && !IsDescriptionOpeningFullName(tokens, t, chunk)
                && !(t > chunk.First && IsSpelledCompoundRank(tokens[t - 1], title)))
            {
                // ("Sergeant Major Ivo Brand": a rank word after another ends the compound rank, though "Major" alone
                // is no title.)
                continue;
            }

            var nameStart = t + 1;
            if (nameStart <= chunk.Last && tokens[nameStart].IsSymbol('.'))
            {
                nameStart++;
            }

            GazetteerPlace? ofPlace = null;
            NameChunk? ofPlaceChunk = null;
            var portfolioEnd = -1;
            if (nameStart <= chunk.Last && (tokens[nameStart].Is("of") || tokens[nameStart].Is("for")))
            {
                var placeEnd = LongestPlace(tokens, nameStart + 1, chunk.Last, out ofPlace);
                if (placeEnd >= 0)
                {
                    ofPlaceChunk = SubChunk(chunk, tokens[nameStart + 1].Is("the") ? nameStart + 2 : nameStart + 1, placeEnd);
                }
                else
                {
                    // "First Minister of Scotland Nicola Sturgeon": an unknown body, then a two-word name.
                    placeEnd = chunk.Last - 2;
                    if (placeEnd <= nameStart || !NameChunker.IsNameWord(tokens[placeEnd]))
                    {
                        continue;
                    }

                    // "Minister of Economy Ana Ruiz": a field of government completes the office.
                    var body = SubChunk(chunk, nameStart + 1, placeEnd);
                    if (RoleParser.IsPortfolio(tokens, nameStart + 1, placeEnd, body.Text) || IsTheChamber(tokens, nameStart + 1, placeEnd)
                        || RoleParser.IsOfficeOfState(tokens, nameStart))
                    {
                        // "Speaker of the House Tina Vale": the chamber names the office too, as "State" does a
                        // minister's ("Minister of State for Health Ana Ruiz").
                        portfolioEnd = placeEnd;
                    }
                }

                nameStart = placeEnd + 1;
            }
            else if (!isHonorific && PlaceBeforeFullName(tokens, nameStart, chunk.Last, out var seat) is var seatEnd && seatEnd >= 0)
            {
                // "Deputy Commissioner Swat Junaid Khan": the district an officer serves, written without "of" between
                // the title and a full name, is the office's place, not the first word of the name.
                ofPlace = seat;
                ofPlaceChunk = SubChunk(chunk, nameStart, seatEnd);
                nameStart = seatEnd + 1;
            }

            // "Mayor van Hoek": a surname with a lower-case particle after the title is decided with the other
            // one-word names, once the full names are known.
            if (nameStart + 1 == chunk.Last && NameForms.IsLowerWord(tokens[nameStart]) && Lexicon.NameConnectors.Contains(tokens[nameStart].Text)
                && !(tokens[nameStart].Is("of") || tokens[nameStart].Is("for") || tokens[nameStart].Is("the")) && NameForms.IsPersonNameWord(tokens[chunk.Last]))
            {
                singles.Add((SubChunk(chunk, chunk.Last, chunk.Last), chunks));
                return true;
            }

            // ("Ana Luther King Jr.": a generational suffix follows a family name; the title word is that name.)
            if (nameStart > chunk.Last || IsGenerationalSuffix(tokens[nameStart]) || IsPluralOfficeAcronym(tokens, nameStart, chunk.Last)
                || !(IsPersonNameSpan(tokens, nameStart, chunk.Last) || IsTitledGivenNameAndPlaceWord(tokens, title, nameStart, chunk.Last)
                    || IsHonorificBeforeSurname(title, tokens, nameStart, chunk.Last))
                || IsTitledModifier(tokens, chunk, nameStart))
            {
                continue;
            }

            var roleStart = t;
            var federalCountry = -1;

            // "Board Member Jennifer Homendy": an organisation word opening the run belongs to the role.
            if (t == chunk.First + 1 && Lexicon.OrganizationHeads.Contains(tokens[chunk.First].Text) && !isHonorific)
            {
                roleStart = chunk.First;
            }

            while (roleStart - 1 >= chunk.First)
            {
                if (RoleParser.IsPartyBeforeLegislator(tokens, roleStart - 1, t))
                {
                    // "Labour MP Ana Ruiz": the party is no part of the office.
                    break;
                }

                if (IsTitlePart(tokens[roleStart - 1]) || (roleStart - 2 >= chunk.First && RoleParser.IsFieldAfterChief(tokens, roleStart - 1)))
                {
                    roleStart--;
                }
                else if (roleStart - 2 >= chunk.First && tokens[roleStart - 1].IsSymbol('-') && !tokens[roleStart - 1].SpaceBefore && !tokens[roleStart].SpaceBefore
                    && (IsTitlePart(tokens[roleStart - 2]) || IsSpelledCompoundRank(tokens[roleStart - 2], tokens[roleStart])))
                {
                    // "Secretary-General Ana Ruiz": the hyphenated title is one office; so is a compound rank written with a
                    // hyphen ("Major-General Jo Kim", as British and South Asian copy spells it), whose "Major" alone is no title.
                    roleStart -= 2;
                }
                else if (AbbreviatedRankStartBefore(tokens, chunk.First, roleStart) is var rankStart && rankStart >= 0)
                {
                    // "Lt. Gov. Ana Ruiz", "Maj. Gen. Jo Kim", "Rear Adm. Ana Ruiz": a compound rank is one office.
                    roleStart = rankStart;
                }
                else if (IsSpelledCompoundRank(tokens[roleStart - 1], tokens[roleStart]))
                {
                    // "Major General Ana Ruiz", "Brigadier General Jo Kim": spelled out, a compound rank is one office too.
                    roleStart--;
                }
                else if (roleStart == t && title.Is("Secretary") && tokens[roleStart - 1].Is("Cabinet"))
                {
                    // "Interior Cabinet Secretary Ana Ruiz": a cabinet secretary is one office (Kenya's ministers), so
                    // "Cabinet" is no body and the portfolio before it is part of the office too.
                    roleStart--;
                }
                else if (roleStart == t && roleStart - 1 > chunk.First && IsUnitOfOffice(tokens[roleStart - 1], title))
                {
                    // "Velm Post Bureau Chief Ana Ruiz", "Harbour Fire Battalion Chief Jo Kim": the unit a chief heads is
                    // part of the office, not the end of the body's name; so is the city of a bureau ("Velm Post
                    // Lisbon Bureau Chief Ana Ruiz").
                    roleStart--;
                    if (tokens[roleStart].Is("Bureau") && roleStart - 1 > chunk.First && gazetteer.TryFind(tokens[roleStart - 1].Text, out _))
                    {
                        roleStart--;
                    }

                    // ("Cal Fire Battalion Chief Ana Ruiz": the unit opens the office; the words before it name the body,
                    // even one that could open a rank.)
                    break;
                }
                else if (RoleParser.IsGeneralOffice(tokens[roleStart - 1], tokens[roleStart]))
                {
                    // "Solicitor General Ana Ruiz": the office's head before a postpositive "General".
                    roleStart--;
                }
                else if (IsJurisdictionOfLegalOffice(tokens[roleStart - 1], tokens[roleStart]))
                {
                    roleStart--;
                }
                else if ((roleStart == t && IsFederalCourtOffice(tokens[roleStart - 1], tokens[roleStart]))
                    || (roleStart == t - 1 && IsFederalJudgeship(tokens[roleStart - 1], tokens[roleStart], title)))
                {
                    // "Assistant U.S. Attorney Ana Ruiz": the country is part of the office's name, and the rank before it
                    // is read on.
                    federalCountry = roleStart - 1;
                    roleStart--;
                }
                else if (RoleParser.IsChamber(tokens[roleStart - 1]) && (tokens[roleStart].Is("Minority") || tokens[roleStart].Is("Majority")))
                {
                    // "Senate Minority Whip X": the chamber names the office (as in "Senate minority leader").
                    roleStart--;
                    break;
                }
                else if (roleStart - 2 >= chunk.First && (tokens[roleStart - 1].Is("of") || tokens[roleStart - 1].Is("for")) && IsTitlePart(tokens[roleStart - 2]))
                {
                    // "Secretary of Justice Ana Ruiz"
                    roleStart -= 2;
                }
                else
                {
                    break;
                }
            }

            // "Civil Aviation Minister Ana Ruiz": the portfolio before a minister's title is part of the office.
            if (IsPortfolioTitle(title))
            {
                var placeEnd = chunk.First - 1;
                for (var k = chunk.First; k < roleStart; k++)
                {
                    placeEnd = System.Math.Max(placeEnd, LongestPlace(tokens, k, roleStart - 1, out _));
                }

                // ("Velm County Commissioner Ana Ruiz": a county or a province before the office is the area it
                // serves, read below, and no portfolio.)
                while (roleStart - 1 > placeEnd && IsPortfolioWord(tokens[roleStart - 1])
                    && !(AreaHeads.Contains(tokens[roleStart - 1].Text) && RoleParser.EndsInJurisdiction(tokens, chunk.First, roleStart - 1)))
                {
                    roleStart--;
                }
            }

            // "Fire and Rescue Commissioner X" read as one run: the field joined by "and" is part of the office.
            if (roleStart - 2 >= chunk.First && tokens[roleStart - 1].Is("and") && CoordinatedFieldStart(tokens, roleStart, chunk.First) is var field && field >= 0)
            {
                roleStart = field;
            }

            // "Mission Director X", "Associate Project Director X": everyday capitals before the office qualify it.
            if (!isHonorific && portfolioEnd < 0 && OfficeQualifiersStart(tokens, chunk, roleStart, t) is var qualifiers && qualifiers >= 0)
            {
                roleStart = qualifiers;
            }
            else if (!isHonorific && portfolioEnd < 0 && roleStart == t && QualifiersAfterBodyStart(tokens, chunk, roleStart) is var afterBody && afterBody >= 0)
            {
                // "NRC Country Director X": the body's name ends before the words qualifying the office.
                roleStart = afterBody;
            }

            // ("Sheikh Ana", "Sheikh Ana Rashid", "Alhaji Sani Danjuma": a title of address that names carry is part of
            // the name, the name without it an alias; see IsTitleKeptInName.)
            var addressInName = nameStart <= chunk.Last && IsTitleKeptInName(title);
            var nameChunk = SubChunk(chunk, addressInName ? t : nameStart, chunk.Last);
            var person = Add(EntityKind.Person, nameChunk.Text, nameChunk);
            if (addressInName && nameStart < chunk.Last)
            {
                registry.AddAlias(person, SubChunk(chunk, nameStart, chunk.Last).Text);
            }
            string? officeRead = null;
            // ("Ana Ruiz, a mother of two, ... Constable Ruiz": an office outweighs a relation read before; what the
            // relation was owned by is no body of the office.)
            if (!isHonorific && RoleParser.IsRelationRole(person.Role) && !(addressInName && t == roleStart))
            {
                person.Role = null;
                person.Affiliation = null;
            }

            if (!isHonorific && person.Role is null && !(addressInName && t == roleStart))
            {
                // "Prime Minister Sheikh Ana": a title of address after an office is how the holder is called, not
                // part of the office.
                var officeEnd = portfolioEnd >= 0 ? portfolioEnd : t > roleStart && IsAddressAfterOffice(tokens, t, chunk.First) ? t - 1 : t;
                var office = JoinLower(tokens, roleStart, officeEnd);
                if (RoleParser.PluralTitleAt(tokens, t) is not null && portfolioEnd < 0)
                {
                    // "Democratic Representatives Ann Holt, ...": each holds the office.
                    office = office.Substring(0, office.Length - 1);
                }

                // "Orra County Sheriff Ana Ruiz": the kind of jurisdiction is part of the office ("county sheriff").
                // ("Velm Falls City Manager Ana Ruiz": so is a municipality's word before an office it appoints: "city manager".)
                var jurisdiction = RoleParser.EndsInJurisdiction(tokens, chunk.First, roleStart - 1) || RoleParser.EndsInMunicipality(tokens, chunk.First, roleStart - 1)
                    ? tokens[roleStart - 1].Text.ToLowerInvariant() + " " : string.Empty;
                person.Role = TenurePrefix(tokens, chunk, roleStart) + ServiceBeforeTitle(tokens, chunk, roleStart) + CoordinatedOffice(tokens, chunk, roleStart) + jurisdiction
                    + (jurisdiction.Length == 0 && roleStart == t ? PlaceBodyBeforeChair(tokens, chunk, roleStart - 1) : string.Empty) + office;
                officeRead = person.Role;
            }

            // "the institute's director, Dr. Ana Ruiz": an honorific is no office, the words before the name may be. So
            // with a title kept in the name and no office ("the deputy governor, Sheikh Ana Rashid,"): the name is read
            // from the title, which gives no role of its own.
            var addressAlone = addressInName && t == roleStart && t == chunk.First;
            ReadRole(person, isHonorific ? chunk : nameChunk, chunks, before: isHonorific || addressAlone);
            PreferCurrentOffice(person, nameChunk, chunks);
            if (!isHonorific)
            {
                PreferJobToRank(person, chunk, roleStart, nameChunk, chunks);
            }

            // ("Dr. Ana Ruiz of the institute, a chemist": the apposition after the body is read later.)
            // ("lead author Professor X": the professorship is the office, the authorship only the part in the study.)
            if (isHonorific && HonorificOffice(title) is var honorificOffice
                && (person.Role is null || (IsStudyAuthorRole(person.Role) && honorificOffice == "professor"))
                && !(chunk.Last + 1 < tokens.Count && (tokens[chunk.Last + 1].Is("of") || tokens[chunk.Last + 1].Is("for"))))
            {
                person.Role = honorificOffice ?? person.Role;
            }

            if (federalCountry >= 0)
            {
                // The country inside the office is still named in its own right.
                person.Affiliation ??= CanonicalAffiliation(tokens[federalCountry].Text);
                // (A federal judge's court is the country's by its name: the annotators list no place for it.)
                if (!IsFederalJudgeship(tokens[federalCountry], tokens[federalCountry + 1], title))
                {
                    ClassifySpan(SubChunk(chunk, federalCountry, federalCountry), chunks);
                }
            }

            if (ofPlace is not null)
            {
                person.Affiliation ??= ofPlace.Name;

                // "President of Velmoria Ana Ruiz": the country of the office is named in its own right.
                if (ofPlaceChunk is not null)
                {
                    AddPlace(ofPlace, ofPlaceChunk);
                }
            }

            var prefixStart = chunk.First;
            // "Republican US Senator X": the party before the country is not part of an organisation's name.
            // ("Ex-Governor X": the "ex" of the office is no body.) Of the words that modify a title only those of the
            // holder's standing ("Acting Velm Police Chief X") stand outside the body: "Federal", "Supreme", "National",
            // "Foreign" open its name ("Federal Reserve Chairman X", "Supreme Court Justice X", "Foreign Ministry Spokesman X").
            // ("Liberal National MP X": after a party's adjective such a word goes on with the party's name, no body's.)
            while (prefixStart < roleStart && (HolderStandingWords.Contains(tokens[prefixStart].Text) || Lexicon.CapitalisedFunctionWords.Contains(tokens[prefixStart].Text)
                || (prefixStart > chunk.First && Lexicon.TitleModifiers.Contains(tokens[prefixStart].Text) && Lexicon.PartyAdjectives.Contains(tokens[prefixStart - 1].Text))
                || !tokens[prefixStart].IsWord || tokens[prefixStart].Is("Ex") || (Lexicon.PartyAdjectives.Contains(tokens[prefixStart].Text) && prefixStart + 1 < roleStart)))
            {
                prefixStart++;
            }

            // "Velmor Ex-Governor X": the "ex-" glued to the office belongs to the office, not to the body before it.
            var prefixEnd = IsExBefore(tokens, roleStart) ? roleStart - 3 : roleStart - 1;
            if (prefixEnd >= prefixStart)
            {
                var prefix = SubChunk(chunk, prefixStart, prefixEnd);
                person.Affiliation ??= CanonicalAffiliation(prefix.Text);
                if (officeRead is not null && person.Role == officeRead && !OpensWithOfficeModifier(tokens[prefix.First]) && OfficeWithGenericBody(tokens, chunk.First, prefix, officeRead) is { } withBody)
                {
                    person.Role = withBody;
                }

                if (Lexicon.PartyAdjectives.Contains(prefix.Text))
                {
                    return true;
                }

                var lonePrefix = prefix.First == prefix.Last ? tokens[prefix.First] : (Token?)null;
                // "Quarrington Falls Police Chief Ana Ruiz": an office that names its service already names the body, so
                // the words before it are the town the service is for (one word may still be a service's own name,
                // "Capitol Police Chief X", and is left to its other evidence).
                var servedTown = IsTownServiceOffice(tokens[roleStart]);
                if (servedTown && prefix.SpacedWordCount > 1 && CanNameArea(prefix) && NameChunker.IsNameWord(tokens[prefix.Last])
                    && !Lexicon.OrganizationHeads.Contains(tokens[prefix.Last].Text))
                {
                    evidence.Hint(prefix.Text, EntityKind.Place);
                }

                // "the Lesvos Mayor", "Orra Lord Mayor Ana Ruiz": a mayor serves a town, so the name words before the
                // office name that town, one word too (a body's head ends no town: "Velm Council Mayor"). An ordinary
                // word opening the sentence is capitalised as its opener ("Popular Mayor Ana Ruiz said"), as is a
                // participle the story never capitalises elsewhere ("Embattled Mayor", "Disgraced Mayor").
                var townOffice = IsMayoralOffice(tokens, roleStart);
                if (townOffice && CanNameArea(prefix) && NameChunker.IsNameWord(tokens[prefix.Last]) && !Lexicon.OrganizationHeads.Contains(tokens[prefix.Last].Text)
                    && NameForms.CountryOfDemonym(tokens[prefix.Last].Text) is null
                    && !(ContextEvidence.IsOpeningWord(prefix) && (EnglishWords.IsOrdinaryWord(prefix.Text)
                        || (prefix.Text.EndsWith("ed", System.StringComparison.Ordinal) && evidence.IsCapitalisedOnlyAsOpener(prefix)))))
                {
                    evidence.Hint(prefix.Text, EntityKind.Place);
                }

                MentionTownPolice(tokens, prefix, roleStart);

                // "Orra County Sheriff Ana Ruiz": a county before the office is the place it serves.
                if (!servedTown && !townOffice && !NameForms.IsCountryOrDemonym(prefix.Text) && !IsAdjectivePhrase(prefix) && !NamesArea(prefix)
                    && !(lonePrefix is { } word && NameForms.IsAllCaps(word.Text) && !NameForms.IsAcronym(word))
                    && !evidence.IsCapitalisedOnlyAsOpener(prefix) && !((OfficeFieldRuns.EndsInOfficeField(prefix) || OfficeFieldRuns.IsChamberSide(prefix)) && !WellKnownOrganizations.Contains(prefix.Text)))
                {
                    evidence.Hint(prefix.Text, EntityKind.Organization);
                }

                ClassifySpan(prefix, chunks);
            }

            return true;
        }

        return false;
    }

    // "U.S. Attorney", "U.S. Marshal", "U.S. Magistrate": federal offices of the courts whose name holds the country
    // ("a U.S. attorney" is a prosecutor, not any American lawyer); here in a run of capitals.
    private static bool IsFederalCourtOffice(Token country, Token office) =>
        FederalCourtOffices.NamesCountry(country, office) && office.IsCapitalized;

    // "Sheikh" after an office's head ("President Sheikh"), or an honorific ("Health Minister Dr"): a title of address,
    // not a word of the office.
    private static bool IsAddressAfterOffice(IReadOnlyList<Token> tokens, int t, int first) =>
        t > first && (IsAddressTitle(tokens[t]) || Lexicon.Honorifics.Contains(tokens[t].Text))
        && Lexicon.TitleWords.Contains(tokens[t - 1].Text) && !Lexicon.Honorifics.Contains(tokens[t - 1].Text);

    // "Sheikh", "Sheikha": a title of address that many South Asian and Gulf names carry; before a single name word
    // it is how the person is named ("Sheikh Ana", later "Ana"), so it stays in the name.
    private static bool IsAddressTitle(Token token) => token.Is("Sheikh") || token.Is("Sheikha");

    // A title of address that news copy writes as part of a Gulf, South Asian or West African name ("Sheikh Ana
    // Rashid", "Alhaji Sani Danjuma", "Hajiya Amina Garba"): the tuning annotators keep it in the name (3 of 3 names
    // in 3 articles of 3 publishers), so it stays there, with the name without it as an alias. "Dr", "Mr" and the
    // like are left out as before.
    private static bool IsTitleKeptInName(Token token) => IsAddressTitle(token) || Lexicon.PilgrimHonorifics.Contains(token.Text);

    // "Mayor", "Lord Mayor", "Deputy Mayor": the office of a town's elected head.
    private static bool IsMayoralOffice(IReadOnlyList<Token> tokens, int roleStart) =>
        tokens[roleStart].Is("Mayor") || (roleStart + 1 < tokens.Count && (tokens[roleStart].Is("Lord") || tokens[roleStart].Is("Deputy")) && tokens[roleStart + 1].Is("Mayor"));

    // "Police Chief", "Police Commissioner", "Fire Chief": offices of a town's police or fire service.
    private static bool IsTownServiceOffice(Token first) => first.Is("Police") || first.Is("Fire");

    // "owns the King Harbour store", "any Executive Branch official": a title and one word after a determiner and
    // before a common noun qualify that noun; a person's name takes no article before the title.
    private static bool IsTitledModifier(IReadOnlyList<Token> tokens, NameChunk chunk, int nameStart)
    {
        var before = chunk.First - 1;
        var after = chunk.Last + 1;
        return nameStart == chunk.Last && before >= 0 && after < tokens.Count
            && (tokens[before].Is("the") || tokens[before].Is("a") || tokens[before].Is("an") || tokens[before].Is("any"))
            && NameForms.IsLowerWord(tokens[after]) && !Lexicon.AttributionVerbs.Contains(tokens[after].Text) && !Lexicon.NameConnectors.Contains(tokens[after].Text)
            && !tokens[after].Text.EndsWith("ed", System.StringComparison.Ordinal);
    }

    /// <summary>Words that, capitalised only by opening the sentence, say since when an office is held.</summary>
    private static readonly HashSet<string> OpeningTimeWords = new(System.StringComparer.Ordinal) { "Incumbent", "Current", "Outgoing", "Longtime", "Newly" };

    // "Incumbent President Ana Ruiz", "Longtime Harbour Radio host Jo Kim": the time word opening the sentence
    // is neither part of a name nor a body the office belongs to; the rest of the run is read on its own.
    private bool TrySkipOpeningTimeWord(NameChunk chunk, List<NameChunk> chunks)
    {
        if (chunk.First != 0 || chunk.First == chunk.Last || !OpeningTimeWords.Contains(chunk.Tokens[chunk.First].Text))
        {
            return false;
        }

        ClassifyChunk(SubChunk(chunk, chunk.First + 1, chunk.Last), chunks);
        return true;
    }

    // "Reporters interview Ana Ruiz, Green Party presidential nominee": the office a headline gives a person is how
    // the report identifies them; it fills a missing role, and replaces a mere occupation read in the body ("retired
    // nurse Ana Ruiz") when it names an office.
    private static void ReadHeadlineRole(EntityRecord person, NameChunk chunk, List<NameChunk> chunks)
    {
        var headline = RoleParser.Before(chunk.Tokens, chunk.First, chunks) ?? RoleParser.After(chunk.Tokens, chunk.Last, chunks);
        if (headline?.Role is not { } role)
        {
            return;
        }

        if (person.Role is null || (IsOffice(role) && !IsOffice(person.Role)))
        {
            person.Role = role;
        }
    }

    // "Former President of Velmoria Ana Ruiz dies": a headline's run of capitals that ends with the name of a person
    // the body names, after an office; the office and the name as chunks of their own.
    private (EntityRecord Person, NameChunk Title, NameChunk Name)? TitledPersonInHeadline(NameChunk chunk)
    {
        var tokens = chunk.Tokens;
        for (var k = chunk.First + 1; k < chunk.Last; k++)
        {
            if (!tokens[k].IsWord || !NameForms.IsPersonNameWord(tokens[k]) || !Lexicon.TitleWords.Contains(tokens[k - 1].Text) && !NameChunker.IsNameWord(tokens[k - 1]))
            {
                continue;
            }

            var name = SubChunk(chunk, k, chunk.Last);
            var person = registry.Find(name.Text, EntityKind.Person) ?? PersonByFirstAndLastName(name.Text);
            if (person is not null && person.Kind == EntityKind.Person)
            {
                return (person, SubChunk(chunk, chunk.First, k - 1), name);
            }
        }

        return null;
    }

    // "presidential nominee", "prime minister": a role whose last word is an office, not an occupation or a relation.
    private static bool IsOffice(string role)
    {
        // ("X, the father of a young son": "Father" is a priest's title, but a relation is no office and never outweighs
        // the description before the name, "amateur footballer X".)
        if (RoleParser.IsRelationRole(role))
        {
            return false;
        }

        var head = RoleParser.HeadOf(role);
        return Lexicon.TitleWords.Contains(head) || head is "nominee" or "candidate";
    }

    // "Former Minister Ana Ruiz, the current president of the Council": a past office before the name gives way to
    // the office the apposition says is held now, with the body it belongs to.
    private static void PreferCurrentOffice(EntityRecord person, NameChunk nameChunk, List<NameChunk> chunks)
    {
        if (person.Role is not { } held || !RoleParser.IsFormerOffice(held))
        {
            return;
        }

        var apposition = RoleParser.After(nameChunk.Tokens, nameChunk.Last, chunks);
        if (apposition is { Role: { } current, Affiliation: not null } && !RoleParser.IsFormerOffice(current))
        {
            person.Role = current;
        }
    }

    // "US Ambassador to Velmoria Ana Ruiz": the country an envoy is sent to runs on into the name.
    private bool TrySplitDestination(NameChunk chunk, List<NameChunk> chunks)
    {
        var tokens = chunk.Tokens;
        if (RoleParser.DestinationBefore(tokens, chunk.First) < 0)
        {
            return false;
        }

        const int MinNameWords = 2;
        var placeEnd = LongestPlace(tokens, chunk.First, chunk.Last - MinNameWords, out var place);
        if (placeEnd < 0 || place is null || !IsPersonNameSpan(tokens, placeEnd + 1, chunk.Last) || !GivenNames.Contains(tokens[placeEnd + 1].Text))
        {
            return false;
        }

        AddPlace(place, SubChunk(chunk, chunk.First, placeEnd));
        AddPerson(SubChunk(chunk, placeEnd + 1, chunk.Last), SubChunk(chunk, placeEnd + 1, chunk.Last).Text, chunks);
        return true;
    }

    // "President and CEO Rolf Sand": an office joined by "and" before the run of capitals, with a space after it.
    // "former Lakeside governor and US Senator Rolf Sand": the country before the second office, and the place of the
    // first, are left out; "former" before them holds for the first office.
    private string CoordinatedOffice(IReadOnlyList<Token> tokens, NameChunk chunk, int roleStart)
    {
        var and = chunk.First - 1;
        // "the region's Fire and Rescue Commissioner X": a capitalised field joined to the office's own.
        var field = roleStart == chunk.First ? CoordinatedFieldStart(tokens, roleStart, 0) : -1;
        if (field >= 0)
        {
            return JoinLower(tokens, field, and) + " ";
        }

        if (!(roleStart == chunk.First || (roleStart == chunk.First + 1 && NameForms.IsCountryOrDemonym(tokens[chunk.First].Text)))
            || and < 1 || !tokens[and].Is("and") || !RoleParser.IsRoleHead(tokens[and - 1]))
        {
            return string.Empty;
        }

        const int MaxPlaceWords = 3;
        var k = and - 2;
        while (k >= 0 && and - 2 - k < MaxPlaceWords && NameChunker.IsNameWord(tokens[k]) && !tokens[k].Is("former"))
        {
            k--;
        }

        var former = k >= 0 && k < and - 2 && tokens[k].Is("former") && LongestPlace(tokens, k + 1, and - 2, out _) == and - 2;
        return (former ? "former " : string.Empty) + tokens[and - 1].Text.ToLowerInvariant() + " and ";
    }

    // The start (at minStart or after) of the capitalised field joined by "and" to the office at roleStart, or -1. The
    // known people are asked only then: "Vale and Vice President X" after "Ana Vale" lists two people.
    private int CoordinatedFieldStart(IReadOnlyList<Token> tokens, int roleStart, int minStart)
    {
        var field = RoleParser.CoordinatedCapitalisedFieldStart(tokens, roleStart);
        return field >= minStart && !NamesKnownPerson(tokens, field, roleStart - 2) ? field : -1;
    }

    // (A word of the field is a known person's name.)
    private bool NamesKnownPerson(IReadOnlyList<Token> tokens, int first, int last)
    {
        for (var i = first; i <= last; i++)
        {
            if (tokens[i].IsWord && char.IsUpper(tokens[i].Text[0]) && PersonByPartOfName(tokens[i].Text) is not null)
            {
                return true;
            }
        }

        return false;
    }

    // "the House", "the Senate" after "of" in a title.
    private static bool IsTheChamber(IReadOnlyList<Token> tokens, int first, int last) =>
        last == first + 1 && tokens[first].Is("the") && RoleParser.IsChamber(tokens[last]);

    // "Dr. Ana Ruiz", "Professor Ana Ruiz": with nothing better said, the honorific tells the occupation.
    // ("Barrister X", "Engr X": the honorific is the profession.)
    private static string? HonorificOffice(Token honorific) =>
        honorific.Is("Dr") || honorific.Is("Doctor") ? "doctor" : honorific.Is("Professor") || honorific.Is("Prof") ? "professor"
        : honorific.Is("Barrister") ? "barrister" : honorific.Is("Engr") ? "engineer" : null;

    // Titles the shared lexicon lacks: national ("Taoiseach X"), of churches and peoples ("Elder X"), and "Chair" before a
    // name ("Board Chair X"; an apposition's "Chair in Ethics" is an academic post, so it is no title word everywhere).
    // "Whip" ("Senate Majority Whip X") is one of Lexicon.TitleWords.
    private static readonly HashSet<string> MoreTitleWords = new(System.StringComparer.Ordinal) { "Taoiseach", "Tánaiste", "Elder", "Chair" };

    private static bool IsPortfolioTitle(Token title) => title.Is("Minister") || title.Is("Secretary") || title.Is("Commissioner");

    // A capitalised word naming a field of government, not a country, a body or a function word ("Former" is one).
    private static bool IsPortfolioWord(Token token) =>
        token.IsWord && char.IsUpper(token.Text[0]) && !NameForms.IsCountryOrDemonym(token.Text) && !NameForms.IsAllCaps(token.Text)
        && !Lexicon.CapitalisedFunctionWords.Contains(token.Text) && !Lexicon.OrganizationHeads.Contains(token.Text) && !Lexicon.PartyAdjectives.Contains(token.Text);

    // "former US President X", "Former Ambassador X": the office is no longer held; the words that say so open the role.
    private static string TenurePrefix(IReadOnlyList<Token> tokens, NameChunk chunk, int roleStart)
    {
        const string Former = "former ";
        for (var i = chunk.First; i < roleStart; i++)
        {
            if (tokens[i].Is("Former"))
            {
                return Former;
            }

            if (tokens[i].Is("Outgoing"))
            {
                return Outgoing;
            }
        }

        // "Acting NASA Administrator X", "Acting U.S. Attorney X": a capitalised word saying the office is held for now
        // opens the run, before a body or a country the office is read after; it stays in the role as a lower-case one does.
        if (chunk.First < roleStart && IsProvisionalWord(tokens[chunk.First]))
        {
            return tokens[chunk.First].Text.ToLowerInvariant() + " ";
        }

        // ("Ex-Governor X" keeps the "ex-" it is written with.) "Ex-Central Bank Governor X": the chunk starts after the
        // "ex-" glued to the body, which, like a "former" before the chunk, makes the office a former one.
        if (IsExBefore(tokens, roleStart) || (IsExBefore(tokens, chunk.First) && !tokens[chunk.First - 1].SpaceBefore))
        {
            return RoleParser.ExPrefix;
        }

        if (chunk.First >= 1 && tokens[chunk.First - 1].Is("outgoing") && !tokens[roleStart].Is("Outgoing"))
        {
            return Outgoing;
        }

        // "acting President X", "acting U.S. Secretary of State X", "interim Prime Minister X": a lower-case word saying the
        // office is held for now stays in the role, as it does before a lower-case office ("the acting director").
        // ("Acting Governor X said", "Opposition Leader X said" opening a sentence: the capitalised word is left out of
        // the name's run, as such a word opening a sentence may be a verb or a plain noun; right before the title it can
        // only qualify the office, as it does inside a sentence: "opposition leader".)
        if (chunk.First >= 1 && (IsProvisionalWord(tokens[chunk.First - 1]) || tokens[chunk.First - 1].Text == "Opposition"))
        {
            return tokens[chunk.First - 1].Text.ToLowerInvariant() + " ";
        }

        return chunk.First >= 1 && tokens[chunk.First - 1].Is("former") && !tokens[roleStart].Is("Former") ? Former : string.Empty;
    }

    // "acting", "Acting", "Interim", "caretaker": a word saying the office is held for now (the lower-case list, either case).
    private static bool IsProvisionalWord(Token token) =>
        token.IsWord && RoleParser.ProvisionalOfficeWords.Contains(token.Text.ToLowerInvariant());

    // "outgoing President X", "Outgoing Mayor X": an office about to be left is still held, and the annotated articles
    // keep the word, as they keep "former" (unlike "sitting" or "longtime", which say nothing the office does not).
    private const string Outgoing = "outgoing ";

    // "ex-" right before index (Token.Is ignores case, so "Ex-" too).
    private static bool IsExBefore(IReadOnlyList<Token> tokens, int index) =>
        index >= 2 && tokens[index - 1].IsSymbol('-') && tokens[index - 2].Is("ex");

    // "Ana Ruiz of the University of Tarnwick", "Commissioner Jo Kim of the Norland Department of ...":
    // a person, then the body they belong to.
    private bool TrySplitPersonOf(NameChunk chunk, List<NameChunk> chunks)
    {
        var tokens = chunk.Tokens;
        for (var k = chunk.First + 1; k < chunk.Last; k++)
        {
            if (!(tokens[k].Is("of") || tokens[k].Is("for")))
            {
                continue;
            }

            var start = tokens[k + 1].Is("the") ? k + 2 : k + 1;
            if (start > chunk.Last)
            {
                return false;
            }

            var left = SubChunk(chunk, chunk.First, k - 1);
            var right = SubChunk(chunk, start, chunk.Last);
            var knownBody = HasOrganizationHead(right) || gazetteer.TryFind(right.Text, out _);
            var titled = (knownBody || HasTitle(left)) && TrySplitTitle(left, chunks);
            // "Doug Miller of Milltech Marine": a known first name makes the left side a person even when
            // the body's name is new.
            // ("...," Ana Velk of the UN refugee agency told": so does the speaker's slot after a quotation.)
            var knownPerson = IsPersonLike(left) && (knownBody || GivenNames.Contains(tokens[chunk.First].Text) || ContextEvidence.IsQuotedPersonPastDescription(tokens, chunk.First, k - 1));
            if (!titled && !knownPerson)
            {
                return false;
            }

            // "Kristian Andersen of Scripps Research": what a titled person is "of" is a body or a place
            // (but in "of the Marbel diocese" the name only qualifies a common noun; "of Velm Labs said" is a verb).
            if (!knownBody && !(chunk.Last + 1 < tokens.Count && NameForms.IsLowerWord(tokens[chunk.Last + 1]) && !Lexicon.AttributionVerbs.Contains(tokens[chunk.Last + 1].Text)))
            {
                evidence.Hint(right.Text, EntityKind.Organization);
            }

            if (!titled)
            {
                AddPerson(left, left.Text, chunks);
            }

            ClassifySpan(right, chunks);
            var person = registry.Find(TitleFreeName(left), EntityKind.Person);
            if (person is not null)
            {
                person.Affiliation ??= CanonicalAffiliation(right.Text);

                // "Ana Ruiz of Lakeside College, a marine biologist": the apposition after the body describes the person.
                if ((person.Role is null || IsStudyAuthorRole(person.Role)) && RoleParser.After(tokens, chunk.Last, chunks)?.Role is { } apposed)
                {
                    person.Role = apposed;
                }

                // "Professor Ana Ruiz of Lakeside University said": unlike a doctor's title, a professorship is
                // held at the body after "of".
                if ((person.Role is null || IsStudyAuthorRole(person.Role)) && (tokens[left.First].Is("Professor") || tokens[left.First].Is("Prof")))
                {
                    person.Role = "professor";
                }
            }

            return true;
        }

        return false;
    }

    // "Velm Administrator Ana Ruiz", "Harbour Board Archivist Tom Vale": an office noun inside a run of capitals, with a
    // full name after it that opens with a known given name, is the title of that person, whatever body opens the run.
    private static bool IsOfficeBeforeFullName(IReadOnlyList<Token> tokens, int t, NameChunk chunk) =>
        t > chunk.First && t + 2 <= chunk.Last && (Lexicon.RoleHeads.Contains(tokens[t].Text) || IsOccupation(tokens[t].Text, chunk)) && GivenNames.Contains(tokens[t + 1].Text)
        && NameForms.IsPersonNameWord(tokens[t + 1]) && !Lexicon.OrganizationHeads.Contains(tokens[chunk.Last].Text);

    // The last index of a known place opening the words from start, before a full name of two or three words that opens
    // with a known given name; -1 when there is none (a place that is also a given name, "Georgia", opens a name).
    private int PlaceBeforeFullName(IReadOnlyList<Token> tokens, int start, int last, out GazetteerPlace? place)
    {
        place = null;
        if (start > last || !NameChunker.IsNameWord(tokens[start]) || GivenNames.Contains(tokens[start].Text))
        {
            return -1;
        }

        var placeEnd = LongestPlace(tokens, start, last - 2, out var found);
        if (placeEnd < start || found is null || last - placeEnd > 3 || !GivenNames.Contains(tokens[placeEnd + 1].Text)
            || !IsPersonNameSpan(tokens, placeEnd + 1, last))
        {
            return -1;
        }

        place = found;
        return placeEnd;
    }

    // "Striker Ana Ruiz scored", "Lead Tom Vale spoke": an everyday word opening the sentence, capitalised only
    // for that, before a full name of two or three words that opens with a known given name describes the person (the
    // lists of offices and occupations never hold every such word). Names, months, weekdays and participles ("Born Ana
    // Ruiz in 1941, she") are no descriptions, and a quoted title ("the "Storm Ana Advisory Number 4"") is no name.
    private static bool IsDescriptionOpeningFullName(IReadOnlyList<Token> tokens, int t, NameChunk chunk)
    {
        const int MaxNameWords = 3;
        var word = tokens[t].Text;
        return t == chunk.First && chunk.SpacedWordCount >= 3 && chunk.SpacedWordCount <= MaxNameWords + 1 && !chunk.InsideQuote && NameChunker.IsClauseStart(tokens, t)
            && !NameForms.IsAllCaps(word) && !IsParticipleShaped(word)
            && (EnglishWords.IsOrdinaryWord(word) || IsAgentCompoundOfOrdinaryWord(word)) && !GivenNames.Contains(word) && !Surnames.Contains(word) && !Lexicon.IsMonthOrWeekdayName(word)
            && GivenNames.Contains(tokens[t + 1].Text) && NameForms.IsPersonNameWord(tokens[t + 1]);
    }

    // "Paceman", "Frontman", "Frontwoman": a closed compound of an everyday word and "-man"/"-woman" names what a person
    // does even when the word list lacks the compound (family names such as "Newman" are excluded by the caller).
    private static bool IsAgentCompoundOfOrdinaryWord(string word)
    {
        var suffix = word.EndsWith("woman", System.StringComparison.Ordinal) ? 5 : word.EndsWith("man", System.StringComparison.Ordinal) ? 3 : 0;
        return suffix > 0 && word.Length - suffix >= 3 && EnglishWords.IsOrdinaryWord(word.Substring(0, word.Length - suffix));
    }

    private static bool IsParticipleShaped(string word) =>
        word is "Born" or "Raised" || word.EndsWith("ed", System.StringComparison.Ordinal) || word.EndsWith("ing", System.StringComparison.Ordinal);

    // The person's name in "Commissioner James Rovella": the words after the last title word.
    private static string TitleFreeName(NameChunk chunk)
    {
        var tokens = chunk.Tokens;
        var start = chunk.First;
        for (var i = chunk.First; i <= chunk.Last; i++)
        {
            if (tokens[i].IsWord && (Lexicon.TitleWords.Contains(tokens[i].Text) || Lexicon.Honorifics.Contains(tokens[i].Text)
                || (i == chunk.First && (Lexicon.RoleHeads.Contains(tokens[i].Text) || IsOccupation(tokens[i].Text, chunk)))))
            {
                start = i + 1;
            }
        }

        if (start < chunk.Last + 1 && tokens[start].IsSymbol('.'))
        {
            start++;
        }

        return start > chunk.Last ? chunk.Text : chunk.Text.Substring(tokens[start].Start - chunk.Start);
    }

    private static bool HasTitle(NameChunk chunk)
    {
        for (var i = chunk.First; i < chunk.Last; i++)
        {
            var word = chunk.Tokens[i].Text;
            if (chunk.Tokens[i].IsWord && (Lexicon.TitleWords.Contains(word) || Lexicon.Honorifics.Contains(word) || (i == chunk.First && (Lexicon.RoleHeads.Contains(word) || IsOccupation(word, chunk)))))
            {
                return true;
            }
        }

        return false;
    }

    // "Member of Parliament", "President of France": the office is not an entity, what follows "of" may be.
    private bool TrySplitRoleOf(NameChunk chunk, List<NameChunk> chunks)
    {
        var tokens = chunk.Tokens;
        for (var k = chunk.First + 1; k < chunk.Last; k++)
        {
            if ((tokens[k].Is("of") || tokens[k].Is("for")) && Lexicon.TitleWords.Contains(tokens[k - 1].Text))
            {
                var start = tokens[k + 1].Is("the") ? k + 2 : k + 1;
                if (start <= chunk.Last)
                {
                    ClassifySpan(SubChunk(chunk, start, chunk.Last), chunks);
                }

                return true;
            }
        }

        return false;
    }

    // "Immunologist Kristian Andersen": a capitalised occupation opening a longer run of capitals.
    // ("Beekeeper Ana Ruiz", "Curator Ana Ruiz": a noun of the occupation or person lists that is no name of its own.)
    private static bool IsOccupation(string word, NameChunk chunk) =>
        chunk.SpacedWordCount >= 3 && (word.EndsWith("ologist", System.StringComparison.Ordinal) || word.EndsWith("ician", System.StringComparison.Ordinal)
            || word.EndsWith("ographer", System.StringComparison.Ordinal) || word.EndsWith("ist", System.StringComparison.Ordinal)
            || (!GivenNames.Contains(word) && !Surnames.Contains(word) && RoleParser.IsPersonNoun(word.ToLowerInvariant())));

    // A chief heads a unit of the body ("Bureau Chief", "Battalion Chief"); a fellow holds a post of a kind ("Research
    // Fellow", "Visiting Fellow"). These words are capitalised only as part of the title, so they are no body's end.
    private static bool IsUnitOfOffice(Token unit, Token title) =>
        unit.IsWord && title.IsWord
        && ((title.Text is "Chief" && unit.Text is "Bureau" or "Battalion" or "Division" or "Section" or "Station" or "Desk")
            || (title.Text is "Fellow" && unit.Text is "Research" or "Visiting" or "Teaching" or "Postdoctoral"));

    // ("Det Ch Insp Ana Ruiz": abbreviated ranks written without periods are parts of the office too.)
    private static bool IsTitlePart(Token token) =>
        token.IsWord && char.IsUpper(token.Text[0]) && !NameForms.IsCountryOrDemonym(token.Text)
        && (Lexicon.TitleWords.Contains(token.Text) || Lexicon.TitleModifiers.Contains(token.Text) || Lexicon.RoleHeads.Contains(token.Text)
            || TitleAbbreviations.IsAbbreviatedTitleWord(token.Text));

    // "Roman Catholic": adjectives before a title describe the office, they do not name a body.
    private static bool IsAdjectivePhrase(NameChunk chunk)
    {
        for (var i = chunk.First; i <= chunk.Last; i++)
        {
            var word = chunk.Tokens[i].Text;
            if (chunk.Tokens[i].IsWord && !(word.EndsWith("ic", System.StringComparison.Ordinal) || word.EndsWith("an", System.StringComparison.Ordinal)
                || word.EndsWith("al", System.StringComparison.Ordinal) || word.EndsWith("ish", System.StringComparison.Ordinal) || word.EndsWith("ese", System.StringComparison.Ordinal)))
            {
                return false;
            }
        }

        return true;
    }

    // The words first..last as a lower-case office, abbreviations spelled out ("Vice Pres." is "vice president").
    internal static string JoinLower(IReadOnlyList<Token> tokens, int first, int last)
    {
        // "Ex-Governor X": the office is a former one, written as the article writes it ("ex-governor").
        var prefix = string.Empty;
        while (first + 1 <= last && (tokens[first].Is("ex") || tokens[first].Is("Ex")) && tokens[first + 1].IsSymbol('-'))
        {
            prefix = RoleParser.ExPrefix;
            first += 2;
        }

        var builder = new StringBuilder(prefix);
        for (var i = first; i <= last; i++)
        {
            if (!tokens[i].IsWord)
            {
                continue;
            }

            // "Secretary-General" stays one word.
            var joined = i > first && i > 0 && !tokens[i].SpaceBefore && tokens[i - 1].IsSymbol('-') && !tokens[i - 1].SpaceBefore;
            if (joined)
            {
                builder.Append('-');
            }
            else if (builder.Length > prefix.Length)
            {
                builder.Append(' ');
            }

            // "Gov. Ana Ruiz": an abbreviated title is written out as the office it stands for.
            builder.Append(TitleAbbreviations.SpellOut(tokens[i].Text));
        }

        return builder.ToString();
    }
}
