using System.Collections.Generic;
using FactsGenerator.Extraction.Gazetteer;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>When a name is a person's, their role, and which person a single word refers to.</summary>
internal sealed partial class DocumentEntityReader
{
    /// <summary>Titles of descent from the Prophet written as the first word of a name ("Sayyid Ali ..."): a person's
    /// name as surely as a given name.</summary>
    private static readonly HashSet<string> LineageNamePrefixes = new(System.StringComparer.Ordinal) { "Sayyid", "Sayyed", "Sayed", "Seyed", "Seyyed", "Syed", "Sayyida", "Sharif" };

    private const int MaxPersonWords = 4;

    private EntityRecord AddPerson(NameChunk chunk, string name, List<NameChunk> chunks)
    {
        var person = Add(EntityKind.Person, name, chunk);
        ReadRole(person, chunk, chunks, before: true);
        person.Affiliation ??= CompatriotCountry(chunk);
        return person;
    }

    private void ReadRole(EntityRecord person, NameChunk chunk, List<NameChunk> chunks, bool before)
    {
        // "SW Ana Ruiz" after "Senior Warden (SW)": the abbreviation of a title spelled out is the role.
        // ("sw", the abbreviation read as a role, gives way to it.)
        var acronymTitle = before ? TitleAcronymBefore(chunk) : null;
        if (acronymTitle is { } title && (person.Role is null || person.Role == title.Acronym.ToLowerInvariant()))
        {
            person.Role = title.SpelledOut;
        }

        // "X picked veteran lawyer Ana Ruiz as her deputy": the office the person is chosen for is said
        // after the name and outweighs the description before it.
        // (An office read before, "Governor X", stays; so does what an earlier mention said: "picked X as his running
        // mate" later in the article does not replace "teacher X" of the first mention.)
        if (person.Role is null && IsChosen(chunk) && RoleParser.ChosenAs(chunk.Tokens, chunk.Last, chunks) is { } chosenFor)
        {
            person.Role = chosenFor;
        }

        if (person.Role is not null && person.Affiliation is not null && !IsStudyAuthorRole(person.Role))
        {
            RefineCompleteRole(person, chunk, chunks, before);
        }
        else
        {
            // ("Fierce critic MP X": with the bare abbreviation read as the title, the words before it are no body of it;
            // "Member of Parliament (MP) X" still names its chamber.)
            var bareAcronym = acronymTitle is not null && !chunk.Tokens[chunk.First - 1].IsSymbol(')');
            // ("A, the league chairman, B, its chief executive,": the office before B's comma is A's.)
            var written = DescriptionOverRelation(chunk, chunks,
                before && !bareAcronym && !FollowsEarlierNamesApposition(chunk, chunks) ? RoleParser.Before(chunk.Tokens, chunk.First, chunks) : null);
            var match = written is not null && !IsStudyAuthorRole(written.Role)
                ? DefiniteOfficeApposed(chunk, chunks, written) ?? written
                : PreferOfficeToAuthorship(written, RoleParser.After(chunk.Tokens, chunk.Last, chunks) ?? RoleParser.AsRole(chunk.Tokens, chunk.Last, chunks)
                    ?? RoleParser.NamedBy(chunk.Tokens, chunk.First, chunks));
            // "Fire chief Jo Kim": a common word opening the sentence before a role is part of the role, not its body.
            if (match is { Role: { } heldRole, AffiliationChunk: { } opener } && IsCommonOpeningWord(opener))
            {
                person.Role ??= opener.Text.ToLowerInvariant() + " " + heldRole;
                match = null;
            }

            // "DepEd Media Relations chief X", "Velm Police commissioner X": the unit or service named before the
            // office is part of it.
            if (person.Role is null && match is not null && OfficeWithUnitOfOwner(match) is { } unitOffice)
            {
                match = unitOffice;
            }

            // "Ohio man X", "as the man who led the city": no role; what the phrase is owned by still counts.
            if (match is { Role: { } plain } && RoleParser.IsPlainPersonRole(plain))
            {
                match = new RoleMatch(null, match.Affiliation, match.AffiliationChunk);
            }

            if (match is not null)
            {
                if (person.Role is null && match.Role is not null && person.Affiliation is null && match.RoleWithOwner is { } qualified)
                {
                    person.OwnerQualifiedRole = qualified;
                    person.QualifiedRoleOf = match.Role;
                }

                if ((person.Role is null || (IsStudyAuthorRole(person.Role) && !IsStudyAuthorRole(match.Role))) && match.Role is not null)
                {
                    person.Role = match.Role;
                }
                else if (RoleParser.IsRelationRole(person.Role) && RoleParser.IsDescriptionBeyondRelation(match.Role))
                {
                    // "his wife Ana ... Ana Ruiz, the first lady,": a later description outweighs the relation, and
                    // what the relation was owned by is no affiliation of the description.
                    person.Role = match.Role;
                    person.Affiliation = null;
                }
                else if (person.Role is { } held && match.Role is { } fuller && RoleRefinements.Refines(fuller, held))
                {
                    // "former minister X ... X, a former Home Minister,": a later mention names the same office more closely.
                    person.Role = fuller;
                }

                if (person.Affiliation is null && match.Affiliation is not null)
                {
                    person.Affiliation = CanonicalAffiliation(match.Affiliation);
                }

                // "wife of Jo Kim": what a kinship noun belongs to is a person, not a body.
                // "Velm Prize laureate Jo Kim": what a laureate or a champion won is no body either.
                if (match.AffiliationChunk is { } owner && !(match.Role is { } role && (Lexicon.PersonNouns.Contains(role) || ContextEvidence.IsAwardHolderNoun(role)))
                    && !NameForms.IsCountryOrDemonym(owner.Text) && !gazetteer.TryFind(owner.Text, out _)
                    && !IsKnownPerson(owner.Text) && PersonByPartOfName(owner.Text) is null
                    // ("Authorities in Velm ... Velm's police commissioner": a name the document places elsewhere owns the
                    // office as a place, so owning it is no sign of a body.)
                    && !evidence.IsWeakPlace(owner.Text))
                {
                    // "the mayor of Arnmouth": a mayor belongs to a town, not a body.
                    evidence.Hint(owner.Text, match.Role is { } office && office.EndsWith("mayor", System.StringComparison.OrdinalIgnoreCase) ? EntityKind.Place : EntityKind.Organization);
                }
            }
        }

        // "analyst Ana Ruiz at Halden Securities said": a body named right after the name with "at" is where the office
        // written before it is held, as "of" says it ("analyst Ana Ruiz of Halden Securities").
        if (person.Role is not null && person.Affiliation is null && BodyAfterAt(chunk, chunks) is { } body)
        {
            person.Affiliation = body.Text;
            evidence.Hint(body.Text, EntityKind.Organization);
        }
    }

    // The name after "at" (and "the") right after the person's name, when its last word is a body's or a company's.
    private static NameChunk? BodyAfterAt(NameChunk chunk, List<NameChunk> chunks)
    {
        var tokens = chunk.Tokens;
        var at = chunk.Last + 1;
        if (at + 1 >= tokens.Count || !tokens[at].Is("at"))
        {
            return null;
        }

        var first = tokens[at + 1].Is("the") ? at + 2 : at + 1;
        return NameChunkIndex.StartingAt(chunks, first) is { } body && body.First < body.Last
            && Lexicon.IsBodyOrCompanyWord(tokens[body.Last].Text)
            ? body
            : null;
    }

    // "farmer X, now the party's nominee for governor", "activist X, a former mayor of Y": an office (a title, a
    // nomination or a candidacy) in the apposition outweighs a description written before the name that is none (a
    // title before it, "Senator X, the ...", stays).
    private static RoleMatch? DefiniteOfficeApposed(NameChunk chunk, List<NameChunk> chunks, RoleMatch written)
    {
        var tokens = chunk.Tokens;
        var p = chunk.Last + 1;
        if (written.Role is not { } description || Lexicon.TitleWords.Contains(RoleParser.HeadOf(description))
            || p + 1 >= tokens.Count || !tokens[p].IsSymbol(','))
        {
            return null;
        }

        p++;
        if (tokens[p].Is("already") || tokens[p].Is("now") || tokens[p].Is("also"))
        {
            p++;
        }

        return p < tokens.Count && (tokens[p].Is("the") || tokens[p].Is("a") || tokens[p].Is("an")) && RoleParser.After(tokens, chunk.Last, chunks) is { Role: { } office } apposed && IsOffice(office)
            ? apposed
            : null;
    }

    // "lead author X, a doctoral candidate": what a person did for the study reported on gives way to the office or
    // occupation said beside it or in a later mention.
    private static RoleMatch? PreferOfficeToAuthorship(RoleMatch? authorship, RoleMatch? other) =>
        authorship is null ? other : other?.Role is not null && !IsStudyAuthorRole(other.Role) ? other : authorship;

    /// <summary>"lead author", "co-author", "senior author": a part in writing the study the article reports, not an
    /// office or an occupation (a plain "author" is the writer's occupation).</summary>
    internal static bool IsStudyAuthorRole(string? role)
    {
        if (role is null || role == "author")
        {
            return false;
        }

        var head = RoleParser.HeadOf(role);
        return head is "author" or "co-author" or "coauthor";
    }

    // A word that is never part of a name ("Fire", "Storm", "Public"), capitalised only because it opens the sentence.
    private bool IsCommonOpeningWord(NameChunk chunk) =>
        evidence.IsCapitalisedOnlyAsOpener(chunk) && Lexicon.NonNameWords.Contains(chunk.Text) && !NameForms.IsCountryOrDemonym(chunk.Text);

    // Verbs that choose someone for an office ("selected", "named", "picked").
    private static readonly HashSet<string> ChoosingVerbs = new(System.StringComparer.Ordinal)
    {
        "selected", "chose", "chosen", "picked", "named", "appointed", "nominated", "tapped", "selects", "chooses", "picks", "names", "appoints", "nominates",
    };

    // The name is the object of an active verb of choosing, maybe after a short description ("named veteran lawyer
    // X"); in "was chosen by X as" the name is the chooser's.
    private static bool IsChosen(NameChunk chunk)
    {
        const int MaxDescriptionWords = 3;
        var tokens = chunk.Tokens;
        for (var k = chunk.First - 1; k >= 0 && chunk.First - 1 - k <= MaxDescriptionWords && tokens[k].IsWord; k--)
        {
            if (ChoosingVerbs.Contains(tokens[k].Text))
            {
                return !(k >= 1 && (tokens[k - 1].Is("was") || tokens[k - 1].Is("were") || tokens[k - 1].Is("been") || tokens[k - 1].Is("is") || tokens[k - 1].Is("be")));
            }

            if (!NameForms.IsLowerWord(tokens[k]) || Lexicon.CapitalisedFunctionWords.Contains(tokens[k].Text))
            {
                return false;
            }
        }

        return false;
    }

    private void DropDemonymAffiliations()
    {
        foreach (var record in registry.Records)
        {
            if (record.Kind == EntityKind.Person && record.Affiliation is { } affiliation && IsDemonymOfNoOneCountry(affiliation))
            {
                record.Affiliation = null;
            }
        }
    }

    // "Korean filmmaker X": a demonym shared by more than one country names none of them, so it is no affiliation
    // (the adjective as written is none either).
    // ("Canadian-US scientist X": two countries joined name no one of them either.)
    private bool IsDemonymOfNoOneCountry(string affiliation) =>
        SharedDemonyms.Contains(affiliation)
        || (affiliation.IndexOf(' ') < 0 && NameForms.IsCountryOrDemonym(affiliation) && NameForms.CountryOfDemonym(affiliation) is null
            && !gazetteer.TryFind(affiliation, out _));

    // Demonyms the gazetteer leaves out because two countries share them.
    private static readonly HashSet<string> SharedDemonyms = new(System.StringComparer.Ordinal) { "Korean", "Koreans", "Congolese" };

    private string CanonicalAffiliation(string affiliation)
    {
        var country = NameForms.CountryOfDemonym(affiliation);
        if (country is not null)
        {
            return country;
        }

        return gazetteer.TryFind(affiliation, out var place) ? place.Name : affiliation;
    }

    private bool IsPersonLike(NameChunk chunk)
    {
        var words = chunk.SpacedWordCount;
        if (words < 2 || words > MaxPersonWords || !IsPersonNameSpan(chunk.Tokens, chunk.First, chunk.Last))
        {
            return false;
        }

        var first = chunk.Tokens[chunk.First].Text;
        var last = chunk.Tokens[chunk.Last].Text;

        // "the Gay Village": a determiner does not go before a person's name, unless it belongs to a noun the name
        // qualifies ("the Ana Okafor film").
        var determined = chunk.First > 0 && (chunk.Tokens[chunk.First - 1].Is("the") || chunk.Tokens[chunk.First - 1].Is("a")) && !IsNameBeforeItsNoun(chunk);
        return first is not ("El" or "La" or "Los" or "Las" or "Le" or "Les") && last.Length > 1 && !determined;
    }

    // "the Ana Okafor film", "the Jo B. Vell administration": a known given name and a family name that is no English
    // word, then a lower-case noun, is a person's name used as a modifier of that noun.
    private static bool IsNameBeforeItsNoun(NameChunk chunk)
    {
        var tokens = chunk.Tokens;
        var next = chunk.Last + 1;
        return next < tokens.Count && NameForms.IsLowerWord(tokens[next]) && tokens[next].SpaceBefore && EnglishWords.IsOrdinaryWord(tokens[next].Text)
            && GivenNames.Contains(tokens[chunk.First].Text) && !EnglishWords.IsOrdinaryWord(tokens[chunk.Last].Text);
    }

    // A run of capitalised words is a person's name only with some evidence: a known first name, the surname
    // used alone elsewhere, a role beside it, or a verb of saying or an age after it.
    private bool HasPersonEvidence(NameChunk chunk, List<NameChunk> chunks) => HasPersonEvidence(chunk, chunks, countFirstGivenName: true);

    // (Without countFirstGivenName, a known given name opening the run is no evidence by itself: see
    // RestsOnGivenNameAlone.)
    private bool HasPersonEvidence(NameChunk chunk, List<NameChunk> chunks, bool countFirstGivenName)
    {
        var tokens = chunk.Tokens;

        // "Utah Jazz": a place opening the name needs more than a reused last word.
        if (gazetteer.TryFind(tokens[chunk.First].Text, out _) && !GivenNames.Contains(tokens[chunk.First].Text) && !CountryGivenNames.Contains(tokens[chunk.First].Text))
        {
            var described = RoleParser.Before(tokens, chunk.First, chunks) ?? RoleParser.After(tokens, chunk.Last, chunks);
            return described?.Role is not null || HasPersonNounBeside(tokens, chunk) || evidence.IsActor(chunk.Text);
        }

        if (IsKnownPerson(chunk.Text) || IsKnownPerson(tokens[chunk.Last].Text) || (countFirstGivenName && OpensWithKnownGivenName(chunk))
            || EndsWithKnownSurname(chunk) || HasKnownNameAfterFirstWord(chunk) || LineageNamePrefixes.Contains(tokens[chunk.First].Text)
            || (evidence.IsUsedAlone(tokens[chunk.Last].Text) && !IsCountryName(tokens[chunk.Last].Text)) || evidence.IsActor(chunk.Text) || HasPersonNounBeside(tokens, chunk)
            || IsFollowedByWho(tokens, chunk.Last) || IsListedAfterPerson(chunk, chunks) || IsListedBeforePerson(chunk, chunks)
            || OwnsAPersonalRelation(tokens, chunk.Last) || HasAgeBeside(chunk))
        {
            return true;
        }

        var role = RoleParser.Before(tokens, chunk.First, chunks) ?? RoleParser.After(tokens, chunk.Last, chunks);
        return role is not null && (role.Role is not null || role.Affiliation is not null);
    }

    // "Tammra Kowalczyk": a family name that the name lists know ends a name whose given name they may not know
    // (but not after an ordinary word that is no known name: "Mount Kowalczyk" is a mountain).
    private static bool EndsWithKnownSurname(NameChunk chunk)
    {
        var tokens = chunk.Tokens;
        if (!tokens[chunk.Last].SpaceBefore || !Surnames.Contains(tokens[chunk.Last].Text))
        {
            return false;
        }

        for (var i = chunk.First; i < chunk.Last; i++)
        {
            if (tokens[i].IsWord && IsOrdinaryWordNoNameListKnows(tokens[i].Text))
            {
                return false;
            }
        }

        return true;
    }

    // "Ozrin Tomasz", "Ozrin Tomasz Velk": many family names are given names too, and a given name may stand in the
    // middle; a known name after the first word counts when no word of the run is an ordinary English word (which
    // leaves out "Morning Tomasz", "Cotton Candy" and titles such as "Moderator Tomasz Velk").
    private static bool HasKnownNameAfterFirstWord(NameChunk chunk)
    {
        var tokens = chunk.Tokens;
        var known = false;
        for (var i = chunk.First; i <= chunk.Last; i++)
        {
            if (!tokens[i].IsWord)
            {
                continue;
            }

            if (EnglishWords.IsOrdinaryWord(tokens[i].Text))
            {
                return false;
            }

            known |= i > chunk.First && tokens[i].SpaceBefore && (GivenNames.Contains(tokens[i].Text) || Surnames.Contains(tokens[i].Text));
        }

        return known;
    }

    // "Gas Grid Norway ... supplies to Norway": a country or a continent written alone is the place, not a surname
    // used alone (a continent is a region of no single country).
    private bool IsCountryName(string word) =>
        gazetteer.TryFind(word, out var place) && (place.Kind == Model.PlaceKind.Country || (place.Kind == Model.PlaceKind.Region && place.Country.Length == 0));

    // "Ana Ruiz, Jo Kim, Tomas Berg and Lena Holt": a name that opens a list of names shaped like people's, where
    // a known person or two names starting with known first names follow, is a person's too (the reader meets it before the ones it is listed with).
    private bool IsListedBeforePerson(NameChunk chunk, List<NameChunk> chunks)
    {
        const int MaxListedNames = 8;
        const int MinGivenNamed = 2;
        var tokens = chunk.Tokens;
        var current = chunk;
        var givenNamed = 0;
        for (var listed = 0; listed < MaxListedNames; listed++)
        {
            var k = current.Last + 1;
            if (k + 1 < tokens.Count && tokens[k].IsSymbol(','))
            {
                k++;
            }

            if (k + 1 < tokens.Count && tokens[k].Is("and"))
            {
                k++;
            }

            if (k == current.Last + 1 || k >= tokens.Count)
            {
                return false;
            }

            var next = NameChunkIndex.StartingAt(chunks, k);
            if (next is null || !IsPersonLike(next) || evidence.TryGetStrong(next.Text, out _))
            {
                return false;
            }

            if (IsKnownPerson(next.Text))
            {
                return true;
            }

            // (Two, so that "Goldman Sachs, Morgan Stanley and ..." is not read as people for one first name.)
            if (GivenNames.Contains(tokens[next.First].Text) && ++givenNamed >= MinGivenNamed)
            {
                return true;
            }

            current = next;
        }

        return false;
    }

    // "Harbour Watch's website shows", "according to Rose Ledger": a name that reports or owns a website is an outlet
    // even when its first word is also a first name, unless something else says a person is meant: a role, a noun
    // for a person, a verb of saying, the surname used alone, a second first name, the name's own mention as a person,
    // or "an interview with" it (a person is interviewed as often as an outlet interviews).
    private bool HasPersonEvidenceBeyondGivenName(NameChunk chunk, List<NameChunk> chunks)
    {
        var tokens = chunk.Tokens;
        if (chunk.SpacedWordCount != 2 || GivenNames.Contains(tokens[chunk.Last].Text) || IsKnownPerson(chunk.Text) || IsKnownPerson(tokens[chunk.Last].Text)
            || evidence.IsActor(chunk.Text) || evidence.IsIntroducedAsPerson(chunk.Text) || evidence.IsUsedAlone(tokens[chunk.Last].Text)
            || HasPersonNounBeside(tokens, chunk) || IsFollowedByWho(tokens, chunk.Last) || IsListedAfterPerson(chunk, chunks)
            || (chunk.First > 0 && tokens[chunk.First - 1].Is("with")))
        {
            return true;
        }

        var role = RoleParser.Before(tokens, chunk.First, chunks) ?? RoleParser.After(tokens, chunk.Last, chunks);
        return role is not null && (role.Role is not null || role.Affiliation is not null);
    }

    // Nouns that only a person is the owner of: family, a running mate, a term in office. ("sister" and "parent" are
    // left out: a company has a sister company and a parent.)
    private static readonly HashSet<string> PersonalRelationNouns = Lexicon.Set(
        "wife husband widow widower son sons daughter daughters children mother father parents grandson granddaughter " +
        "grandchildren stepson stepdaughter fiancée fiancee girlfriend boyfriend presidency administration");

    // "under Tomas Berg's presidency", "Ana Ruiz's husband": a possessive before such a noun names a person.
    private static bool OwnsAPersonalRelation(IReadOnlyList<Token> tokens, int last)
    {
        if (last + 2 >= tokens.Count || tokens[last + 1].Text is not ("'s" or "'S" or "'"))
        {
            return false;
        }

        var noun = tokens[last + 2];
        return PersonalRelationNouns.Contains(noun.Text)
            || (noun.Is("running") && last + 3 < tokens.Count && (tokens[last + 3].Is("mate") || tokens[last + 3].Is("mates")));
    }

    // "Ana Ruiz, who was arrested": "who" only refers back to a person.
    private static bool IsFollowedByWho(IReadOnlyList<Token> tokens, int last) =>
        last + 2 < tokens.Count && tokens[last + 1].IsSymbol(',') && (RelativeWho.Is(tokens[last + 2]) || tokens[last + 2].Is("whose"));

    // "Ana Ruiz and Jo Kim": a name listed right after a person's is a person's too.
    private bool IsListedAfterPerson(NameChunk chunk, List<NameChunk> chunks)
    {
        var tokens = chunk.Tokens;
        var k = chunk.First - 1;
        if (k < 1 || !(tokens[k].Is("and") || tokens[k].IsSymbol(',')))
        {
            return false;
        }

        k--;
        if (k >= 1 && tokens[k].IsSymbol(',') && tokens[k + 1].Is("and"))
        {
            k--;
        }

        var previous = NameChunkIndex.EndingAt(chunks, k);
        return previous is not null && previous.SpacedWordCount >= 2 && IsKnownPerson(previous.Text) && !QualifiesNamedPerson(tokens, chunk.Last);
    }

    // "Ana Ruiz and Lakeside Dynamo goalkeeper Jo Kim": a name before a noun for a person and then another name
    // only says where that person belongs.
    private static bool QualifiesNamedPerson(IReadOnlyList<Token> tokens, int last)
    {
        if (last + 2 >= tokens.Count || !NameForms.IsLowerWord(tokens[last + 1]) || !NameChunker.IsNameWord(tokens[last + 2]))
        {
            return false;
        }

        var noun = tokens[last + 1].Text;
        return IsPersonNoun(tokens[last + 1]) || (!Lexicon.AttributionVerbs.Contains(noun)
            && (noun.EndsWith("er", System.StringComparison.Ordinal) || noun.EndsWith("ist", System.StringComparison.Ordinal) || noun.EndsWith("ian", System.StringComparison.Ordinal)));
    }

    // "his cousin Tariq bin Hamad", "the new ruler, Faisal bin Said", "Ana Ruiz, a local resident".
    private static bool HasPersonNounBeside(IReadOnlyList<Token> tokens, NameChunk chunk)
    {
        var before = chunk.First - 1;
        if (before >= 0 && tokens[before].IsSymbol(','))
        {
            before--;
        }

        if (before >= 0 && IsPersonNoun(tokens[before]))
        {
            return true;
        }

        var after = chunk.Last + 1;
        if (after + 1 < tokens.Count && tokens[after].IsSymbol(',') && (tokens[after + 1].Is("the") || tokens[after + 1].Is("a") || tokens[after + 1].Is("an")
            || tokens[after + 1].Is("his") || tokens[after + 1].Is("her") || tokens[after + 1].Is("their")))
        {
            var limit = after + 5;
            for (var i = after + 2; i < tokens.Count && i <= limit; i++)
            {
                if (IsPersonNoun(tokens[i]) || IsCapitalizedOfficeOf(tokens, i))
                {
                    return true;
                }

                // "the long-serving mayor": a hyphen inside a modifier does not end the description.
                var joiningHyphen = tokens[i].IsSymbol('-') && !tokens[i].SpaceBefore && i + 1 < tokens.Count && !tokens[i + 1].SpaceBefore;
                if (joiningHyphen)
                {
                    limit += 2;
                }
                else if (!tokens[i].IsWord)
                {
                    break;
                }
            }
        }

        return false;
    }

    // "Ana Ruiz, the Mayor of Lowbridge": an office written with a capital still describes a person when "of"
    // names where it is held.
    private static bool IsCapitalizedOfficeOf(IReadOnlyList<Token> tokens, int index) =>
        tokens[index].IsCapitalized && index + 1 < tokens.Count && tokens[index + 1].Is("of") && NameForms.IsLowerWord(tokens[index + 1])
        && Lexicon.RoleHeads.Contains(tokens[index].Text.ToLowerInvariant());

    /// <summary>A lower-case noun for a person or an office ("nurse", "cousin", "spokesman").</summary>
    internal static bool IsPersonNoun(Token token) =>
        NameForms.IsLowerWord(token) && (Lexicon.PersonNouns.Contains(token.Text) || Lexicon.RoleHeads.Contains(token.Text));

    // "the man, identified as Tarvosk, said": "identified as" after a noun for a person names that person (a body
    // "identified as" something is rarely set off by a noun for a person first).
    private static bool IsIdentifiedPersonAlone(IReadOnlyList<Token> tokens, int asIndex)
    {
        var noun = asIndex - 2;
        if (noun >= 0 && tokens[noun].IsSymbol(','))
        {
            noun--;
        }

        return noun >= 0 && tokens[asIndex].Is("as") && tokens[asIndex - 1].Is("identified") && NameForms.IsLowerWord(tokens[asIndex - 1]) && IsPersonNoun(tokens[noun]);
    }

    // "his wife, Amanda,", "a chef named Lukas", "a man surnamed Li": a single name right after a noun for a person.
    private static bool IsNamedPersonAlone(NameChunk chunk)
    {
        var tokens = chunk.Tokens;
        var next = chunk.Last + 1;
        if (NameForms.IsPersonNameWord(tokens[chunk.First]) && KinshipOfListedName(tokens, chunk.First) is not null)
        {
            return true;
        }

        // ("surnamed" is said of people alone, so the name may go on with its verb: "a man surnamed Li said".)
        if (NameForms.IsPersonNameWord(tokens[chunk.First]) && chunk.First >= 1 && tokens[chunk.First - 1].Is("surnamed"))
        {
            return true;
        }

        if (!NameForms.IsPersonNameWord(tokens[chunk.First]) || (next < tokens.Count && tokens[next].IsWord))
        {
            return false;
        }

        var before = chunk.First - 1;
        if (before >= 0 && tokens[before].Is("named"))
        {
            return true;
        }

        if (IsIdentifiedPersonAlone(tokens, before))
        {
            return true;
        }

        if (before >= 0 && tokens[before].IsSymbol(','))
        {
            before--;
        }

        return before >= 1 && NameForms.IsLowerWord(tokens[before]) && Lexicon.PersonNouns.Contains(tokens[before].Text)
            && (tokens[before - 1].Is("his") || tokens[before - 1].Is("her") || tokens[before - 1].Is("their"));
    }

    // "Ana Maria Hall was convicted", "Jo Hill said": surnames that are also place words end a person's name after
    // given names (but "in Victoria Park", "the Albert Hall" name places).
    private bool IsPersonWithPlaceWordSurname(NameChunk chunk, List<NameChunk> chunks)
    {
        var tokens = chunk.Tokens;
        var words = chunk.SpacedWordCount;
        if (words < 2 || words > MaxPersonWords || chunk.InsideQuote)
        {
            return false;
        }

        // ("said Tom Bridge": any place word after a lone given name, with a person cued right beside the two.)
        var cued = words == 2 && !Lexicon.OrganizationHeads.Contains(tokens[chunk.Last].Text) && IsCuedWordSurname(tokens, chunk.First, chunk.Last);
        if (!(IsPlaceOrEventWordSurname(tokens[chunk.Last].Text) || cued)
            || !(GivenNames.Contains(tokens[chunk.First].Text) || GivenNames.Contains(tokens[chunk.Last - 1].Text)) || gazetteer.TryFind(tokens[chunk.First].Text, out _)
            || !IsPersonNameSpan(tokens, chunk.First, chunk.Last - 1))
        {
            return false;
        }

        if (chunk.First > 0 && tokens[chunk.First - 1] is { } before && NameForms.IsLowerWord(before)
            && (before.Is("the") || before.Is("a") || before.Is("from") || before.Is("to") || before.Is("at") || Lexicon.PlacePrepositions.Contains(before.Text)))
        {
            return false;
        }

        // A place or an event never speaks, so the family name used alone as a speaker ("Day said") marks a person too.
        return cued || (words >= 3 && GivenNames.Contains(tokens[chunk.Last - 1].Text) && tokens[chunk.Last - 1].SpaceBefore) || evidence.IsActor(chunk.Text) || IsFollowedByWho(tokens, chunk.Last)
            || evidence.IsSpeaker(tokens[chunk.Last].Text) || evidence.IsIntroducedAsPerson(chunk.Text)
            || HasPersonNounBeside(tokens, chunk) || RoleParser.Before(tokens, chunk.First, chunks)?.Role is not null;
    }

    // Common family names that are also place heads ("Hall", "Park") or event words ("Day", "Law"): the name reads as a
    // person only with a given name before it and person evidence around it.
    private static bool IsPlaceOrEventWordSurname(string word) =>
        word is "Hall" or "Hill" or "Park" or "Church" or "Lake" or "Marsh" or "Castle" or "Field" or "Bay" or "Temple" or "Forest" or "Beach"
            or "Day" or "Law" or "Lane" or "Plant" or "Passage";

    // "Tomas and Ana Ruiz": a given name before "and" and a person's full name shares that person's surname.
    private NameChunk? SharedSurnamePartner(NameChunk chunk, List<NameChunk> chunks)
    {
        var tokens = chunk.Tokens;
        // "Mark and Ana Ruiz": a given name that is also a word ("Mark", "Bill") shares the surname too, as "and" pairs it with a person.
        if (chunk.First != chunk.Last || !(GivenNames.Contains(chunk.Text) || Lexicon.WordLikeGivenNames.Contains(chunk.Text)) || chunk.Last + 2 >= tokens.Count
            || !tokens[chunk.Last + 1].Is("and"))
        {
            return null;
        }

        var next = NameChunkIndex.StartingAt(chunks, chunk.Last + 2);
        // ("Kim and La Fontaine": a surname opened by a particle is no given name and surname.)
        return next is not null && next.SpacedWordCount == 2 && next.First + 1 == next.Last && GivenNames.Contains(next.Tokens[next.First].Text) && !IsParticleSurnameSpan(next)
            && IsKnownPerson(next.Text) ? next : null;
    }

    // "Velmorian president Osrek said": a lower-case office right before a single name is that person's.
    private static bool IsAfterLowerCaseRole(NameChunk chunk)
    {
        var tokens = chunk.Tokens;
        var before = chunk.First - 1;
        // "official", "fellow", "chief" are adjectives as often as offices ("an official Android app").
        return before >= 1 && NameForms.IsLowerWord(tokens[before]) && Lexicon.RoleHeads.Contains(tokens[before].Text)
            && tokens[before].Text is not ("official" or "fellow" or "chief" or "general" or "head" or "executive" or "deputy" or "senior") && NameForms.IsPersonNameWord(tokens[chunk.First])
            && !(chunk.Last + 1 < tokens.Count && NameForms.IsLowerWord(tokens[chunk.Last + 1]) && (Lexicon.RoleHeads.Contains(tokens[chunk.Last + 1].Text) || Lexicon.PersonNouns.Contains(tokens[chunk.Last + 1].Text)))
            && !chunk.InsideQuote && !NameForms.IsAllCaps(tokens[chunk.First].Text);
    }
}
