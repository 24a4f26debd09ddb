using System.Collections.Generic;
using FactsGenerator.Extraction.Gazetteer;

namespace FactsGenerator.Extraction.Entities;

/// <summary>One-word names, decided after all full names are known: a surname, a first name, a known entity or a new one.</summary>
internal sealed partial class DocumentEntityReader
{
    /// <summary>Web platforms and news services that articles name alone, with no word saying what they are ("on Twitter").</summary>
    private static readonly HashSet<string> WellKnownOrganizations = new(System.StringComparer.Ordinal)
    {
        "Wikinews", "Wikipedia", "Twitter", "Facebook", "Instagram", "YouTube", "TikTok", "WhatsApp", "Reddit", "LinkedIn",
        "Snapchat", "Google", "Microsoft", "Netflix",
    };

    private void ResolveSingle(NameChunk chunk, List<NameChunk> chunks)
    {
        var name = chunk.Text;
        if (NamesAStorm(chunk.Tokens, chunk.First))
        {
            return;
        }

        // "southern Africa" is a region of its own, even where the continent is named or hinted elsewhere.
        if (TryRegionOfTheWorld(chunk))
        {
            return;
        }

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

        var hyphenated = PlaceByLastPart(name);
        if (hyphenated is not null)
        {
            registry.AddAlias(hyphenated, name);
            registry.Mention(EntityKind.Place, hyphenated.Name, chunk.Sentence, chunk.Start, chunk.End);
            return;
        }

        // "his wife Mary", "their sons Tom and Jay": a first name listed after a noun of family is a relative even
        // where a town bears it (a country's name is left a place).
        var namesARelative = KinshipOfListedName(chunk.Tokens, chunk.First) is not null;
        var aged = IsAgedFirstName(chunk);
        if (gazetteer.TryFind(name, out var place) && !((namesARelative || aged) && place.Kind != Model.PlaceKind.Country))
        {
            if (IsDemonymBeforeNoun(chunk, place))
            {
                return;
            }

            AddPlace(place, chunk);
            return;
        }

        if (!namesARelative && !aged && IsTownStandingAlone(chunk, out var town))
        {
            AddPlace(town, chunk);
            return;
        }

        // (An all-capital word is left to the acronym rules, which know initials from acronyms: "((KLM))" marks a speaker.)
        if (WellKnownOrganizations.Contains(name) || (OrganizationLexicon.Contains(name) && !NameForms.IsAllCaps(name)) || NameForms.IsCamelCaseBrand(name))
        {
            AddOrganization(chunk);
            return;
        }

        if (Lexicon.NonNameWords.Contains(name) || NameForms.IsCountryOrDemonym(name))
        {
            return;
        }

        if (TryShortNameOfSpeakingBody(chunk))
        {
            return;
        }

        var apposedTo = NounApposedToSingleName(chunk);
        if (IsNamedPersonAlone(chunk) || aged)
        {
            var relative = Add(EntityKind.Person, name, chunk);
            relative.Role ??= DescriptionOverRelation(chunk, chunks, new RoleMatch(KinshipOfListedName(chunk.Tokens, chunk.First), null, null))?.Role;
        }
        else if (apposedTo is not null)
        {
            // "the cleric, Fazlan,", "a fan called Nadia": one name apposed to a noun of a person.
            // (The role is read as for any name first: "a university student named Wong" keeps its qualifier.)
            var apposed = AddPerson(chunk, name, chunks);
            apposed.Role ??= RoleParser.IsPlainPersonRole(apposedTo) ? null : apposedTo;
        }
        else if (IsLeaderOfNamedAdministration(chunk))
        {
            AddPerson(chunk, name, chunks);
            administrationLeaders.Add(name);
        }
        else if (IsAfterLowerCaseRole(chunk) || IsFirstNameThatSpeaks(chunk) || IsDescribedQuotedSpeaker(chunk) || IsBareQuotedSpeaker(chunk))
        {
            AddPerson(chunk, name, chunks);
        }
        // ("Cases reported in Tarsk: 3": an ordinary word whose capital only opens its sentence is a common noun.)
        else if ((evidence.IsWeakOrganization(name) || IsUnknownSpeaker(chunk))
            && !(evidence.IsCapitalisedOnlyAfterSentenceStart(chunk) && Gazetteer.EnglishWords.IsOrdinaryWord(name)))
        {
            AddOrganization(chunk);
        }
        // ("Quarnby, a village in the hills, ...": a word opening the sentence is a weak place only when it is no
        // ordinary English word, since "Meanwhile, a town ..." opens with an adverb.)
        else if (evidence.IsWeakPlace(name) && !(NameChunker.IsClauseStart(chunk.Tokens, chunk.First) && Gazetteer.EnglishWords.IsOrdinaryWord(name))
            && !NameForms.IsAllCaps(name))
        {
            Add(EntityKind.Place, name, chunk);
        }
    }

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

    // "Later, Tavin said the repository would return", "a student named Kowalczyk said": a known first or family
    // name that is the subject of a verb of saying is someone the article calls by that name alone (bodies that
    // speak are rarely named with first names, and a company named after its founder is named in full first).
    private bool IsFirstNameThatSpeaks(NameChunk chunk)
    {
        var word = chunk.Tokens[chunk.First];
        return (GivenNames.Contains(word.Text) || Surnames.Contains(word.Text)) && !Lexicon.WordLikeGivenNames.Contains(word.Text) && evidence.IsSpeaker(chunk.Text)
            && !chunk.InsideQuote && NameForms.IsPersonNameWord(word) && !NameForms.IsAllCaps(word.Text) && word.Text.Length > 2
            && !OpensKnownName(word.Text);
    }

    // ""...," Tarvosk, head of the rescue agency, told reporters": one name in the speaker's slot after a quotation,
    // described as a person, is a person named by one name (common in Indonesia and elsewhere), known to no list.
    private bool IsDescribedQuotedSpeaker(NameChunk chunk)
    {
        var word = chunk.Tokens[chunk.First];
        return evidence.IsQuotedPerson(chunk.Text) && !chunk.InsideQuote && NameForms.IsPersonNameWord(word) && !NameForms.IsAllCaps(word.Text)
            && word.Text.Length > 2 && !EnglishWords.IsOrdinaryWord(word.Text) && !OpensKnownName(word.Text);
    }

    // "Ford" after "Ford Motor Company": the first word of a known body or place is that body's short name.
    private bool OpensKnownName(string word) => KnownNameOpenedBy(word, EntityKind.Place) is not null || KnownNameOpenedBy(word, EntityKind.Organization) is not null;

    // The one record of the kind whose name starts with the word and more words, or null.
    private EntityRecord? KnownNameOpenedBy(string word, EntityKind kind)
    {
        EntityRecord? found = null;
        foreach (var record in registry.OpenedBy(word))
        {
            if (record.Kind != kind || record.MergedInto is not null)
            {
                continue;
            }

            if (found is not null && !ReferenceEquals(found, record))
            {
                return null;
            }

            found = record;
        }

        return found;
    }

    // "Ford Motor Company said ... Ford also wrote": a company's first word alone, acting as a speaker, is its short name.
    private bool TryShortNameOfSpeakingBody(NameChunk chunk)
    {
        if (!evidence.IsSpeaker(chunk.Text) || chunk.InsideQuote || !NameForms.IsPersonNameWord(chunk.Tokens[chunk.First]))
        {
            return false;
        }

        var body = KnownNameOpenedBy(chunk.Text, EntityKind.Organization);
        if (body is null)
        {
            return false;
        }

        registry.AddAlias(body, chunk.Text);
        registry.Mention(EntityKind.Organization, body.Name, chunk.Sentence, chunk.Start, chunk.End);
        return true;
    }

    // "Nordwind announced a recall": a single name that speaks, is nobody's surname or first name and no place,
    // is a company or a publication (people are named in full before their surname is used alone).
    private bool IsUnknownSpeaker(NameChunk chunk)
    {
        var word = chunk.Tokens[chunk.First];

        return !evidence.IsIntroducedAsPerson(chunk.Text) && (evidence.IsSpeaker(chunk.Text) && evidence.IsCapitalisedMidSentence(chunk.Text) || IsDeterminedSubject(chunk) || IsUnlistedFirmActor(chunk)) && !GivenNames.Contains(word.Text) && !Lexicon.WordLikeGivenNames.Contains(word.Text)
            && !evidence.IsWeakPlace(chunk.Text) && !chunk.InsideQuote && NameForms.IsPersonNameWord(word) && word.Text.Length > 2;
    }

    // "Quenby raised $5 million", "Orvane acquired a rival": a name that acts as a company does, that no list knows as
    // a family name or an everyday word ("Neighbors raised concerns": the plural of one) and that the document also
    // capitalises mid-sentence is a company (a person is named in full before the surname is used alone). Speaking is
    // left out: a person's surname speaks alone when the full name was missed ("Wasif suggested").
    private bool IsUnlistedFirmActor(NameChunk chunk)
    {
        var name = chunk.Text;
        // (A plural's shape is refused whatever the word list knows: it lacks American spellings such as "neighbor";
        // "Airbus" and "Praxis" keep their reading.)
        var pluralShape = ContextEvidence.SingularOfPlural(name) is not null && !name.EndsWith("us", System.StringComparison.Ordinal) && !name.EndsWith("is", System.StringComparison.Ordinal);
        return evidence.IsFirmActor(name) && evidence.IsCapitalisedMidSentence(name) && !Surnames.Contains(name) && !EnglishWords.IsOrdinaryWord(name) && !NameForms.IsAllCaps(name)
            && !pluralShape && name.IndexOf('\'') < 0 && name.IndexOf('’') < 0;
    }

    // "The Lantern drew comparisons": "the" and an unknown name that acts is a body or a publication (a person's
    // name takes no article).
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
            || verb.Text is "drew" or "published" or "contacted" or "obtained" or "interviewed" or "quoted" or "cited" or "ran" or "estimated");
    }

    // "the Somali government", "Somali troops": a people's word that is also the name of a region ("Somali" of
    // Ethiopia) qualifies the noun after it as the demonym, and names no place.
    private static bool IsDemonymBeforeNoun(NameChunk chunk, Gazetteer.GazetteerPlace place)
    {
        var next = chunk.Last + 1;
        return place.Kind != Model.PlaceKind.Country && NameForms.CountryOfDemonym(chunk.Text) is not null
            && next < chunk.Tokens.Count && NameForms.IsLowerWord(chunk.Tokens[next]) && chunk.Tokens[next].SpaceBefore;
    }
}
