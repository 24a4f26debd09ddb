using System.Collections.Generic;
using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>Organisation evidence: kinds of body, outlets cited as sources, and affiliations before a role.</summary>
internal sealed partial class ContextEvidence
{
    private void CollectOrganizationHints(NameChunk chunk)
    {
        var (tokens, a, b, prev, prev2, next, next2) = Around(chunk);
        var countryLike = NameForms.IsCountryOrDemonym(chunk.Text);
        if (!countryLike && ((prev is { } type && (NameForms.IsLowerWord(type) || NameChunker.IsLeadingFirmKind(tokens, a - 1)) && (Lexicon.OrganizationTypeNouns.Contains(type.Text) || NameChunker.IsCapitalisedRival(type))
                && !IsOfficeOfTheBodyBeforeName(tokens, a) && !IsHolderAfterOfficeOfLowerBody(chunk))
            || (prev is { } comma2 && comma2.IsSymbol(',') && prev2 is { } type2 && NameForms.IsLowerWord(type2) && Lexicon.OrganizationTypeNouns.Contains(type2.Text)
                && next is { } close && close.IsSymbol(',') && !IsOfficeHolderAfterBody(tokens, a - 2, chunk))))
        {
            Hint(chunk.Text, EntityKind.Organization);
            namedAsBody.Add(NameForms.Key(chunk.Text));
        }

        // "the news outlet the Star reported", "the broadcaster the Velm Network": a kind of body, then "the" and the name.
        if (!countryLike && IsNamedAfterKindAndArticle(tokens, a))
        {
            Hint(chunk.Text, EntityKind.Organization);
            namedAsBody.Add(NameForms.Key(chunk.Text));
        }

        if (IsDepartmentStoreOwner(tokens, b) && !countryLike)
        {
            Hint(chunk.Text, EntityKind.Organization);
        }

        if (IsListedAfterOrganisationNoun(tokens, a))
        {
            HintListFrom(chunk, EntityKind.Organization);
        }

        if (!countryLike && (IsDescribedAsOrganisation(tokens, b) || (IsNamedAsTheBody(tokens, b) && !GivenNamesOpen(chunk))))
        {
            Hint(chunk.Text, EntityKind.Organization);
        }

        if (!countryLike && IsNamedAfterKindOfBody(tokens, a) && !GivenNamesOpen(chunk))
        {
            Hint(chunk.Text, EntityKind.Organization);
            namedAsBody.Add(NameForms.Key(chunk.Text));
        }

        if (IsNamedGroupBeforeItsKind(chunk))
        {
            Hint(chunk.Text, EntityKind.Organization);
        }

        // "the ruling Orra Janata Morcha", "the ruling Chama Cha Mapinduzi": what rules after "the" is a party or a junta,
        // never a person (but in "the ruling Judge Ana Ruiz issued" the noun "ruling" is a judge's, and a title or a
        // known given and family name after it is a person's).
        if (!countryLike && prev is { } ruling && ruling.Is("ruling") && prev2 is { } the && the.Is("the") && chunk.SpacedWordCount >= 2
            && !Lexicon.TitleWords.Contains(tokens[a].Text) && !Lexicon.Honorifics.Contains(tokens[a].Text)
            && !(Gazetteer.GivenNames.Contains(tokens[a].Text) && Gazetteer.Surnames.Contains(tokens[b].Text)))
        {
            Hint(chunk.Text, EntityKind.Organization);
            namedAsBody.Add(NameForms.Key(chunk.Text));
        }

        if (!countryLike && IsSpelledByBracketedAcronym(chunk))
        {
            Hint(chunk.Text, EntityKind.Organization);
        }

        if (IsUniversityCampus(chunk))
        {
            Hint(chunk.Text, EntityKind.Organization);
        }

        if (!countryLike && IsMembersBody(chunk))
        {
            Hint(chunk.Text, EntityKind.Organization);
        }

        CollectBodyBehaviour(chunk);
        CollectOutletBeforeKind(chunk);

        if (chunk.SpacedWordCount == 1 && IsFollowedByFirmVerb(tokens, b))
        {
            firmActors.Add(NameForms.Key(chunk.Text));
        }

        if (!countryLike && next is { } kind && NameForms.IsLowerWord(kind)
            && (kind.Is("agency") || kind.Is("newspaper") || kind.Is("broadcaster") || kind.Is("channel") || kind.Is("account") || kind.Is("feed")
                || kind.Is("magazine") || kind.Is("website") || kind.Is("tabloid") || kind.Is("podcast") || kind.Is("charts")
                || kind.Is("store") || kind.Is("stores") || kind.Is("platform") || kind.Is("app") || kind.Is("journal") || kind.Is("label")
                || (kind.Is("news") && next2 is { } agency && (agency.Is("agency") || agency.Is("service")))
                || (IsPeriodicalNoun(kind) && prev is { } article && article.Is("the"))))
        {
            Hint(chunk.Text, EntityKind.Organization);
        }

        // "the Unite union", "the United Auto Workers union said": a name before "union" is the union's own (a town there,
        // "the Harlow union", is where a branch is).
        if (!countryLike && next is { } union && union.Is("union") && NameForms.IsLowerWord(union)
            && !Gazetteer.PlaceGazetteer.Instance.TryFind(chunk.Text, out _))
        {
            Hint(chunk.Text, EntityKind.Organization);
        }

        // "the Harrow vape store", "the Velm television channel": a kind of body after one lower-case word of trade.
        if (!countryLike && next is { } trade && NameForms.IsLowerWord(trade) && trade.Text.Length > 2 && !Lexicon.CapitalisedFunctionWords.Contains(trade.Text)
            && !Lexicon.AttributionVerbs.Contains(trade.Text) && next2 is { } tradeKind && NameForms.IsLowerWord(tradeKind)
            && tradeKind.Text is "store" or "stores" or "channel" or "label" or "website" or "newspaper" or "magazine" or "podcast")
        {
            Hint(chunk.Text, EntityKind.Organization);
        }

        if ((prev is { } via && via.Is("via")) || IsToldTo(prev, prev2, next) || (IsTitledOutletToldTo(tokens, a, b) && !IsPlaceWithThe(chunk) && !NarrativeTitleEnds.Contains(tokens[b].Text))
            || (prev is { } on && on.Is("on") && chunk.SpacedWordCount == 1 && PostedEarlier(tokens, a - 1))
            || (prev is { } to && to.Is("to") && prev2 is { } according && according.Is("according"))
            || (prev is { } with && with.Is("with") && prev2 is { } interview && (interview.Is("interview") || interview.Is("interviews")))
            || IsSpokenTo(prev, prev2, next)
            || (next is { } reported && (reported.Is("reported") || (reported.Is("reports") && (!NameChunker.IsClauseStart(tokens, a) || ReportsIsAVerb(tokens, b + 1)))))
            || (HasReportedAfter(tokens, a, b) && !IsPlaceWithThe(chunk))
            || IsCitedSource(tokens, a))
        {
            weakOrganizations.Add(NameForms.Key(chunk.Text));
        }

        // ("Ostravel Mayor candidate Ana Ruiz": a name that ends in an office is the first half of the role, not a body.)
        if (!countryLike && IsAffiliationBeforeRole(tokens, b) && !Gazetteer.PlaceGazetteer.Instance.TryFind(chunk.Text, out _) && !IsNamedLocalArea(chunk)
            && !(Lexicon.TitleWords.Contains(tokens[b].Text) && chunk.SpacedWordCount > 1)
            && !(chunk.First == chunk.Last && NameForms.IsAllCaps(tokens[a].Text) && !NameForms.IsAcronym(tokens[a]))
            && !OfficeFieldRuns.IsChamberSide(chunk))
        {
            if (IsOpeningWord(chunk))
            {
                openingAffiliations.Add(chunk.Text);
            }
            else
            {
                Hint(chunk.Text, EntityKind.Organization);
            }
        }
    }

    // "local news outlet the Star reported", "the newspaper the Velm Courier said": a lower-case kind of body, "the", and
    // the name (but "the company the Ruiz family founded": a given name opening the name is a person's clause).
    private static bool IsNamedAfterKindAndArticle(IReadOnlyList<Token> tokens, int first) =>
        first >= 2 && tokens[first - 1].Is("the") && NameForms.IsLowerWord(tokens[first - 1]) && NameForms.IsLowerWord(tokens[first - 2])
        && Lexicon.OrganizationTypeNouns.Contains(tokens[first - 2].Text) && !tokens[first - 2].Is("group") && !tokens[first - 2].Is("party")
        && !Gazetteer.GivenNames.Contains(tokens[first].Text);

    // "Macy's department stores", "the Harrods department store": what owns a department store is a retailer, and
    // "department" there is the store's kind, no body's head.
    private static bool IsDepartmentStoreOwner(IReadOnlyList<Token> tokens, int last)
    {
        var k = last + 1;
        if (k < tokens.Count && tokens[k].Text is "'s" or "’s")
        {
            k++;
        }

        return IsDepartmentStoreAt(tokens, k);
    }

    /// <summary>"department store(s)" in lower case opens at <paramref name="k"/>: a kind of shop, no department of a body.</summary>
    internal static bool IsDepartmentStoreAt(IReadOnlyList<Token> tokens, int k) =>
        k + 1 < tokens.Count && tokens[k].Is("department") && NameForms.IsLowerWord(tokens[k]) && (tokens[k + 1].Is("store") || tokens[k + 1].Is("stores"));

    // One-word names that raise, buy, sell, hire or shed as a company does, by key.
    private readonly HashSet<string> firmActors = new(System.StringComparer.Ordinal);

    /// <summary>True when the one-word name is somewhere the subject of what a company does ("Quenby raised $5 million",
    /// "Orvane acquired ...", "Tarrock cut 200 jobs").</summary>
    public bool IsFirmActor(string name) => firmActors.Contains(NameForms.Key(name));

    /// <summary>Lower-case verbs a company is the subject of: money raised, firms bought and sold, staff hired and shed,
    /// products launched. People do some of these too ("Ruiz cut the ribbon"), so only names no list knows as a
    /// person's or a word are read so.</summary>
    private static readonly HashSet<string> FirmVerbs = Lexicon.Set(
        "raised raises acquired acquires bought buys sold sells hired hires shed sheds laid invested invests unveiled unveils " +
        "launched launches employs employed manufactures produces operates reported");

    // "Quenby raised $5 million", "Orvane also acquired ...", "Tarrock quietly laid off 200 workers".
    private static bool IsFollowedByFirmVerb(IReadOnlyList<Token> tokens, int last)
    {
        var p = last + 1;
        while (p < tokens.Count && NameForms.IsLowerWord(tokens[p]) && (tokens[p].Text.EndsWith("ly", System.StringComparison.Ordinal) || tokens[p].Is("also") || tokens[p].Is("has") || tokens[p].Is("had")))
        {
            p++;
        }

        return p < tokens.Count && NameForms.IsLowerWord(tokens[p]) && FirmVerbs.Contains(tokens[p].Text);
    }

    // "told Nordpress", "telling the Velm Courier: ...", "she tells the Arden Post that": whom a statement is given to,
    // mostly an outlet (a weak hint: people are told things too). Only "told" is read before a bare name: "telling
    // Ana Ruiz" and "tells Ana Ruiz" meet people as often. After "the", the name must end the noun phrase ("told the
    // Velm Courier that", not "told the Harlow court"), as an outlet's name does.
    private static bool IsToldTo(Token? prev, Token? prev2, Token? next)
    {
        if (prev is { } verb && verb.Is("told"))
        {
            return true;
        }

        return prev is { } the && the.Is("the") && prev2 is { } verb2 && IsTellingVerb(verb2) && EndsToldName(next);
    }

    // What may follow an outlet's name that ends the noun phrase after a telling verb: the end, ",", ".", ":" or "that".
    private static bool EndsToldName(Token? after) =>
        after is not { } t || t.IsSymbol(',') || t.IsSymbol('.') || t.IsSymbol(':') || t.Is("that");

    // "she tells The National.", "telling The Velm Courier that": a capitalised "The" inside a name in mid-sentence is a
    // title's, so after "tells" or "telling" the name is an outlet's as after "told" (the bare name after them may be a
    // person's, and stays out). The name must end the noun phrase, as after "the".
    private static bool IsTitledOutletToldTo(IReadOnlyList<Token> tokens, int first, int last) =>
        first >= 1 && last > first && IsTitleArticle(tokens, first) && IsTellingVerb(tokens[first - 1]) && NameForms.IsLowerWord(tokens[first - 1])
        && EndsToldName(last + 1 < tokens.Count ? tokens[last + 1] : null);

    // "..., The Velm Express had reported.", "The Orra Post has reported that": an auxiliary between a titled name (opened
    // by a capitalised "The") and "reported" (the bare "X reported" is read above). A name without the title's "The"
    // is as often a person's ("Ana Ruiz had reported the theft").
    private static bool HasReportedAfter(IReadOnlyList<Token> tokens, int first, int last) =>
        last > first && IsTitleArticle(tokens, first) && last + 2 < tokens.Count && (tokens[last + 1].Is("had") || tokens[last + 1].Is("has") || tokens[last + 1].Is("have")) && tokens[last + 2].Is("reported");

    /// <summary>Last words of the title of a story ("the song tells The Harrow Tale"): what "tells" tells, no outlet.</summary>
    private static readonly HashSet<string> NarrativeTitleEnds = new(System.StringComparer.Ordinal) { "Story", "Tale", "Tales", "Saga", "Ballad", "Legend", "Myth", "Odyssey" };

    // "The Gambia", "The Bahamas", "The Hague": a country or a place known with its capitalised "The" is no title
    // ("officials said The Gambia has reported three cases"). A town's name alone may be a paper's ("The Meridian").
    private static bool IsPlaceWithThe(NameChunk chunk)
    {
        var text = chunk.Text;
        var rest = text.StartsWith("The ", System.StringComparison.Ordinal) ? text.Substring(4) : text;
        return NameForms.IsCountryOrDemonym(rest) || Gazetteer.PlaceGazetteer.Instance.TryFind(text, out _);
    }

    // A capitalised "The" in mid-sentence: the first word of a title ("The Velm Express"), not of the sentence.
    private static bool IsTitleArticle(IReadOnlyList<Token> tokens, int k) =>
        tokens[k].Text == "The" && !NameChunker.IsClauseStart(tokens, k);

    private static bool IsTellingVerb(Token token) => token.Is("told") || token.Is("telling") || token.Is("tells");

    // "Speaking to Nordpress, the mayor said", "talking to Radio Arden, she added": the participle phrase set off by a
    // comma names whom the statement was given to, as "told" does, mostly an outlet (a weak hint). "spoke to" and
    // "talked with" are left out: in "Wikinews spoke to Ana Ruiz" and "he spoke with Kim" they meet people.
    private static bool IsSpokenTo(Token? prev, Token? prev2, Token? next) =>
        prev is { } to && (to.Is("to") || to.Is("with")) && prev2 is { } verb && (verb.Is("speaking") || verb.Is("talking"))
        && next is { } comma && comma.IsSymbol(',');

    /// <summary>One word whose capital comes only from opening its sentence: the document never capitalises it mid-sentence.</summary>
    public bool IsCapitalisedOnlyAsOpener(NameChunk chunk) => IsOpeningWord(chunk) && !IsCapitalisedMidSentence(chunk.Text);

    /// <summary>One word after a clause's start or a full stop (a quotation keeps its sentences in one), which the
    /// document never capitalises elsewhere.</summary>
    public bool IsCapitalisedOnlyAfterSentenceStart(NameChunk chunk) =>
        chunk.First == chunk.Last && !NameForms.IsAcronym(chunk.Tokens[chunk.First]) && !IsCapitalisedMidSentence(chunk.Text)
        && (NameChunker.IsClauseStart(chunk.Tokens, chunk.First) || chunk.Tokens[chunk.First - 1].IsSymbol('.'));

    /// <summary>True for one word that opens a sentence, so its capital may be the sentence's, not a name's
    /// ("Senior vice president X", "Retired teacher X", but "Nordwind spokesperson X").</summary>
    public static bool IsOpeningWord(NameChunk chunk) =>
        chunk.First == chunk.Last && NameChunker.IsClauseStart(chunk.Tokens, chunk.First) && !NameForms.IsAcronym(chunk.Tokens[chunk.First]);

    // Opening words before a role are bodies only when the document also capitalises them mid-sentence: "Senior",
    // "Retired" and "Incumbent" are adjectives of the role, "Nordwind" is written as a name elsewhere too.
    private void HintOpeningAffiliations()
    {
        foreach (var name in openingAffiliations)
        {
            if (IsCapitalisedMidSentence(name))
            {
                Hint(name, EntityKind.Organization);
            }
        }
    }

    // "a Kestrel official", "an Orvane engineer", "the Tarnwick spokesperson said": a name between an article and a
    // lower-case role is where the role is held (places, nationalities, parties, faiths and events aside, which describe
    // rather than employ: "a Texas official", "a Republican senator", "a Nobel Prize-winning chemist").
    private static bool IsMembersBody(NameChunk chunk)
    {
        var (tokens, first, last) = (chunk.Tokens, chunk.First, chunk.Last);
        const int MaxWordsBeforeRole = 2;
        if (first < 1 || !(tokens[first - 1].Is("a") || tokens[first - 1].Is("an") || tokens[first - 1].Is("the")))
        {
            return false;
        }

        for (var k = first; k <= last; k++)
        {
            if (!tokens[k].IsWord || Lexicon.EventWords.Contains(tokens[k].Text) || Lexicon.NonNameWords.Contains(tokens[k].Text) || Lexicon.PartyAdjectives.Contains(tokens[k].Text)
                || Lexicon.TitleWords.Contains(tokens[k].Text) || Lexicon.RoleHeads.Contains(tokens[k].Text))
            {
                return false;
            }
        }

        for (var p = last + 1; p < tokens.Count && p <= last + MaxWordsBeforeRole; p++)
        {
            if (!NameForms.IsLowerWord(tokens[p]) || Lexicon.CapitalisedFunctionWords.Contains(tokens[p].Text))
            {
                return false;
            }

            if (Lexicon.RoleHeads.Contains(tokens[p].Text))
            {
                return !Gazetteer.PlaceGazetteer.Instance.TryFind(chunk.Text, out _) && !IsNamedLocalArea(chunk);
            }
        }

        return false;
    }

    // "Nordpress reports the ship sank" (but "Media reports said", "Early reports of damage"): at a sentence start,
    // "reports" is a verb unless a verb or a preposition follows it.
    private static bool ReportsIsAVerb(IReadOnlyList<Token> tokens, int reports)
    {
        if (reports + 1 >= tokens.Count)
        {
            return false;
        }

        var next = tokens[reports + 1];
        return !(next.IsWord && NameForms.IsLowerWord(next) && (Lexicon.AttributionVerbs.Contains(next.Text) || next.Text.EndsWith("ed", System.StringComparison.Ordinal)
            || next.Text is "of" or "from" or "by" or "on" or "in" or "are" or "were" or "have" or "had" or "say" or "suggest" or "indicate" or "show" or "showed"))
            && !next.IsSymbol(',') && !next.IsSymbol('.');
    }

    // "Tellan Systems, an investment bank", "Nordwind, a firm that tracks ships": an apposition naming a kind of body
    // (but "X, a company spokesman" describes a person).
    private static bool IsDescribedAsOrganisation(IReadOnlyList<Token> tokens, int last)
    {
        // "Vyrna, a small Norwegian rights group", "Orbis, an on-line journal": modifiers may include a
        // nationality and hyphenated words.
        const int MaxModifiers = 5;
        if (last + 3 >= tokens.Count || !tokens[last + 1].IsSymbol(',') || !(tokens[last + 2].Is("a") || tokens[last + 2].Is("an")))
        {
            return false;
        }

        for (var k = last + 3; k < tokens.Count && k - (last + 3) <= MaxModifiers
            && (IsModifierOrNoun(tokens[k]) || (k + 1 < tokens.Count && tokens[k + 1].IsSymbol('-') && !tokens[k + 1].SpaceBefore)); k++)
        {
            if (!NameForms.IsLowerWord(tokens[k]))
            {
                continue;
            }

            if (Lexicon.OrganizationTypeNouns.Contains(tokens[k].Text))
            {
                return k + 1 >= tokens.Count || !(NameForms.IsLowerWord(tokens[k + 1]) && (RoleParser.IsRoleHead(tokens[k + 1]) || Lexicon.OrganizationTypeNouns.Contains(tokens[k + 1].Text)));
            }
        }

        return false;
    }

    // "built by Kestrel, the Velmish space agency, over six years": an apposition with "the" that ends in a kind of
    // body names the body. Unlike "a"/"an", "the" also opens a clause's subject ("In Velm, the agency said"), so the
    // kind must close the apposition: a stop, or a relative word that goes on describing it. A possessive or a role after the kind
    // describes a person ("Ana Ruiz, the party's leader", "Kim, the union boss").
    private static bool IsNamedAsTheBody(IReadOnlyList<Token> tokens, int last)
    {
        const int MaxModifiers = 4;
        if (last + 3 >= tokens.Count || !tokens[last + 1].IsSymbol(',') || !tokens[last + 2].Is("the"))
        {
            return false;
        }

        for (var k = last + 3; k < tokens.Count && k - (last + 3) <= MaxModifiers && IsModifierOrNoun(tokens[k]); k++)
        {
            if (NameForms.IsLowerWord(tokens[k]) && Lexicon.OrganizationTypeNouns.Contains(tokens[k].Text))
            {
                return k + 1 < tokens.Count && (ClosesApposition(tokens[k + 1]) || ClosesAfterItsPlace(tokens, k + 1));
            }
        }

        return false;
    }

    // "X, the national weather service for Velmora,": the kind may end in the place it serves, one or two capitalised
    // words after "for", "of" or "in", before the apposition closes.
    private static bool ClosesAfterItsPlace(IReadOnlyList<Token> tokens, int preposition)
    {
        const int MaxPlaceWords = 2;
        if (preposition + 2 >= tokens.Count || !(tokens[preposition].Is("for") || tokens[preposition].Is("of") || tokens[preposition].Is("in")))
        {
            return false;
        }

        var k = preposition + 1;
        while (k < tokens.Count && k - preposition <= MaxPlaceWords && NameChunker.IsNameWord(tokens[k]))
        {
            k++;
        }

        return k > preposition + 1 && k < tokens.Count && (tokens[k].IsSymbol(',') || tokens[k].IsSymbol('.'))
            && Gazetteer.PlaceGazetteer.Instance.TryFind(TokenText.Of(tokens, preposition + 1, k - 1), out _);
    }

    private static bool ClosesApposition(Token token) =>
        token.IsSymbol(',') || token.IsSymbol('.') || token.IsSymbol(';') || token.IsSymbol(')')
        || token.Text is "that" or "which" or "based" or "founded" or "responsible";

    // "the Velm Liberation Front network", "the Free Rivers movement", "the Iron Hand faction": a name of two words or
    // more between "the" and a word for a loose group of people names that group (one word is more often what the
    // group stands for or where it is: "the Brexit movement", "the Houthi movement"). So does one before "company" or
    // "firm" ("the Tarsk Reisen company", "the Orra Midstream Pipeline company reported"): a place, a demonym or a party
    // word in the run ("the Texas company", "the Velmorian firm") says where the firm is or what it stands for instead.
    private static bool IsNamedGroupBeforeItsKind(NameChunk chunk)
    {
        var tokens = chunk.Tokens;
        var next = chunk.Last + 1;
        var first = tokens[chunk.First].Is("the") ? chunk.First + 1 : chunk.First;
        var isFirm = next < tokens.Count && (tokens[next].Is("company") || tokens[next].Is("firm"));
        if (next >= tokens.Count || !NameForms.IsLowerWord(tokens[next]) || !(tokens[next].Is("network") || tokens[next].Is("movement") || tokens[next].Is("faction") || isFirm)
            || chunk.Last - first < 1 || !(first > chunk.First || (chunk.First >= 1 && tokens[chunk.First - 1].Is("the")))
            // ("the Ana Ruiz firm" is hers: a known given name opening the run names the owner, no firm.)
            || (isFirm && Gazetteer.GivenNames.Contains(tokens[first].Text)))
        {
            return false;
        }

        for (var k = first; k <= chunk.Last; k++)
        {
            if (!tokens[k].IsWord || NameForms.IsCountryOrDemonym(tokens[k].Text) || Lexicon.PartyAdjectives.Contains(tokens[k].Text) || Lexicon.EventWords.Contains(tokens[k].Text)
                || Gazetteer.PlaceGazetteer.Instance.TryFind(tokens[k].Text, out _) || (isFirm && IsCountWord(tokens[k].Text)))
            {
                return false;
            }
        }

        return true;
    }

    // "the Big Four firm", "the Big Three company": a count in the run ranks the firm among its peers; no firm's name.
    private static bool IsCountWord(string word) => Numbers.NumberWords.TryUnit(word, out _) || Numbers.NumberWords.TryTens(word, out _);

    // "UC Harlow", "CU Velmton": a university system's initials (a "U" among them) before the town of one of its
    // campuses name that campus, a body, not the town.
    private static bool IsUniversityCampus(NameChunk chunk)
    {
        const int MaxLetters = 4;
        var tokens = chunk.Tokens;
        if (chunk.Last != chunk.First + 1 || !tokens[chunk.Last].SpaceBefore)
        {
            return false;
        }

        var initials = tokens[chunk.First].Text;
        return initials.Length <= MaxLetters && IsUniversitySystemInitials(initials)
            && Gazetteer.PlaceGazetteer.Instance.TryFind(tokens[chunk.Last].Text, out var town) && town.Kind != PlaceKind.Country;
    }

    /// <summary>"UC", "CU", "SUNY": capitals with a "U" among them, as a university system's initials are written.</summary>
    internal static bool IsUniversitySystemInitials(string word) => NameForms.IsAllCaps(word) && word.IndexOf('U') >= 0;

    // Words of a noun phrase: "June, a paper was printed in the journal" has a clause, not a description, before "journal".
    private static bool IsModifierOrNoun(Token token) =>
        (NameForms.IsLowerWord(token) && !Lexicon.CapitalisedFunctionWords.Contains(token.Text) && !Lexicon.AttributionVerbs.Contains(token.Text)
            && token.Text is not ("is" or "was" or "are" or "were" or "has" or "had" or "have" or "been" or "be" or "that" or "and" or "or"))
        || (token.IsSymbol('-') && !token.SpaceBefore) || (token.IsWord && NameForms.IsCountryOrDemonym(token.Text));

    // "firms including Nordwind and Keller", "broadcasters such as Radio Arden": the named examples of a plural
    // kind of body are bodies.
    private static bool IsListedAfterOrganisationNoun(IReadOnlyList<Token> tokens, int first)
    {
        var singular = KindListedBefore(tokens, first) ?? PluralKindRightBefore(tokens, first) ?? KindBeforeCopula(tokens, first);
        return singular is not null && Lexicon.OrganizationTypeNouns.Contains(singular) && !singular.Equals("group", System.StringComparison.Ordinal);
    }

    // "firms such as A", "towns, including A": the singular of the lower-case plural noun of kind before "such as",
    // "including" or "like" that opens a list at `first`; null when there is none.
    private static string? KindListedBefore(IReadOnlyList<Token> tokens, int first)
    {
        var k = first - 1;
        if (k >= 1 && tokens[k].Is("as") && tokens[k - 1].Is("such"))
        {
            k -= 1;
        }
        else if (!(k >= 0 && (tokens[k].Is("including") || tokens[k].Is("like"))))
        {
            return null;
        }

        k--;
        if (k >= 0 && tokens[k].IsSymbol(','))
        {
            k--;
        }

        return k >= 0 ? SingularOfPlural(tokens[k]) : null;
    }

    // "The companies affected are Nordwind, Keller and ...", "the two banks involved were A and B", "The firms are A and
    // B": a plural kind of body as the subject, "are" or "were", then the names (a word of one's own between the kind
    // and the verb must be a participle: "the firms' owners are Ana Ruiz and Jo Kim" lists people).
    private static string? KindBeforeCopula(IReadOnlyList<Token> tokens, int first)
    {
        var k = first - 1;
        if (k < 2 || !(tokens[k].Is("are") || tokens[k].Is("were")) || !NameForms.IsLowerWord(tokens[k]))
        {
            return null;
        }

        k--;
        if (NameForms.IsLowerWord(tokens[k]) && tokens[k].Text is "affected" or "involved" or "concerned" or "named" or "listed" or "hit" or "targeted" or "fined" or "sued")
        {
            k--;
        }

        return SingularOfPlural(tokens[k]);
    }

    // "the airlines Nordwind and Keller", "store chains A and B": a plural noun of kind written right before the names
    // gives their kind as "such as" does; its singular, or null.
    private static string? PluralKindRightBefore(IReadOnlyList<Token> tokens, int first)
    {
        var k = first - 1;
        return k >= 0 ? SingularOfPlural(tokens[k]) : null;
    }

    // "firms" → "firm", "agencies" → "agency": the singular of a lower-case word of four letters or more ending in "s"
    // (not "-ss"), or null for any other token.
    private static string? SingularOfPlural(Token token) => NameForms.IsLowerWord(token) ? SingularOfPlural(token.Text) : null;

    /// <summary>"ferries" → "ferry", "boards" → "board": the singular of a word of four letters or more ending in "s",
    /// or null for any other word; "-ss" endings are no plurals ("Congress", "business").</summary>
    internal static string? SingularOfPlural(string plural)
    {
        if (plural.Length < 4 || !plural.EndsWith("s", System.StringComparison.Ordinal) || plural.EndsWith("ss", System.StringComparison.Ordinal))
        {
            return null;
        }

        return plural.EndsWith("ies", System.StringComparison.Ordinal) ? plural.Substring(0, plural.Length - 3) + "y" : plural.Substring(0, plural.Length - 1);
    }

    // The chunk and the names listed after it ("A, B, and C").
    private void HintListFrom(NameChunk chunk, EntityKind kind)
    {
        const int MaxItems = 8;
        var current = chunk;
        for (var items = 0; items < MaxItems; items++)
        {
            if (!NameForms.IsCountryOrDemonym(current.Text))
            {
                Hint(current.Text, kind);
            }

            var tokens = current.Tokens;
            var k = current.Last + 1;
            var separated = false;
            if (k < tokens.Count && tokens[k].IsSymbol(','))
            {
                k++;
                separated = true;
            }

            if (k < tokens.Count && (tokens[k].Is("and") || tokens[k].Is("or")))
            {
                k++;
                separated = true;
            }

            var next = separated ? ChunkStartingAt(k) : null;
            if (next is null)
            {
                return;
            }

            current = next;
        }
    }

    // "as reported by Nordpress", "quoted by the Lakeside Herald": a publication cited as the source.
    private static bool IsCitedSource(IReadOnlyList<Token> tokens, int first)
    {
        var by = first - 1;
        if (by >= 0 && tokens[by].Is("the"))
        {
            by--;
        }

        return by >= 1 && ((tokens[by].Is("by") && (tokens[by - 1].Is("reported") || tokens[by - 1].Is("quoted") || tokens[by - 1].Is("published")))
            || IsPublishedIn(tokens, by));
    }

    // "the study was published in Orbis Letters", "an editorial in the Lakeside Courier": what a piece of writing is
    // printed in is a publication ("appeared in" and "a study in" are left out: people appear in courts and towns,
    // and studies are made in places).
    // "published on Wednesday in Orbis Letters", "published last week in ...": a few words of time may come between.
    internal static bool IsPublishedIn(IReadOnlyList<Token> tokens, int inIndex)
    {
        if (inIndex < 1 || !tokens[inIndex].Is("in"))
        {
            return false;
        }

        const int MaxTimeWords = 3;
        var k = inIndex - 1;
        while (k > 0 && inIndex - 1 - k < MaxTimeWords && IsTimeWord(tokens[k]))
        {
            k--;
        }

        var writing = tokens[k];
        return NameForms.IsLowerWord(writing) && writing.Text is "published" or "editorial" or "column" or "article" or "articles";
    }

    private static bool IsTimeWord(Token word) =>
        word.IsNumber || word.Text is "on" or "last" or "this" or "earlier" or "online" or "week" or "month" or "year" or "today" or "yesterday"
        || Lexicon.IsMonthOrWeekdayName(word.Text);

    // "a post on Pathly", "a surprise announcement on Chirper": a noun for what is posted, right before "on", names the
    // platform it went out on, as a verb of posting does (only right there: "video publishers started publishing on X").
    private static bool IsPostingNoun(Token token) =>
        token.Is("post") || token.Is("announcement") || token.Is("video") || token.Is("message") || token.Is("livestream");

    // "shared his experience on Facebook", "posted on Instagram": a platform named after a verb of posting.
    private static bool PostedEarlier(IReadOnlyList<Token> tokens, int on)
    {
        if (on > 0 && IsPostingNoun(tokens[on - 1]))
        {
            return true;
        }

        for (var i = on - 1; i >= 0 && i >= on - 6; i--)
        {
            if (tokens[i].IsWord && (tokens[i].Is("posted") || tokens[i].Is("shared") || tokens[i].Is("wrote") || tokens[i].Is("tweeted")
                || tokens[i].Is("published") || tokens[i].Is("uploaded") || tokens[i].Is("streamed") || tokens[i].Is("commented")
                || tokens[i].Is("announced") || tokens[i].Is("reacted") || tokens[i].Is("writes") || tokens[i].Is("posts")))
            {
                return true;
            }

            if (tokens[i].Kind == TokenKind.Symbol)
            {
                return false;
            }
        }

        return false;
    }

    // "told the Gazzetta Velmo daily", "the Orrvik Posten weekly": a periodical named after "the" by how often it comes
    // out ("Velm Air flies daily" has no article before the name, so the adverb names nothing).
    private static bool IsPeriodicalNoun(Token word) => word.Is("daily") || word.Is("weekly") || word.Is("broadsheet");

    private static readonly HashSet<string> AwardHolderNouns = Lexicon.Set("laureate laureates winner winners champion champions medallist medalist");

    /// <summary>Whether the role is one a person holds by winning something ("laureate", "champion"), not by belonging.</summary>
    internal static bool IsAwardHolderNoun(string role) => AwardHolderNouns.Contains(role);

    // "Taliban spokesperson Zabiullah Mujahid": a name, a lower-case role, then a person's name.
    private static bool IsAffiliationBeforeRole(IReadOnlyList<Token> tokens, int last)
    {
        for (var p = last + 1; p < tokens.Count && p <= last + 3; p++)
        {
            if (!NameForms.IsLowerWord(tokens[p]))
            {
                return false;
            }

            if (Lexicon.RoleHeads.Contains(tokens[p].Text))
            {
                // "Velm Prize laureate Ana Ruiz", "Olympic champion Jo Kim": what a person won is no body they belong to.
                if (p + 1 < tokens.Count && NameChunker.IsNameWord(tokens[p + 1]))
                {
                    return !AwardHolderNouns.Contains(tokens[p].Text) && !Lexicon.CapitalisedFunctionWords.Contains(tokens[p + 1].Text);
                }

                // "Orrvik Dynamics chief executive Tom Brandt": a role head right after the name may open a role of two
                // words ("Ana Ruiz chose fellow teacher Jo Kim" opens no role after the name).
                if (p == last + 1 && p + 1 < tokens.Count && Lexicon.RoleHeads.Contains(tokens[p + 1].Text))
                {
                    continue;
                }

                return false;
            }

            if (Lexicon.CapitalisedFunctionWords.Contains(tokens[p].Text))
            {
                return false;
            }
        }

        return false;
    }

    // "Head of the agency Laura Bennett said", "chief of the company Ana Ruiz": the body noun ends an office ("head of
    // the agency") held by the person named after it, whose name opens with a known given name; it does not name them.
    private static bool IsOfficeOfTheBodyBeforeName(IReadOnlyList<Token> tokens, int a) =>
        a >= 4 && tokens[a - 2].Is("the") && tokens[a - 3].Is("of") && tokens[a - 4].IsWord
        && (Lexicon.RoleHeads.Contains(tokens[a - 4].Text.ToLowerInvariant()) || Lexicon.TitleWords.Contains(tokens[a - 4].Text))
        && Gazetteer.GivenNames.Contains(tokens[a].Text);

    // "the Orra Janata Morcha (OJM)", "Jamiat Ulema Islam (JUI)": a name whose words' initials spell the acronym in brackets
    // right after it is a body's full name even without a head word (a thing's or a place's name is told apart by its
    // last word, and a title or a known given and family name is a person's).
    private static bool IsSpelledByBracketedAcronym(NameChunk chunk)
    {
        var tokens = chunk.Tokens;
        var b = chunk.Last;
        if (chunk.SpacedWordCount < 2 || b + 3 >= tokens.Count || !tokens[b + 1].IsSymbol('(') || !tokens[b + 3].IsSymbol(')')
            || BracketedInitials(tokens[b + 2]) is not { } initials)
        {
            return false;
        }

        // (A name with a body's head word is read by its head already; one ending in a place's head, "International
        // Space Station", is a place, and one with an office's word, "Woman Grand Master (WGM)", a title. A place's word
        // inside the name only says where the body works: "Orvane Central Kitchen (OCK)".)
        for (var k = chunk.First; k <= b; k++)
        {
            var word = tokens[k].Text;
            if (Lexicon.OrganizationHeads.Contains(word) || Lexicon.CompanyEndings.Contains(word) || (k == b && Lexicon.PlaceHeads.Contains(word))
                || Lexicon.TitleWords.Contains(word) || Lexicon.RoleHeads.Contains(word.ToLowerInvariant()) || Lexicon.Honorifics.Contains(word) || word is "Master" or "Grandmaster")
            {
                return false;
            }
        }

        var first = tokens[chunk.First].Text;
        return InitialsSpelledBefore(tokens, b, initials) == chunk.First && !NamesAThing(chunk) && !NamesNoBody(chunk)
            && !(Gazetteer.GivenNames.Contains(first) && Gazetteer.Surnames.Contains(tokens[b].Text));
    }

    // The initials a bracketed acronym spells: the word in capitals ("OJM"), or the capitals of one that ends in small
    // letters ("NSi" for "Nova Slovenija", as some parties write theirs: "NS"); null for any other word.
    private static string? BracketedInitials(Token word)
    {
        if (NameForms.IsAcronym(word) && NameForms.IsAllCaps(word.Text))
        {
            return word.Text;
        }

        const int MaxLetters = 6;
        var text = word.Text;
        var capitals = 0;
        while (capitals < text.Length && text[capitals] >= 'A' && text[capitals] <= 'Z')
        {
            capitals++;
        }

        // Two capitals or more, then one or two small letters and nothing else ("NSi", "DfT" is no such word: its
        // capitals are apart).
        var small = text.Length - capitals;
        if (!word.IsWord || capitals < 2 || small < 1 || small > 2 || text.Length > MaxLetters)
        {
            return null;
        }

        for (var i = capitals; i < text.Length; i++)
        {
            if (text[i] < 'a' || text[i] > 'z')
            {
                return null;
            }
        }

        return text.Substring(0, capitals);
    }
}
