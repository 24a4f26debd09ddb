using System.Collections.Generic;
using System.Text;
using FactsGenerator.Extraction.Numbers;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>A role phrase found next to a person's name: the office as written (lower case) and who it belongs to.</summary>
internal sealed class RoleMatch
{
    public RoleMatch(string? role, string? affiliation, NameChunk? affiliationChunk)
    {
        Role = role;
        Affiliation = affiliation;
        AffiliationChunk = affiliationChunk;
    }

    public string? Role { get; }

    /// <summary>The affiliation as written ("Norwegian", "European Council", "provincial governor").</summary>
    public string? Affiliation { get; }

    /// <summary>The proper name that holds the affiliation, when it is one.</summary>
    public NameChunk? AffiliationChunk { get; }

    /// <summary>The role with the bare name written right before it ("LGBT activist"), for when that name turns out
    /// to be no body or place but a qualifier of the office.</summary>
    public string? RoleWithOwner { get; init; }
}

/// <summary>
/// Reads appositions and pre-modifiers around a name: "the Norwegian foreign minister, X", "Norway's
/// president, X", "the president of the European Council, X", "Taliban spokesperson X", and after the name
/// "X, Norway's representative", "X, a US peace envoy", "X, the deputy commander of ...", "X, of the council".
/// </summary>
internal static partial class RoleParser
{
    private const int MaxModifiers = 3;
    private const int MaxAffiliationWords = 8;

    // "Mayor-elect Ana Ruiz", "Vice President-elect X", "Gov.-elect X": an office not yet taken, written with "-elect"
    // glued to its title, right before the name.
    private static string? ElectTitleBefore(IReadOnlyList<Token> tokens, int nameFirst)
    {
        var hyphen = nameFirst - 2;
        if (hyphen < 1 || !tokens[nameFirst - 1].Is("elect") || !tokens[hyphen].IsSymbol('-') || tokens[hyphen].SpaceBefore || tokens[nameFirst - 1].SpaceBefore)
        {
            return null;
        }

        var title = tokens[hyphen - 1].IsSymbol('.') && !tokens[hyphen - 1].SpaceBefore && hyphen >= 2 ? hyphen - 2 : hyphen - 1;
        if (!tokens[title].IsWord || !char.IsUpper(tokens[title].Text[0])
            || !(Lexicon.TitleWords.Contains(tokens[title].Text) || TitleAbbreviations.IsAbbreviatedTitleWord(tokens[title].Text)))
        {
            return null;
        }

        // ("Vice President-elect": capitalised words of the title before it.)
        var first = title;
        while (first - 1 >= 0 && tokens[first - 1].IsWord && (Lexicon.TitleModifiers.Contains(tokens[first - 1].Text) || Lexicon.TitleWords.Contains(tokens[first - 1].Text)))
        {
            first--;
        }

        return DocumentEntityReader.JoinLower(tokens, first, title) + "-elect";
    }

    public static RoleMatch? Before(IReadOnlyList<Token> tokens, int nameFirst, IReadOnlyList<NameChunk> chunks)
    {
        // "Green MP (Member of Parliament) Ana Ruiz": an explanation in brackets between the office and the name.
        var open = OpeningBracketBefore(tokens, nameFirst);
        if (open >= 1)
        {
            nameFirst = open;
        }

        if (ElectTitleBefore(tokens, nameFirst) is { } elect)
        {
            return new RoleMatch(elect, null, null);
        }

        // "guests like actors Ana Ruiz, Omar Diallo and Lena Marsh": each name of the list has the plural's role
        // (not "his lawyers, Ana Ruiz": a comma after the plural makes an apposition of a group).
        var listed = PluralRoleBeforeList(tokens, nameFirst - 1, chunks, ApposedRole(tokens, nameFirst, chunks));
        if (listed is not null)
        {
            return new RoleMatch(listed, null, null);
        }

        // "One of the party's Deputy Leaders, X".
        var group = OneOfGroupBefore(tokens, nameFirst, chunks);
        if (group is not null)
        {
            return group;
        }

        var p = nameFirst - 1;
        if (p >= 0 && tokens[p].IsSymbol(','))
        {
            p--;

            // "The Inspector-General of Police (IGP), X,": the office's acronym in brackets before the apposition's comma.
            if (p >= 3 && tokens[p].IsSymbol(')') && tokens[p - 2].IsSymbol('(') && tokens[p - 1].IsWord && NameForms.IsAllCaps(tokens[p - 1].Text))
            {
                p -= 3;
            }
        }

        if (p < 0)
        {
            return null;
        }

        string? affiliation = null;
        NameChunk? affiliationChunk = null;

        // "A nurse at a nearby clinic, X,", "The Commissioner of Police in Orra State, X,": the phrase of where placing
        // the office stands between it and the comma; the name it holds is the affiliation unless the office has one.
        var placing = PlacingPhraseStart(tokens, nameFirst, p, chunks, out var placedIn);
        if (placing >= 1)
        {
            p = placing - 1;
        }

        // "Ambassador to the Northern League Ana Ruiz": the body an envoy is sent to is part of the office.
        var roleEnd = -1;
        // "Special Assistant to the President on Media and Publicity, X": the field after "on" is the aide's remit.
        var remit = RemitOnBefore(tokens, p);
        var to = DestinationBefore(tokens, remit >= 1 ? remit - 1 : p);
        if (to >= 1)
        {
            roleEnd = p;
            p = to - 1;
        }

        // "the Minister for Employment, X": a portfolio after "for" is part of the office, as "of Employment" would be.
        if (roleEnd < 0 && tokens[nameFirst - 1].IsSymbol(',') && CapitalisedPortfolioHeadBefore(tokens, p) is var portfolioTitle && portfolioTitle >= 0)
        {
            roleEnd = p;
            p = portfolioTitle;
        }

        // "Vice President of the Republic Ana Ruiz": the office and its body read as one run of capitals.
        var titled = roleEnd < 0 ? TitleOfBody(tokens, RunEndingAt(tokens, chunks, p)) : null;
        if (titled is not null)
        {
            return titled;
        }

        // "the president of the European Council, X"
        var ofChunk = roleEnd < 0 ? NameChunkIndex.EndingAt(chunks, p) : null;
        // "the communications director for the Harlow campaign, X": a name and a common noun of a body after "of".
        var bodyNoun = -1;
        if (roleEnd < 0 && ofChunk is null && p >= 2 && tokens[nameFirst - 1].IsSymbol(',') && NameForms.IsLowerWord(tokens[p])
            && BodiesNamedAfterSomeone.Contains(tokens[p].Text) && NameChunkIndex.EndingAt(chunks, p - 1) is { } named)
        {
            ofChunk = named;
            bodyNoun = p;
        }

        if (ofChunk is not null)
        {
            var q = ofChunk.First - 1;
            if (q >= 0 && tokens[q].Is("the"))
            {
                q--;
            }
            else
            {
                q = BeforeKindOfBody(tokens, q);
            }

            // ("the head of Velmoria's Harbour Bureau, X": the body's owner before it.)
            if (q >= 2 && placing < 0 && IsPossessiveS(tokens[q]) && tokens[nameFirst - 1].IsSymbol(','))
            {
                q = BeforePossessiveOwner(tokens, q, chunks);
            }

            if (q >= 1 && q == ofChunk.First - 1 && bodyNoun < 0 && IsOfficeOfState(tokens, q))
            {
                roleEnd = ofChunk.Last;
                p = q - 1;
            }
            else if (q >= 1 && tokens[q].Is("of") && q == ofChunk.First - 1 && ofChunk.First == ofChunk.Last && tokens[ofChunk.First].Is("Police")
                && bodyNoun < 0 && IsRoleHead(tokens[q - 1]))
            {
                // "the Inspector-General of Police, X", "the Commissioner of Police, X": a bare "Police" names no force; it
                // is the office's own field.
                roleEnd = ofChunk.First;
                p = q - 1;
            }
            else if (q >= 1 && (tokens[q].Is("of") || tokens[q].Is("for")) && IsRoleHead(tokens[q - 1]))
            {
                affiliation = bodyNoun >= 0 ? ofChunk.Text + " " + tokens[bodyNoun].Text : ofChunk.Text;
                affiliationChunk = bodyNoun >= 0 ? null : ofChunk;
                p = q - 1;
            }
        }

        // "speaker of the parliament X", "vice president of women and family affairs X": a lower-case office with its
        // field after "of", written before the name without capitals.
        if (roleEnd < 0 && affiliation is null && NameForms.IsLowerWord(tokens[p]) && !IsRoleHead(tokens[p]) && LowerCaseOfficeHeadBefore(tokens, p) is var ofHead && ofHead >= 0)
        {
            roleEnd = p;
            p = ofHead;
        }
        else if (roleEnd < 0 && affiliation is null && tokens[nameFirst - 1].IsSymbol(',') && LowerCaseOfficeForBodyBefore(tokens, p) is var forHead && forHead >= 0)
        {
            p = forHead;
        }
        else if (roleEnd < 0 && affiliation is null && tokens[nameFirst - 1].IsSymbol(',') && LowerCasePortfolioHeadBefore(tokens, p) is var portfolioHead && portfolioHead >= 0)
        {
            // "the minister for civil protection, X": a portfolio without a determiner is the office's field.
            roleEnd = p;
            p = portfolioHead;
        }

        if (placedIn is not null && placing >= 1 && affiliation is null && (tokens[placing].Is("at") || IsOfficeOfPlaceBefore(tokens, placing)))
        {
            affiliation = placedIn.Text;
            affiliationChunk = placedIn;
        }

        // ("incumbent X" says only that X holds some office; a later mention may say which.)
        // ("Special Assistant to the President, X": an aide sent to someone is an office in capitals too.)
        if (!(IsRoleNoun(tokens[p]) || IsHyphenatedPersonNoun(tokens, p) || IsJobLead(tokens, p) || (to >= 1 && DestinationHeads.Contains(tokens[p].Text)))
            || (char.IsUpper(tokens[p].Text[0]) && !Lexicon.TitleWords.Contains(tokens[p].Text) && !(to >= 1 && DestinationHeads.Contains(tokens[p].Text)))
            || TimeWords.Contains(tokens[p].Text))
        {
            return null;
        }

        var headEnd = p;
        // "study co-author X", "senior vice-president X": a hyphenated office takes the same qualifiers as a plain one.
        p = HyphenatedHeadStart(tokens, p);
        var headStart = p;
        // ("Harbour police press officer X": a capitalised word before "police" names the force, a body; "The" opening
        // the sentence names none: "The police chief, X,".)
        // ("Johor police chief X": "police" straight before the office stays in it, as in "Police Chief"; only before a
        // longer office, "press officer", does it end the force's name.)
        while (p - 1 >= 0 && headStart - (p - 1) <= MaxModifiers && IsModifier(tokens[p - 1]) && !IsBareVerbBeforeOffice(tokens, p - 1)
            && !(tokens[p - 1].Is("police") && p < headStart && p - 2 >= 0 && tokens[p - 2].IsWord && char.IsUpper(tokens[p - 2].Text[0]) && !IsDeterminer(tokens[p - 2])))
        {
            p--;

            // "the board heard retired nurse X": a participle opens the role phrase.
            if (RoleParticiples.Contains(tokens[p].Text))
            {
                break;
            }
        }

        // "the railroad and shipping tycoon X": modifiers joined by "and" qualify one office (but "friends and
        // fellow actor X" lists people).
        // ("Garden and events manager X" opening the sentence is capitalised only there.)
        if (p < headStart && p - 2 >= 0 && tokens[p - 1].Is("and")
            && ((IsModifier(tokens[p - 2]) && !IsRoleHead(tokens[p - 2]) && Singular(tokens[p - 2]) is null) || (p - 2 == 0 && IsCommonWordOpeningSentence(tokens[0]))))
        {
            p -= 2;
        }

        // "Opposition leader X", "Lead guitarist X" opening the sentence: the capital is the sentence's.
        // "Special effects costumer X": a capitalised first word before a lower-case qualifier is one more
        // qualifier ("Reuters reporter X" keeps its owner).
        // "County sheriff X", "Comic artist X": a common noun or an adjective opening the sentence qualifies the office
        // (a body's own name, as in "Reuters reporter X", is neither).
        // ("Tattoo artist X", "Wildlife photographer X": an everyday English word that no list knows as a name or a body
        // qualifies the office too.)
        // ("Korrin chief executive X": a word no English or body list knows, before a qualified office, is the company's
        // own name, so it owns the office rather than qualifying it.)
        if (p == 1 && (IsSentenceInitialModifier(tokens[0]) || (p < headStart && IsPlainCapitalisedWord(tokens[0]) && !IsCompanyNameOpeningSentence(tokens[0]))
            || IsCapitalisedCommonQualifier(tokens[0])
            || (IsCommonWordOpeningSentence(tokens[0]) && !Lexicon.OrganizationHeads.Contains(tokens[0].Text) && !Gazetteer.OrganizationLexicon.Contains(tokens[0].Text))))
        {
            p = 0;
        }

        // "the Senate Minority Leader, X", "the Vice President, X": a capitalised office keeps its qualifiers; "the
        // Executive director of Y, X": so does a lower-case one, when the qualifier is a title's.
        if (char.IsUpper(tokens[headEnd].Text[0]))
        {
            // ("House of Commons Speaker X": a chamber after "of" ends the body's name, it does not open the office.)
            while (p - 1 >= 0 && headEnd - (p - 1) <= MaxModifiers
                && (IsCapitalisedTitlePart(tokens[p - 1]) || OpensGeneralOffice(tokens, p - 1, headEnd) || IsFieldAfterChief(tokens, p - 1))
                && !(IsChamber(tokens[p - 1]) && p - 2 >= 0 && tokens[p - 2].Is("of"))
                && !IsPartyBeforeLegislator(tokens, p - 1, headEnd))
            {
                p--;
            }

            // "the region's Fire and Rescue Commissioner X": fields joined by "and" before a capitalised office.
            var joined = CoordinatedCapitalisedFieldStart(tokens, p);
            if (joined >= 0)
            {
                p = joined;
            }

            // "The state Police Public Relations Officer, X": everyday capitalised words of the office's field.
            p = EverydayOfficeWordsStart(tokens, p, headEnd);
        }
        else
        {
            // (Only right after an article or opening the sentence: in "the Green Party presidential nominee" the
            // capitalised word ends the body's name.)
            var q = p;
            while (q - 1 >= 0 && headStart - (q - 1) <= MaxModifiers && char.IsUpper(tokens[q - 1].Text[0]) && Lexicon.TitleModifiers.Contains(tokens[q - 1].Text)
                && !NameForms.IsCountryOrDemonym(tokens[q - 1].Text))
            {
                q--;
            }

            if (q < p && (q == 0 || IsDeterminer(tokens[q - 1])))
            {
                p = q;
            }
        }

        // "anti-war activist", "Secretary-General", "Co-author" opening the sentence: a hyphenated word is one modifier.
        // "singer/guitarist X": offices joined by a slash are one role.
        while (p - 2 >= 0 && (tokens[p - 1].IsSymbol('-') || (tokens[p - 1].IsSymbol('/') && IsRoleHead(tokens[p - 2])))
            && !tokens[p - 1].SpaceBefore && !tokens[p].SpaceBefore
            && (NameForms.IsLowerWord(tokens[p - 2]) || IsCapitalisedTitlePart(tokens[p - 2]) || (p - 2 == 0 && tokens[p - 2].IsWord)))
        {
            p -= 2;
        }

        var roleStart = p;
        var bareOwner = false;
        var jurisdiction = string.Empty;
        if (p - 1 >= 0)
        {
            var before = tokens[p - 1];
            if (IsPossessiveS(before) || before.IsSymbol('\''))
            {
                var owner = NameChunkIndex.EndingAt(chunks, p - 2);
                if (owner is not null && affiliation is null)
                {
                    affiliation = owner.Text;
                    affiliationChunk = owner;
                }
            }
            else if (before.IsNumber && affiliation is null && !before.Text.Contains(".") && NumberedOwnerBefore(tokens, chunks, p) is { } numbered)
            {
                // "Dockers Local 412 president X", "Channel 9 presenter X": a name numbered as one of a series (a union
                // branch, a station) owns the office with its number.
                affiliation = TokenText.Of(tokens, numbered.First, p - 1);
            }
            else if (NameChunker.IsNameWord(before))
            {
                var owner = NameChunkIndex.EndingAt(chunks, p - 1);
                if (owner is not null && owner.First == owner.Last && Chambers.Contains(before.Text))
                {
                    // "Senate minority leader X": the chamber is part of the office.
                    roleStart = p - 1;
                }
                else if (owner is not null && owner.First == owner.Last && p == headStart && FederalCourtOffices.NamesCountry(before, tokens[p]))
                {
                    // "U.S. attorney Ana Ruiz": the country is part of the court office's name, and still its affiliation.
                    roleStart = p - 1;
                    affiliation = owner.Text;
                    affiliationChunk = owner;
                }
                else if ((owner is null || owner.First == owner.Last) && QualifyingAdjectives.Contains(before.Text))
                {
                    // "Muslim cleric X", "Special envoy X": a capitalised adjective qualifies the office; it is no body
                    // to belong to.
                    roleStart = p - 1;
                }
                else if (owner is not null && affiliation is null && TrailingOfficeStart(tokens, owner) is var office && office >= owner.First)
                {
                    // "the Arnmouth Lord Mayor candidate X": capitalised office words ending the run are part of the
                    // role; the words before them own it.
                    roleStart = LowerCaseRankBefore(tokens, office);
                    if (office > owner.First)
                    {
                        affiliation = TokenText.Of(tokens, owner.First, office - 1);
                        affiliationChunk = new NameChunk(owner.Sentence, owner.First, office - 1, affiliation, owner.InsideQuote);
                    }
                }
                else if (owner is not null && affiliation is null && TenureBeforeCountry(tokens, owner) is var country && country is not null)
                {
                    // "Veteran French diplomat X" opening a sentence: the word of tenure is no part of the country.
                    affiliation = country;
                }
                else if (owner is not null && affiliation is null && EndsInJurisdiction(tokens, owner.First, owner.Last))
                {
                    // "the Velm County Sheriff X", "a Harlow District judge": the kind of jurisdiction is part of the office;
                    // the place it names is the affiliation.
                    affiliation = owner.Text;
                    affiliationChunk = owner;
                    jurisdiction = tokens[owner.Last].Text.ToLowerInvariant() + " ";
                }
                else if (owner is not null && affiliation is null)
                {
                    affiliation = owner.Text;
                    affiliationChunk = owner;
                    bareOwner = true;
                }
                else if (affiliation is null && NameForms.IsCountryOrDemonym(before.Text))
                {
                    // "US Ambassador to the League, Ana Ruiz": the country is read as its own name.
                    affiliation = before.Text;
                }
            }
        }

        var coordinated = nameFirst >= 1 && tokens[nameFirst - 1].IsSymbol(',') ? -1
            : CoordinatedRoleBefore(tokens, affiliationChunk is not null && affiliationChunk.Last == roleStart - 1 ? affiliationChunk.First : roleStart);
        var role = Join(tokens, roleStart, roleEnd >= 0 ? roleEnd : headEnd);
        if (coordinated >= 0)
        {
            // "former archbishop and cardinal X": what is said before the first office holds for both.
            var and = affiliationChunk is not null && affiliationChunk.Last == roleStart - 1 ? affiliationChunk.First - 1 : roleStart - 1;
            // ("former Harbour Police detective and author X", "Retired Harbour Police detective and author X": a
            // qualifier before the body of the first office holds for the offices.)
            var firstOwner = coordinated >= 1 ? NameChunkIndex.EndingAt(chunks, coordinated - 1) : null;
            var qualifiedOwner = firstOwner is not null && firstOwner.First < firstOwner.Last && RoleParticiples.Contains(tokens[firstOwner.First].Text.ToLowerInvariant());
            var opening = qualifiedOwner
                ? tokens[firstOwner!.First].Text.ToLowerInvariant() + " "
                : Former(tokens, coordinated, firstOwner);
            var offices = Join(tokens, coordinated, and) + " " + role;

            // "Brackwell founder and chairman X": the body named before the first office holds both, as it holds one
            // ("Brackwell chairman X"); a chamber or an adjective there qualifies the office instead.
            var bareFirstOwner = affiliation is null && firstOwner is not null && !qualifiedOwner
                && !(firstOwner.First == firstOwner.Last && (Chambers.Contains(firstOwner.Text) || QualifyingAdjectives.Contains(firstOwner.Text)))
                && !EndsLongerName(tokens, firstOwner.First);
            return bareFirstOwner
                ? new RoleMatch(opening + offices, firstOwner!.Text, firstOwner) { RoleWithOwner = opening + firstOwner.Text.ToLowerInvariant() + " " + offices }
                : new RoleMatch(opening + offices, affiliation, affiliationChunk);
        }

        var tenure = Former(tokens, roleStart, affiliationChunk);
        return new RoleMatch(tenure + jurisdiction + role, affiliation, affiliationChunk)
        {
            RoleWithOwner = bareOwner && affiliationChunk is { } bare ? tenure + bare.Text.ToLowerInvariant() + " " + role : null,
        };
    }

    // The first word of a lower-case office joined by a glued hyphen ending at head ("co-author", "vice-president",
    // "Co-founder" opening the sentence), or head itself.
    private static int HyphenatedHeadStart(IReadOnlyList<Token> tokens, int head) =>
        EndsGluedCompound(tokens, head) && (NameForms.IsLowerWord(tokens[head - 2]) || (head == 2 && tokens[0].IsWord))
            ? head - 2
            : head;

    // tokens[head] is a lower-case word glued by a hyphen to the token two before it ("co-author", "vice-president").
    private static bool EndsGluedCompound(IReadOnlyList<Token> tokens, int head) =>
        head >= 2 && IsGluedHyphen(tokens, head - 1) && NameForms.IsLowerWord(tokens[head]);

    // The head of "HEAD of [the] field" ending at last, all in lower case and without punctuation, or -1.
    internal static int LowerCaseOfficeHeadBefore(IReadOnlyList<Token> tokens, int last)
    {
        // ("the running mate of the late X", "a fan of both X and Y": the name is the object of "of", not the holder.)
        const int MaxFieldWords = 7;
        if (IsDeterminer(tokens[last]) || WordsBeforeAnObjectName.Contains(tokens[last].Text))
        {
            return -1;
        }

        // ("The head of the country's counter-terror police, X": in an apposition opening the sentence the field may hold a
        // name and its possessive.)
        var apposition = last + 1 < tokens.Count && tokens[last + 1].IsSymbol(',');
        var named = false;
        for (var k = last - 1; k >= 1 && last - k <= MaxFieldWords; k--)
        {
            var isName = NameChunker.IsNameWord(tokens[k]) || IsPossessiveS(tokens[k]);
            if (!(NameForms.IsLowerWord(tokens[k]) || (apposition && isName)))
            {
                return -1;
            }

            named |= isName;
            if (tokens[k].Is("of"))
            {
                var head = k - 1;
                var opensSentence = head == 0 || (head == 1 && tokens[0].Is("The"));
                // ("Member of parliament X": the sentence's capital; only the lexicon's heads are read there.)
                return (NameForms.IsLowerWord(tokens[head]) || head == 0) && IsRoleHead(tokens[head]) && (!named || opensSentence) ? head : -1;
            }
        }

        return -1;
    }

    // Words that, besides a determiner, put a name after "of" as its object ("the running mate of the late X").
    private static readonly HashSet<string> WordsBeforeAnObjectName = new(System.StringComparer.Ordinal)
    {
        "both", "late", "all", "each", "our", "my", "your", "this", "that", "these", "those", "former", "then", "fellow",
        "slain", "murdered", "deceased", "jailed",
    };

    // "Imus in the Morning writer and performer X": a name whose start is a capitalised word, a preposition and maybe "the"
    // before the chunk found, which is then only its tail (a show's or a body's own words), no owner of the office.
    private static bool EndsLongerName(IReadOnlyList<Token> tokens, int first)
    {
        var k = first - 1;
        if (k >= 0 && tokens[k].Is("the"))
        {
            k--;
        }

        return k >= 1 && NameForms.IsLowerWord(tokens[k]) && (tokens[k].Is("in") || tokens[k].Is("of") || tokens[k].Is("on") || tokens[k].Is("at"))
            && tokens[k - 1].IsWord && char.IsUpper(tokens[k - 1].Text[0]) && !NameForms.IsLowerWord(tokens[k - 1]);
    }

    // "actor and director X", "businessman and party loyalist X": the start of a first office joined by "and"
    // before the office starting at start, or -1 (also when a comma makes "her mother and sister, X" an apposition).
    private static int CoordinatedRoleBefore(IReadOnlyList<Token> tokens, int start)
    {
        var and = start - 1;
        // "radio host, author, and philanthropist X": a comma may close the office before "and".
        var head = and - 1;
        var commaBeforeAnd = head >= 1 && tokens[head].IsSymbol(',');
        if (commaBeforeAnd)
        {
            head--;
        }

        // ("Actor and producer X" opening the sentence is capitalised only there.)
        if (and < 1 || !tokens[and].Is("and") || !(NameForms.IsLowerWord(tokens[head]) || head == 0) || !IsRoleHead(tokens[head]))
        {
            return -1;
        }

        var first = CoordinatedOfficeStart(tokens, head);

        // "novelist, editor, and philanthropist X": more offices listed with commas before.
        const int MaxListedOffices = 3;
        var listed = 0;
        for (; listed < MaxListedOffices && first >= 2 && tokens[first - 1].IsSymbol(',') && NameForms.IsLowerWord(tokens[first - 2]) && IsRoleHead(tokens[first - 2]); listed++)
        {
            // (One qualifier at most, and only at the start of the phrase: "US radio personality, ..." but not the
            // verb in "pays author, editor and ...".)
            first -= 2;
            if (first >= 1 && NameForms.IsLowerWord(tokens[first - 1]) && IsModifier(tokens[first - 1]) && !IsDeterminer(tokens[first - 1])
                && (first - 2 < 0 || !NameForms.IsLowerWord(tokens[first - 2]) || IsDeterminer(tokens[first - 2])))
            {
                first--;
            }
        }

        // "Ana Ruiz rode the winner, and coach Jo Kim lifted the cup": a comma before "and" after a single noun joins two
        // clauses, not two offices; only a list ("host, author, and ...") has one there.
        if (commaBeforeAnd && listed == 0)
        {
            return -1;
        }

        // "A for president and rapper X for vice president": the first office is the one A runs for.
        var before = first - 1;
        return before >= 0 && (tokens[before].Is("for") || tokens[before].Is("as")) ? -1 : first;
    }

    // The start of the office whose head is at head, one of several joined by "and" or commas: its qualifiers
    // ("former" is read by Former, for all the offices).
    private static int CoordinatedOfficeStart(IReadOnlyList<Token> tokens, int head)
    {
        // ("band co-founder and studio manager X": a hyphenated first office keeps its qualifiers too.)
        head = HyphenatedHeadStart(tokens, head);
        var first = head;
        // ("Amateur researcher and engineer X", "Studio model and singer X": the capital of a qualifier opening the
        // sentence is the sentence's.)
        if (first == 1 && (IsSentenceInitialModifier(tokens[0]) || IsCommonWordOpeningSentence(tokens[0])))
        {
            return 0;
        }

        while (first - 1 >= 0 && head - (first - 1) <= MaxModifiers && IsModifier(tokens[first - 1]) && !IsDeterminer(tokens[first - 1]) && !tokens[first - 1].Is("former")
            && !Prepositions.Contains(tokens[first - 1].Text) && !tokens[first - 1].Is("including") && !tokens[first - 1].Is("like"))
        {
            first--;
        }

        return first;
    }

    private static bool IsDeterminer(Token token) =>
        token.Is("the") || token.Is("a") || token.Is("an") || token.Is("his") || token.Is("her") || token.Is("their") || token.Is("its");

    // Offices that are held "to" a country or body: ambassadors, envoys, representatives.
    // (An aide's principal after "to" is part of the office as an envoy's destination is: "Special Assistant to the
    // President".)
    private static readonly HashSet<string> DestinationHeads = new(System.StringComparer.OrdinalIgnoreCase)
    {
        "ambassador", "envoy", "representative", "emissary", "delegate", "consul", "adviser", "advisor", "commissioner", "assistant", "aide",
    };

    // "Minister of State (for Health)", "Secretary of State": "State" after "of" names no body but the rank of the
    // office, and the remit after it is part of the office too. ofIndex is the index of "of".
    internal static bool IsOfficeOfState(IReadOnlyList<Token> tokens, int ofIndex) =>
        ofIndex >= 1 && ofIndex + 1 < tokens.Count && tokens[ofIndex].Is("of") && tokens[ofIndex + 1].Is("State")
        && (tokens[ofIndex - 1].Is("Minister") || tokens[ofIndex - 1].Is("Secretary"));

    // The index of "on" when capitalised words joined by "and" after it end at p and follow a name ("... President on
    // Media and Publicity"), or -1.
    private static int RemitOnBefore(IReadOnlyList<Token> tokens, int p)
    {
        if (p < 2 || !NameChunker.IsNameWord(tokens[p]))
        {
            return -1;
        }

        var k = p;
        while (k >= 0 && (NameChunker.IsNameWord(tokens[k]) || tokens[k].Is("and")))
        {
            k--;
        }

        return k >= 1 && tokens[k].Is("on") && NameChunker.IsNameWord(tokens[k - 1]) && NameChunker.IsNameWord(tokens[k + 1]) ? k : -1;
    }

    /// <summary>
    /// The index of "to" when the capitalised words ending at p name where an envoy is sent ("Ambassador to
    /// the United Nations", "envoy to Velmoria"), or -1.
    /// </summary>
    public static int DestinationBefore(IReadOnlyList<Token> tokens, int p)
    {
        const int MaxDestinationTokens = 6;
        if (p < 2 || !NameChunker.IsNameWord(tokens[p]))
        {
            return -1;
        }

        var k = p;
        while (k >= 0 && p - k < MaxDestinationTokens
            && (NameChunker.IsNameWord(tokens[k]) || tokens[k].Is("the") || tokens[k].Is("of") || (tokens[k].IsSymbol('-') && !tokens[k].SpaceBefore)))
        {
            k--;
        }

        return k >= 1 && tokens[k].Is("to") && !tokens[k + 1].Is("of") && tokens[k - 1].IsWord && DestinationHeads.Contains(tokens[k - 1].Text) ? k : -1;
    }

    // The singular of a plural role noun that opens a list of names ending at p ("actors X, Y, and").
    // A name with its own apposition ("two candidates, X, formerly the mayor, and Y") keeps that office over a
    // counted plural's.
    private static string? PluralRoleBeforeList(IReadOnlyList<Token> tokens, int p, IReadOnlyList<NameChunk> chunks, bool apposed)
    {
        const int MaxListedNames = 8;
        var firstListed = p + 1;
        for (var listed = 0; p >= 0 && listed <= MaxListedNames; listed++)
        {
            // "a show hosted by X and Y": each agent after the participle holds the office the deed names.
            var agent = AgentOfParticiple(tokens, p);
            if (agent is not null)
            {
                return agent;
            }

            // "X, the Lakeside mayor, and her counterparts, Y and Z": the office of the person the sentence named before.
            var counterpart = CounterpartOffice(tokens, p, chunks);
            if (counterpart is not null)
            {
                return counterpart;
            }

            // "The victim was identified as X", "The suspects were identified as X and Y".
            if (IdentifiedAsAt(tokens, p, listed) is { } identified)
            {
                return identified;
            }

            var counted = apposed ? null : CountedPluralBeforeComma(tokens, p) ?? CountedPluralBeforePhrase(tokens, p, listed > 0 || OpensList(tokens, firstListed, chunks))
                ?? DefinitePluralBeforeComma(tokens, p, listed > 0 || OpensList(tokens, firstListed, chunks));
            if (counted is not null)
            {
                return counted;
            }

            // "commentators such as X and Y", "envoys including X", "two judges: X and Y": the plural before the
            // connector names each listed person's office.
            var plural = PluralBeforeListConnector(tokens, p);
            if (plural >= 0 && Singular(tokens[plural]) is not null)
            {
                p = plural;
            }

            // "Senators X and Y": a capitalised plural title too.
            var singular = Singular(tokens[p]) ?? PluralTitleAt(tokens, p) ?? JusticesOfList(tokens, p, listed > 0 || OpensList(tokens, firstListed, chunks));
            if (singular is not null)
            {
                // "foreign ministers X, Y and Z": the plural's modifiers qualify each office ("flight engineers X and Y":
                // so does a noun right before it).
                var first = PluralNounQualifierStart(tokens, p);
                // (Only words that qualify offices: no determiner stops the phrase, as in "met foreign ministers X and Y".)
                while (first - 1 >= 0 && p - (first - 1) <= MaxModifiers && tokens[first - 1].IsWord
                    && ((first - 1 == 0 && (IsSentenceInitialModifier(tokens[0]) || IsAdjectiveOpeningSentence(tokens[0]))) || RoleParticiples.Contains(tokens[first - 1].Text) || IsLowerCaseAdjective(tokens[first - 1])
                        || tokens[first - 1].Is("former")
                        || (Lexicon.TitleModifiers.Contains(tokens[first - 1].Text) && !NameForms.IsCountryOrDemonym(tokens[first - 1].Text))))
                {
                    first--;
                }

                // "former CIA directors X and Y": a word of tenure before the offices' body holds for each.
                var tenure = Former(tokens, first, first >= 1 ? NameChunkIndex.EndingAt(chunks, first - 1) : null);
                return tenure + (first < p ? Join(tokens, first, p - 1) + " " + singular : singular);
            }

            singular = PluralRoleOfBody(tokens, NameChunkIndex.EndingAt(chunks, p));
            if (singular is not null)
            {
                return singular;
            }

            // Step back over one earlier name of the list and the comma or "and" before the current one.
            if (!(tokens[p].IsSymbol(',') || tokens[p].Is("and")))
            {
                return null;
            }

            if (tokens[p].Is("and") && p >= 1 && tokens[p - 1].IsSymbol(','))
            {
                p--;
            }

            // "Ann Holt, in 1998, and Bea Lund": a short aside after the earlier name; "Ann Holt, 21, and": an age.
            p = SkipAgeBefore(tokens, SkipAsideBefore(tokens, p, chunks));
            var previous = NameChunkIndex.EndingAt(chunks, p - 1);
            if (previous is null)
            {
                return null;
            }

            // "Representatives Ann Holt, Bea Lund and ...": the plural title opens the first name's run of capitals.
            for (var k = previous.First; k < previous.Last; k++)
            {
                var title = PluralTitleAt(tokens, k);
                if (title is not null)
                {
                    // "Senior Advisors Ann Holt and Bea Lund": the capitalised words before the plural qualify each office.
                    var qualifierStart = k;
                    while (qualifierStart > previous.First && IsCapitalisedTitlePart(tokens[qualifierStart - 1]))
                    {
                        qualifierStart--;
                    }

                    if (qualifierStart == previous.First && qualifierStart < k)
                    {
                        title = Join(tokens, qualifierStart, k - 1) + " " + title;
                    }

                    // "former Presidents Ann Holt and Bea Lund": both offices are past ones.
                    return qualifierStart == previous.First && previous.First >= 1 && tokens[previous.First - 1].Is("former") ? "former " + title : title;
                }
            }

            p = previous.First - 1;
        }

        return null;
    }

    // "a bench comprising justices X, Y and Z": before a list of two names or more, "justices" are judges ("the number of
    // justices X favours", before one name, counts them without naming them, so <see cref="Singular"/> leaves it out;
    // "the justices X and Y appointed" names who chose them).
    private static string? JusticesOfList(IReadOnlyList<Token> tokens, int p, bool inList) =>
        inList && NameForms.IsLowerWord(tokens[p]) && tokens[p].Is("justices") && !ListChoosesThem(tokens, p + 1) ? "justice" : null;

    // Verbs whose subject picked the justices before it: "the justices X and Y appointed" (but "appointed by" is passive).
    private static readonly HashSet<string> ChoosingVerbs = new(System.StringComparer.Ordinal)
    {
        "appointed", "nominated", "named", "picked", "chose", "selected", "installed", "put",
    };

    // Whether the list of names opening at first is the subject of a verb of choosing with the plural before it as object.
    private static bool ListChoosesThem(IReadOnlyList<Token> tokens, int first)
    {
        const int MaxListTokens = 24;
        var k = first;
        while (k < tokens.Count && k - first < MaxListTokens && (NameChunker.IsNameWord(tokens[k]) || tokens[k].IsSymbol(',') || tokens[k].Is("and")))
        {
            k++;
        }

        return k < tokens.Count && NameForms.IsLowerWord(tokens[k]) && ChoosingVerbs.Contains(tokens[k].Text)
            && !(k + 1 < tokens.Count && tokens[k + 1].Is("by"));
    }

    // "two Senators, X and Y", "three other judges, X, Y and Z": a plural counted by a number and set off by the
    // comma at p enumerates its members (unlike "his lawyers, X", where the group may hold more than the name).
    private static string? CountedPluralBeforeComma(IReadOnlyList<Token> tokens, int p, bool requireComma = true)
    {
        if (requireComma && (p < 2 || !tokens[p].IsSymbol(',')))
        {
            return null;
        }

        if (!requireComma)
        {
            // (p is the plural itself: read as if a comma followed it.)
            p++;
        }

        if (p < 2)
        {
            return null;
        }

        // Offices only: "two sex workers, X and Y" say less of each than their own descriptions.
        var singular = Singular(tokens[p - 1]) ?? PluralTitleAt(tokens, p - 1);
        if (singular is null || !(Lexicon.RoleHeads.Contains(singular) || Lexicon.TitleWords.Contains(singular)))
        {
            return null;
        }

        for (var k = p - 2; k >= 0 && p - 1 - k <= MaxModifiers && tokens[k].IsWord; k--)
        {
            if (NumberWords.TryUnit(tokens[k].Text, out var count) && count >= 2)
            {
                return WithPluralNounQualifier(tokens, p - 1, singular);
            }
        }

        return null;
    }

    private static bool ApposedRole(IReadOnlyList<Token> tokens, int nameFirst, IReadOnlyList<NameChunk> chunks)
    {
        var name = NameChunkIndex.StartingAt(chunks, nameFirst);
        return name is not null && name.Last + 1 < tokens.Count && tokens[name.Last + 1].IsSymbol(',') && After(tokens, name.Last, chunks)?.Role is not null;
    }

    // "members of the House of Representatives X and Y": the plural role before the body the names belong to.
    private static string? PluralRoleOfBody(IReadOnlyList<Token> tokens, NameChunk? body)
    {
        if (body is null)
        {
            return null;
        }

        var q = body.First - 1;
        if (q >= 0 && tokens[q].Is("the"))
        {
            q--;
        }

        return q >= 1 && tokens[q].Is("of") ? Singular(tokens[q - 1]) : null;
    }

    /// <summary>
    /// "Representatives" → "representative": a capitalised plural of a title at index k, or null (also in a body's
    /// name: "the House of Representatives").
    /// </summary>
    public static string? PluralTitleAt(IReadOnlyList<Token> tokens, int k)
    {
        var token = tokens[k];
        if (token.IsWord && k + 1 < tokens.Count && tokens[k + 1].IsSymbol('.') && TitleAbbreviations.PluralOffice(token.Text) is { } abbreviated)
        {
            // "Sens. Ana Ruiz and Tom Hale"
            return abbreviated;
        }

        // "Four MPs, A, B and C": a legislator's abbreviation with a plural "s".
        if (token.IsWord && token.Text.Length >= 3 && token.Text.EndsWith("s", System.StringComparison.Ordinal) && NameForms.IsAllCaps(token.Text.Substring(0, token.Text.Length - 1))
            && Legislators.Contains(token.Text.Substring(0, token.Text.Length - 1)))
        {
            return token.Text.Substring(0, token.Text.Length - 1).ToLowerInvariant();
        }

        // ("Press" is no plural of the abbreviation "Pres".)
        if (!token.IsWord || !char.IsUpper(token.Text[0]) || token.Text.Length < 5 || !token.Text.EndsWith("s", System.StringComparison.Ordinal)
            || token.Text.EndsWith("ss", System.StringComparison.Ordinal)
            || (k >= 1 && ((tokens[k - 1].Is("of") && !IsGroupOfTitled(tokens, k)) || tokens[k - 1].Is("the"))))
        {
            return null;
        }

        var stem = token.Text.Substring(0, token.Text.Length - 1);
        return Lexicon.TitleWords.Contains(stem) && !Lexicon.TitleWords.Contains(token.Text) ? stem.ToLowerInvariant() : null;
    }

    // The plural noun before "such as", "including" or a colon that opens a list; -1 when p is no such connector.
    private static int PluralBeforeListConnector(IReadOnlyList<Token> tokens, int p)
    {
        if (p >= 2 && tokens[p].Is("as") && tokens[p - 1].Is("such"))
        {
            return p - 2;
        }

        if (p >= 1 && tokens[p].IsSymbol(':'))
        {
            // "two judges have been named: X and Y": a passive verb may stand between the plural and the colon.
            const int MaxVerbWords = 3;
            var k = p - 1;
            while (k >= 1 && p - 1 - k < MaxVerbWords && NameForms.IsLowerWord(tokens[k])
                && (tokens[k].Text is "have" or "has" or "had" or "been" or "were" or "are" or "be" || tokens[k].Text.EndsWith("ed", System.StringComparison.Ordinal)))
            {
                k--;
            }

            return k;
        }

        if (p >= 1 && tokens[p].Is("including"))
        {
            // "retired judges, including X and Y": a comma may set the examples off from the plural.
            return p >= 2 && tokens[p - 1].IsSymbol(',') ? p - 2 : p - 1;
        }

        return -1;
    }

    private static string? Singular(Token token)
    {
        // ("gunmen", "crewmen": the plural of "-man" is "-men".)
        var men = NameForms.IsLowerWord(token) && token.Text.Length > 4 && token.Text.EndsWith("men", System.StringComparison.Ordinal);
        if (!NameForms.IsLowerWord(token) || token.Text.Length < 4 || !(men || token.Text.EndsWith("s", System.StringComparison.Ordinal)))
        {
            return null;
        }

        var stem = men ? token.Text.Substring(0, token.Text.Length - 3) + "man" : SibilantPluralStem(token.Text) ?? token.Text.Substring(0, token.Text.Length - 1);
        // ("astronauts", "surgeons": the occupations this parser adds to the shared lexicon have plurals too, but
        // "the number of justices X favours" counts judges without naming them.)
        var isRole = Lexicon.RoleHeads.Contains(stem) || Lexicon.PersonNouns.Contains(stem) || IsProfession(stem) || (MoreRoleHeads.Contains(stem) && stem != "justice");
        return isRole && !Lexicon.RoleHeads.Contains(token.Text) && !Lexicon.PersonNouns.Contains(token.Text) ? stem : null;
    }

    // "First Minister of Scotland" or "Vice President of the Republic" right before the name: role and body.
    // "US Secretary of State", "Lakeside Minister of Economy": a place before the office is its affiliation,
    // and a portfolio after "of" (not a place or a body) is part of the office.
    private static RoleMatch? TitleOfBody(IReadOnlyList<Token> tokens, NameChunk? chunk)
    {
        if (chunk is null)
        {
            return null;
        }

        for (var k = chunk.First + 1; k < chunk.Last; k++)
        {
            if (!tokens[k].Is("of"))
            {
                continue;
            }

            // ("the First Lady of Velmoria, X": "Lady" after "First" is an office, as before a name.)
            if (!Lexicon.TitleWords.Contains(tokens[k - 1].Text) && !IsFirstLadyOfPlace(tokens, k, chunk.First, chunk.Last) && !OpensApposedOfficeOfBody(tokens, chunk, k))
            {
                return null;
            }

            var titleFirst = k - 1;
            while (titleFirst - 1 >= chunk.First && (IsCapitalisedTitlePart(tokens[titleFirst - 1]) || (tokens[titleFirst - 1].IsSymbol('-') && !tokens[titleFirst - 1].SpaceBefore)))
            {
                titleFirst--;
            }

            // "Current Prime Minister of Y X": a time word opening the run says when, not whose.
            var start = chunk.First;
            while (start < titleFirst && TimeWords.Contains(tokens[start].Text))
            {
                start++;
            }

            var leadingPlace = LeadingPlace(tokens, start, titleFirst);
            if (titleFirst > start && leadingPlace is null)
            {
                return null;
            }

            var bodyStart = tokens[k + 1].Is("the") ? k + 2 : k + 1;
            if (bodyStart > chunk.Last)
            {
                return null;
            }

            var body = chunk.Text.Substring(tokens[bodyStart].Start - tokens[chunk.First].Start);
            // "US Speaker of the House X", "Member of Parliament X": the chamber names the office (as "Speaker of the
            // House X" does alone), and the member belongs to it.
            if (bodyStart == chunk.Last && IsChamber(tokens[bodyStart]))
            {
                return new RoleMatch(Former(tokens, titleFirst, null) + Join(tokens, titleFirst, chunk.Last), leadingPlace ?? body, null);
            }

            if ((bodyStart == k + 1 && (IsPortfolio(tokens, bodyStart, chunk.Last, body) || IsJoinedPortfolio(tokens, bodyStart, chunk.Last) || IsOfficeOfState(tokens, k)))
                || (bodyStart == k + 2 && IsPortfolioWithArticle(tokens, bodyStart, chunk.Last)))
            {
                return new RoleMatch(Former(tokens, titleFirst, null) + Join(tokens, titleFirst, chunk.Last), leadingPlace, null);
            }

            return new RoleMatch(Former(tokens, titleFirst, null) + Join(tokens, titleFirst, k - 1), body, null);
        }

        return null;
    }

    // The words before an office when they name a place ("US", "New Zealand", "Montana"), or null; "Former" is
    // no place but says when.
    private static string? LeadingPlace(IReadOnlyList<Token> tokens, int first, int end)
    {
        if (first < end && tokens[first].Is("Former"))
        {
            first++;
        }

        if (first >= end)
        {
            return null;
        }

        var text = TokenText.Of(tokens, first, end - 1);
        return (first == end - 1 && NameForms.IsCountryOrDemonym(text)) || Gazetteer.PlaceGazetteer.Instance.TryFind(text, out _) ? text : null;
    }

    // "of Justice", "for East African Affairs" at p: a field of government right after an office, without an article.
    // Returns the index of its last word, or -1.
    private static int PortfolioEnd(IReadOnlyList<Token> tokens, int p)
    {
        const int MaxPortfolioWords = 4;
        if (p + 1 >= tokens.Count || !(tokens[p].Is("of") || tokens[p].Is("for")))
        {
            return -1;
        }

        // ("Minister for Housing and Local Government": everyday nouns and joined fields after a minister's title.)
        if (EverydayPortfolioEnd(tokens, p) is var everydayEnd and > 0)
        {
            return everydayEnd;
        }

        var last = p;
        while (last + 1 < tokens.Count && last - p < MaxPortfolioWords && NameChunker.IsNameWord(tokens[last + 1]) && !Lexicon.CapitalisedFunctionWords.Contains(tokens[last + 1].Text))
        {
            last++;
        }

        if (last == p)
        {
            return -1;
        }

        var body = TokenText.Of(tokens, p + 1, last);
        var affairs = tokens[last].Is("Affairs") && !Gazetteer.PlaceGazetteer.Instance.TryFind(body, out _);
        return affairs || IsPortfolio(tokens, p + 1, last, body) ? last : -1;
    }

    // "State", "Economy", "Foreign Affairs": a field of government (the words that qualify ministers' titles),
    // neither a place nor a named body (which would take "the", as in "of the Republic").
    public static bool IsPortfolio(IReadOnlyList<Token> tokens, int first, int last, string body)
    {
        // ("Inspector-General of Police", "Minister of Police": a bare "Police" names no force, it is the office's field.)
        if (first == last && tokens[first].Is("Police"))
        {
            return true;
        }

        // ("Chief of Staff", "Army Chief of Staff", "Chief of Defence Staff": the staff a chief heads is the office's field, no body.)
        if (first >= 2 && IsChiefsStaff(tokens, first, last))
        {
            return true;
        }

        const int MaxPortfolioWords = 3;
        if (last - first >= MaxPortfolioWords || Gazetteer.PlaceGazetteer.Instance.TryFind(body, out _))
        {
            return false;
        }

        for (var i = first; i <= last; i++)
        {
            if (!NameChunker.IsNameWord(tokens[i]) || !(IsFieldOfGovernment(tokens[i].Text) || (i == last && IsPluralFieldOfWork(tokens[i].Text))) || Lexicon.OrganizationHeads.Contains(tokens[i].Text) || NameForms.IsCountryOrDemonym(tokens[i].Text) || NameForms.IsAllCaps(tokens[i].Text))
            {
                return false;
            }
        }

        return true;
    }

    // A field a minister or secretary is responsible for: the known ones ("Justice", "Economy"), and any capitalised
    // abstract noun by its ending ("Transportation", "Environment", "Infrastructure", "Security", "Tourism"), which
    // names an activity rather than a place or a person.
    private static bool IsFieldOfGovernment(string word) =>
        Lexicon.TitleModifiers.Contains(word)
        || (word.Length > 5 && !Gazetteer.GivenNames.Contains(word) && NameForms.HasAbstractNounEnding(word));

    // The tokenizer splits "'s" off a name and TextNormalizer has already folded a curly apostrophe into a straight one,
    // so these two spellings are all a possessive can take.
    internal static bool IsPossessiveS(Token token) => token.Text is "'s" or "'S";

    // "former US President X", "the former minister": the office is no longer held.
    private static string Former(IReadOnlyList<Token> tokens, int roleStart, NameChunk? owner)
    {
        var p = owner is not null && owner.Last == roleStart - 1 ? owner.First - 1 : roleStart - 1;
        if (p >= 0 && tokens[p].IsWord && NameForms.IsCountryOrDemonym(tokens[p].Text))
        {
            p--;
        }

        if (p >= 0 && (tokens[p].Is("former") || tokens[p].Is("ex")) && !IsFormerOffice(Join(tokens, roleStart, roleStart)))
        {
            return "former ";
        }

        // "retired FBI agent X", "the jailed Harbour Times reporter X": a participle before the body qualifies the office.
        // ("newly elected Velmorian president X" says how the office was won, which the role leaves out.)
        // "presumptive Democratic nominee X", "acting Velmorian president X": so does a word saying the office is not yet or
        // not fully held.
        // ("acting U.S. Secretary of State X": before a capitalised title with no body, after its country, too.)
        var provisional = p >= 0 && tokens[p].IsWord && NameForms.IsLowerWord(tokens[p]) && ProvisionalOfficeWords.Contains(tokens[p].Text);
        if (provisional && owner is null && char.IsUpper(tokens[roleStart].Text[0]))
        {
            return tokens[p].Text + " ";
        }

        return owner is not null && owner.Last == roleStart - 1 && p >= 0 && tokens[p].IsWord
            && (RoleParticiples.Contains(tokens[p].Text.ToLowerInvariant()) || provisional || IsRankBeforeBody(tokens[p]))
            && !(tokens[p].Is("elected") || tokens[p].Is("appointed") || tokens[p].Is("designated"))
            ? tokens[p].Text.ToLowerInvariant() + " "
            : string.Empty;
    }

    // "Labour MP X", "Liberal National MP X": before a legislator's title a party's word ("Labour", or any word after
    // one) names the party, not a field of the office as in "Labour Minister".
    internal static bool IsPartyBeforeLegislator(IReadOnlyList<Token> tokens, int k, int head) =>
        Legislators.Contains(tokens[head].Text)
        && (Lexicon.PartyAdjectives.Contains(tokens[k].Text) || (k >= 1 && Lexicon.PartyAdjectives.Contains(tokens[k - 1].Text)));

    private static readonly HashSet<string> Legislators = new(System.StringComparer.OrdinalIgnoreCase)
    {
        "MP", "MEP", "MLA", "Senator", "Representative", "Congressman", "Congresswoman", "Assemblyman", "Assemblywoman", "Councillor", "Councilor",
    };

    // Capitalised last words of a place's name that also say what kind of office serves it ("County Attorney"); a
    // city's or province's own name often ends in the word ("Velm City"), so those stay with the place.
    private static readonly HashSet<string> JurisdictionNouns = new(System.StringComparer.Ordinal) { "County", "State", "District", "Borough", "Township", "Parish" };

    /// <summary>"Velm County" in tokens first..last, before the office at last + 1: a place's name of two or more
    /// capitalised words ending in the kind of jurisdiction (not "Department of State"), when the office does not
    /// name its own ("Velm County District Attorney").</summary>
    internal static bool EndsInJurisdiction(IReadOnlyList<Token> tokens, int first, int last) =>
        first < last && JurisdictionNouns.Contains(tokens[last].Text) && tokens[last - 1].IsWord && char.IsUpper(tokens[last - 1].Text[0])
        && last + 1 < tokens.Count && !JurisdictionNouns.Contains(tokens[last + 1].Text);

    internal static readonly HashSet<string> ProvisionalOfficeWords = new(System.StringComparer.Ordinal) { "presumptive", "acting", "interim", "caretaker" };

    // Common nouns of bodies known by the person or place they serve: "the Harlow campaign", "the Ruiz family".
    private static readonly HashSet<string> BodiesNamedAfterSomeone = new(System.StringComparer.Ordinal)
    {
        "campaign", "administration", "government", "team", "family", "presidency", "estate",
    };

    // "Vice", "Minority", "Senate": capitalised words that belong to the name of an office.
    private static bool IsCapitalisedTitlePart(Token token) =>
        token.IsWord && char.IsUpper(token.Text[0]) && !NameForms.IsCountryOrDemonym(token.Text)
        && (Lexicon.TitleWords.Contains(token.Text) || Lexicon.TitleModifiers.Contains(token.Text) || Lexicon.RoleHeads.Contains(token.Text) || Chambers.Contains(token.Text));

    // The first of the capitalised office words ending the run ("Lord Mayor" in "Arnmouth Lord Mayor"), or -1 when the
    // run does not end in a title.
    private static int TrailingOfficeStart(IReadOnlyList<Token> tokens, NameChunk owner)
    {
        if (!Lexicon.TitleWords.Contains(tokens[owner.Last].Text))
        {
            return -1;
        }

        var first = owner.Last;
        while (first - 1 >= owner.First)
        {
            if (IsCapitalisedTitlePart(tokens[first - 1]) && !Chambers.Contains(tokens[first - 1].Text))
            {
                first--;
            }
            else if (first - 2 >= owner.First && tokens[first - 1].IsSymbol('-') && !tokens[first - 1].SpaceBefore && !tokens[first].SpaceBefore
                && IsCapitalisedTitlePart(tokens[first - 2]))
            {
                // "the UN Secretary-General envoy X": a hyphenated office is one, not cut at its hyphen.
                first -= 2;
            }
            else
            {
                break;
            }
        }

        return first;
    }

    // "deputy Lord Mayor candidate": a lower-case rank before a capitalised office is part of it.
    private static int LowerCaseRankBefore(IReadOnlyList<Token> tokens, int office) =>
        office >= 1 && NameForms.IsLowerWord(tokens[office - 1]) && tokens[office - 1].Text.Length > 1
        && Lexicon.TitleModifiers.Contains(tokens[office - 1].Text)
        && !tokens[office - 1].Is("former")
            ? office - 1
            : office;

    /// <summary>Pronouns that stand after "of" for whose the office is ("a friend of mine"): no field and no body.</summary>
    private static readonly HashSet<string> PossessivePronouns = new(System.StringComparer.Ordinal) { "mine", "yours", "hers", "ours", "theirs" };

    // A dash with spaces on both sides sets off an aside ("X - the party's leader - said"); a glued one joins words.
    private static bool IsSpacedDash(IReadOnlyList<Token> tokens, int p) =>
        tokens[p].IsSymbol('-') && tokens[p].SpaceBefore && p + 1 < tokens.Count && tokens[p + 1].SpaceBefore;

    // "Chief Operating Officer", "Deputy Chief Medical Officer": an everyday word between "Chief" and the title names
    // the officer's field (the name lists know no such words as titles, so they would end the office there).
    internal static bool IsFieldAfterChief(IReadOnlyList<Token> tokens, int k) =>
        k >= 1 && tokens[k - 1].Is("Chief") && tokens[k].IsWord && char.IsUpper(tokens[k].Text[0]) && !NameForms.IsAllCaps(tokens[k].Text)
        && !NameForms.IsCountryOrDemonym(tokens[k].Text) && Gazetteer.EnglishWords.IsOrdinaryWord(tokens[k].Text);

    // "Solicitor General X", "Postmaster General X": offices whose head takes a postpositive "General"; the head
    // is no body that owns a general.
    private static bool OpensGeneralOffice(IReadOnlyList<Token> tokens, int k, int headEnd) =>
        k + 1 == headEnd && IsGeneralOffice(tokens[k], tokens[headEnd]);

    public static bool IsGeneralOffice(Token head, Token general) =>
        general.Is("General") && head.IsWord && char.IsUpper(head.Text[0]) && PostpositiveGeneralOffices.Contains(head.Text);

    private static readonly HashSet<string> PostpositiveGeneralOffices = new(System.StringComparer.OrdinalIgnoreCase)
    {
        "Attorney", "Solicitor", "Surgeon", "Postmaster", "Inspector", "Auditor", "Comptroller", "Controller", "Governor",
        "Secretary", "Director", "Consul", "Procurator", "Prosecutor", "Advocate", "Paymaster", "Adjutant", "Quartermaster",
        "Registrar", "Accountant", "Receiver", "Vicar", "Commissioner",
    };

    public static bool IsChamber(Token token) => token.IsWord && char.IsUpper(token.Text[0]) && Chambers.Contains(token.Text);

    // Bodies whose name is part of their officers' titles ("Senate Minority Leader", "Speaker of the House").
    private static readonly HashSet<string> Chambers = new(System.StringComparer.OrdinalIgnoreCase) { "Senate", "House", "Assembly", "Commons", "Lords", "Parliament", "Congress", "Cabinet" };

    // "X (45), a nurse": British papers give the age in brackets after the name; the apposition follows it.
    private static int SkipBracketedAge(IReadOnlyList<Token> tokens, int p)
    {
        const int OldestAge = 120;
        return IsBracketedAge(tokens, p, OldestAge) ? p + 3 : p;
    }

    /// <summary>Whether a whole number from 1 to <paramref name="oldest"/> stands in brackets opening at <paramref name="open"/> ("(45)").</summary>
    internal static bool IsBracketedAge(IReadOnlyList<Token> tokens, int open, int oldest) =>
        open + 2 < tokens.Count && tokens[open].IsSymbol('(') && tokens[open + 1].IsNumber && tokens[open + 2].IsSymbol(')')
        && int.TryParse(tokens[open + 1].Text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var age)
        && age > 0 && age <= oldest;

    public static RoleMatch? After(IReadOnlyList<Token> tokens, int nameLast, IReadOnlyList<NameChunk> chunks, bool commaOptional = false)
    {
        var p = SkipPictureNote(tokens, SkipBracketedAge(tokens, nameLast + 1));
        // "X - the party's leader - said", "X who is the secretary of state": a spaced dash opens an apposition as a
        // comma does, and a relative clause may follow the name without one.
        var relativeWithoutComma = !commaOptional && p < tokens.Count && RelativeWho.Is(tokens[p]);
        if (p >= tokens.Count || (!tokens[p].IsSymbol(',') && !IsSpacedDash(tokens, p) && !commaOptional && !relativeWithoutComma))
        {
            return null;
        }

        if (!relativeWithoutComma)
        {
            p++;
        }

        // "X, 34, a nurse": the age between the name and the apposition.
        var afterAge = false;
        if (p + 2 < tokens.Count && tokens[p].IsNumber && tokens[p + 1].IsSymbol(','))
        {
            p += 2;
            afterAge = true;
        }

        // "X, 22, of Dayton": a town right after the age is where the person lives, no affiliation ("X, 22, of the
        // rowing club" names a body with its article).
        if (afterAge && p + 1 < tokens.Count && tokens[p].Is("of") && NameChunker.IsNameWord(tokens[p + 1]))
        {
            return null;
        }

        if (p >= tokens.Count)
        {
            return null;
        }

        // "X, one of the curators of Y": a member of a group named by a plural office.
        if (tokens[p].Is("one") && p + 1 < tokens.Count && tokens[p + 1].Is("of"))
        {
            return OneOfGroup(tokens, p + 2, chunks, out _);
        }

        // "X, of Fenwick Road, Dunmore,": a street after "of" is where the person lives, as a town after an age is; it
        // names no body the person belongs to.
        if (tokens[p].Is("of") && IsStreetAddress(tokens, p + 1))
        {
            return null;
        }

        // "X, of the Maidan Wardak provincial council": an affiliation without a role.
        if (tokens[p].Is("of") || tokens[p].Is("from"))
        {
            var (text, chunk) = AffiliationPhrase(tokens, p + 1, chunks);
            return text is null ? null : new RoleMatch(null, text, chunk);
        }

        // "X, who was the mayor of ...", "X, who served as President of ...": the office in the relative clause.
        if (RelativeWho.Is(tokens[p]) && p + 1 < tokens.Count)
        {
            var verb = p + 1;
            if (tokens[verb].Is("has") || tokens[verb].Is("had"))
            {
                verb++;
            }

            if (verb < tokens.Count && (tokens[verb].Is("is") || tokens[verb].Is("was") || tokens[verb].Is("been") || tokens[verb].Is("became")))
            {
                p = PastOfficeTaking(tokens, verb + 1);
            }
            else if (verb + 1 < tokens.Count && (tokens[verb].Is("served") || tokens[verb].Is("serves")) && tokens[verb + 1].Is("as"))
            {
                p = verb + 2;
            }
            else if (AsAfterSubjectVerb(tokens, verb) is var asAt && asAt > 0)
            {
                // "X, who succeeded her as Finance Minister", "X, who joined the firm as a partner".
                p = asAt + 1;
            }
            else
            {
                return null;
            }

            if (p >= tokens.Count)
            {
                return null;
            }
        }

        // "X, his widow and the chair of the party": a kinship before a second office leaves the office to read.
        if (p + 2 < tokens.Count && (tokens[p].Is("his") || tokens[p].Is("her") || tokens[p].Is("their"))
            && Lexicon.PersonNouns.Contains(tokens[p + 1].Text) && tokens[p + 2].Is("and"))
        {
            p += 3;
        }

        // "X, formerly the mayor of ...", "X, then a senator".
        var formerly = false;
        while (p < tokens.Count && NameForms.IsLowerWord(tokens[p]) && (tokens[p].Text.EndsWith("ly", System.StringComparison.Ordinal) || AdverbsBeforeOffice.Contains(tokens[p].Text)))
        {
            formerly |= tokens[p].Is("formerly");
            p++;

            // "X, then-Governor Y's deputy": the hyphen joins the word of time to the office.
            if (tokens[p - 1].Is("then") && IsGluedHyphen(tokens, p))
            {
                p++;
            }
        }

        var determined = p < tokens.Count && (tokens[p].Is("the") || tokens[p].Is("a") || tokens[p].Is("an"));
        if (determined)
        {
            p++;

            // "X, the 12th President of Y": which holder of the office X is in its line is no part of it.
            if (p + 2 < tokens.Count && tokens[p].IsNumber && tokens[p + 1].IsOrdinalSuffix)
            {
                p += 2;
            }
        }

        // "X, the province's water minister", "X, the governor's chief of staff": a common noun owning the office is no part of it.
        p = SkipCommonPossessor(tokens, p);

        string? affiliation = null;
        NameChunk? affiliationChunk = null;

        // "X, a sitting U.S. Senator from Y", "X, the former Czech Prime Minister": the country is the affiliation.
        var leadOffice = OfficeAfterCountryLead(tokens, p, out var leadCountry, out var leadFormer);
        if (leadOffice >= 0)
        {
            p = leadOffice;
            affiliation = leadCountry;
            formerly |= leadFormer;
        }
        else if (TenureWordsBeforeCapital(tokens, p, out var tenureFormer) is var owned && owned > p)
        {
            // "X, a veteran Harbour Times reporter": the words of tenure stand before the office's owner.
            p = owned;
            formerly |= tenureFormer;
        }

        // "X, a Dubai-based analyst at Y": where the person works from is no part of the office, nor its owner.
        if (BasedCompoundEnd(tokens, p) is var based && based > 0)
        {
            p = based;
        }

        // "X, Dean of Y", "X, Professor of Law at Y": a capitalised noun of function opening the apposition bare.
        var bareOffice = leadOffice < 0 && IsBareCapitalisedOffice(tokens, p);
        // ("X, Middle East and North Africa director at Y", "X, IP and technology partner at Y": the capitals open the
        // office's field, no owner.)
        var fieldOpens = CoveredAreaBeforeOfficeEnd(tokens, p) > 0 || (p < tokens.Count && IsFieldAcronym(tokens[p]) && CoordinatedModifierAnd(tokens, p + 1, p) > 0);
        var owner = leadOffice >= 0 || bareOffice || fieldOpens ? null : NameChunkIndex.StartingAt(chunks, p);
        if (owner is not null && (IsRoleHead(tokens[owner.Last]) || IsRoleHead(tokens[owner.First]) || CapitalisedOfficeEnd(tokens, p) >= 0) && !IsPossessor(tokens, owner))
        {
            // "X, the Speaker of the House", "X, the Supreme Leader of Y": a capitalised role, not an owner ("the General Fund's auditor" has one).
            owner = null;
        }

        if (owner is not null)
        {
            affiliation = owner.Text;
            affiliationChunk = owner;
            p = owner.Last + 1;
            if (p < tokens.Count && (IsPossessiveS(tokens[p]) || tokens[p].IsSymbol('\'')))
            {
                p++;
            }
        }

        // "X, the Senate minority leader": the chamber is part of the office as well as its body.
        var roleStart = owner is not null && owner.First == owner.Last && p == owner.Last + 1 && IsChamber(tokens[owner.First]) ? owner.First : p;
        // "X, U.S. Attorney", "X, the U.S. attorney for Y": a court office whose name holds the country keeps it, and the
        // country stays the affiliation.
        if (roleStart >= 1 && roleStart < tokens.Count && affiliation == tokens[roleStart - 1].Text && FederalCourtOffices.NamesCountryAt(tokens, roleStart - 1))
        {
            roleStart--;
        }

        var head = bareOffice ? p : CapitalisedOfficeEnd(tokens, p, afterLead: leadOffice >= 0);
        var capitalised = head >= 0;
        var hyphens = 0;
        while (!capitalised && p < tokens.Count && p - roleStart - hyphens <= MaxModifiers)
        {
            // "the long-reigning Emir of Y": a hyphenated modifier is one word.
            if (p > roleStart && IsGluedHyphen(tokens, p) && NameForms.IsLowerWord(tokens[p - 1]) && NameForms.IsLowerWord(tokens[p + 1]))
            {
                hyphens += 2;
                p += 2;
                continue;
            }

            // "X, a show-jumper from Y", "X, the co-pilot,": a compound noun of a person, whose first word alone
            // would be no modifier.
            if (p + 2 < tokens.Count && IsHyphenatedPersonNoun(tokens, p + 2) && NameForms.IsLowerWord(tokens[p + 2]))
            {
                head = p + 2;
                hyphens += 2;
                p += 3;
                continue;
            }

            // "the 800m gold medallist", "chief UK economist": a figure's unit or a short acronym qualifies the office.
            if (InnerModifierEnd(tokens, p, roleStart) is var inner && inner > 0)
            {
                hyphens += inner - p - 1;
                p = inner;
                continue;
            }

            // "research and advocacy director", "IP and technology partner": modifiers joined by "and" qualify one head.
            if (p == roleStart && IsFieldAcronym(tokens[p]) && CoordinatedModifierAnd(tokens, p + 1, roleStart) > 0)
            {
                p++;
                continue;
            }

            if (CoordinatedModifierAnd(tokens, p, roleStart) is var afterAnd && afterAnd > 0)
            {
                hyphens++;
                p = afterAnd;
                continue;
            }

            // "deputy Middle East and North Africa director": the area the office covers, counted as one modifier.
            if (CoveredAreaBeforeOfficeEnd(tokens, p) is var area && area > 0)
            {
                hyphens += area - p - 1;
                p = area;
                continue;
            }

            if (!((NameForms.IsLowerWord(tokens[p]) || Lexicon.TitleWords.Contains(tokens[p].Text) || Lexicon.TitleModifiers.Contains(tokens[p].Text))
                && (IsModifier(tokens[p]) || IsRoleNoun(tokens[p]) || Lexicon.TitleModifiers.Contains(tokens[p].Text))))
            {
                break;
            }

            if (IsRoleNoun(tokens[p]) || IsHyphenatedPersonNoun(tokens, p))
            {
                head = p;
            }

            p++;
        }

        if (head < 0)
        {
            return null;
        }

        // "X, a volunteer diver,": a noun of a person qualifying an agent noun that no list knows.
        if (determined && !capitalised && IsAgentNounEndingApposition(tokens, head + 1))
        {
            head++;
        }

        head = CoordinatedRoleEnd(tokens, HyphenatedEnd(tokens, head));

        // "X, Chair, President and Chief Executive Officer of Y": capitalised offices in a series are one role.
        head = CapitalisedOfficeSeriesEnd(tokens, head);

        // "X, chairman Velm Traders Association, said": an office followed straight by its body's name, without "of",
        // as Nigerian and South Asian copy writes it; the body closes the apposition.
        if (!determined && !capitalised && BodyRightAfterOffice(tokens, head, chunks) is { } bareBody)
        {
            return new RoleMatch((formerly ? "former " : string.Empty) + Join(tokens, roleStart, head), bareBody.Text, bareBody);
        }

        // "X, actor Y, and Z": an office without an article right before another name is that name's, the next item
        // of a list, not an apposition of X.
        if (!determined && !capitalised && head + 1 < tokens.Count && NameChunkIndex.StartingAt(chunks, head + 1) is not null)
        {
            return null;
        }

        var role = (formerly ? "former " : string.Empty) + Join(tokens, roleStart, head);
        // ("the former maintainer of Y" keeps "former" when a field completes the office; the gold of "formerly the
        // Y's chief of staff" leaves it out.)
        var tenure = leadFormer ? "former " : string.Empty;
        var next = head + 1;

        // "X, a special agent in charge of Y", "X, formerly Minister in charge of Regulatory Reform": "in charge" is part
        // of the office; what follows "of" is read as after any office (a portfolio completes it, a body owns it).
        // (Not after a word that only says someone is a person: "the man in charge" holds no office.)
        if (InChargeEnd(tokens, next) is var inCharge && inCharge > 0 && !IsPlainPersonRole(role))
        {
            role = role + " in charge";
            next = inCharge + 1;

            // ("in charge of Regulatory Reform": capitalised everyday words of a field are no body.)
            if (next + 1 < tokens.Count && tokens[next].Is("of") && ChargeFieldEnd(tokens, next + 1, tokens[head]) is var chargeField && chargeField > next)
            {
                role = role + " of " + Join(tokens, next + 1, chargeField);
                next = chargeField + 1;
            }
            else if (affiliation is not null && next < tokens.Count && tokens[next].Is("of"))
            {
                // ("X, Velm agent in charge of the Orra office": the body named before the office owns it; the office
                // after "of" is one of its own.)
                return new RoleMatch(role, affiliation, affiliationChunk);
            }
            else if (NamesNoBodyAfterCharge(tokens, next))
            {
                // ("X, the officer in charge of the investigation": what the person runs is no body they belong to.)
                return new RoleMatch(role, affiliation, affiliationChunk);
            }
        }

        // "X, the chief of staff", "X, the head of security": a lower-case noun after "of" completes the office
        // (but in "X, brother of rock drummer Y" the person after "of" is whose brother X is, and in "a friend of
        // mine" the pronoun is whose friend).
        if (next + 1 < tokens.Count && tokens[next].Is("of") && NameForms.IsLowerWord(tokens[next + 1]) && !IsPersonAfterRolePhrase(tokens, next + 1)
            && !(tokens[next + 1].Is("the") || tokens[next + 1].Is("a") || tokens[next + 1].Is("an") || tokens[next + 1].Is("his") || tokens[next + 1].Is("her") || tokens[next + 1].Is("their"))
            && !PossessivePronouns.Contains(tokens[next + 1].Text))
        {
            var fieldEnd = LowerCaseFieldEnd(tokens, next + 1);
            role = tenure + Join(tokens, roleStart, fieldEnd);
            next = fieldEnd + 1;
        }

        // "X, the Speaker of the House (of Representatives)": the chamber names the office and is its body.
        if (next + 2 < tokens.Count && tokens[next].Is("of") && tokens[next + 1].Is("the") && Chambers.Contains(tokens[next + 2].Text)
            && (next + 3 >= tokens.Count || tokens[next + 3].Is("of") || !NameChunker.IsNameWord(tokens[next + 3])))
        {
            role = tenure + Join(tokens, roleStart, next + 2);
        }

        // "X, the Secretary of Justice (for Y)", "X, the minister for Coastal Affairs": a portfolio names the office.
        // (Only after a title of office: "the running mate of Supreme" names a person.)
        var headText = tokens[head].Text;
        var portfolioEnd = Lexicon.TitleWords.Contains(headText) ? PortfolioEnd(tokens, next) : -1;

        if (portfolioEnd > next)
        {
            role = role + " " + Join(tokens, next, portfolioEnd);
            next = portfolioEnd + 1;
        }

        // "X, the special envoy for Chile": the place or field an office is held for completes it; a place stays the
        // affiliation as well, a field does not.
        var remitEnd = RemitEnd(tokens, next, role);
        if (remitEnd > next)
        {
            role = role + " for " + Join(tokens, next + 1, remitEnd);
            if (NameForms.IsLowerWord(tokens[next + 1]) || CapitalisedFieldEnd(tokens, next + 1) == remitEnd)
            {
                // (A field in capitals, "for Emergency Co-ordination", is no body to belong to either.)
                next = remitEnd + 1;
            }
            else if (CoordinatedPlacesEnd(tokens, next + 1) == remitEnd)
            {
                // ("for Europe and Central Asia": two places are no one affiliation.)
                next = remitEnd + 1;
            }
            else if (NameForms.IsLowerWord(tokens[remitEnd]) && NameChunkIndex.StartingAt(chunks, next + 1) is { } place && place.Last < remitEnd)
            {
                // "the special envoy for Chile trade talks": the place alone is the affiliation; the field after it
                // is no part of its name.
                affiliation = place.Text;
                affiliationChunk = place;
                next = remitEnd + 1;
            }
        }
        else if (ExpertiseFieldEnd(tokens, next, role) is var fieldEnd and > 0)
        {
            // "X, an expert on bird diseases at Y": the field completes the role; the body after it is still the affiliation.
            role = role + " " + Join(tokens, next, fieldEnd);
            next = fieldEnd + 1;
        }

        // "X, head of the intensive care unit at Y": a lower-case unit after "of the" completes the office; the body
        // after it is still the affiliation.
        if (next < tokens.Count && tokens[next].Is("of") && ArticleUnitEnd(tokens, next + 1, role) is var articleUnitEnd and > 0)
        {
            role = role + " " + Join(tokens, next, articleUnitEnd);
            next = articleUnitEnd + 1;
        }

        // "X, head of Velm's municipal council": the unit led, named after its owner's possessive, completes the office;
        // a named owner is the affiliation.
        if (next < tokens.Count && tokens[next].Is("of") && UnitLeaders.Contains(HeadOf(role))
            && PossessedUnitEnd(tokens, next + 1, chunks, out var unitOwner, out var unitStart) is var unitEnd and > 0)
        {
            role = role + " of " + Join(tokens, unitStart, unitEnd);
            if (unitOwner is not null && owner is null)
            {
                affiliation = unitOwner.Text;
                affiliationChunk = unitOwner;
            }

            return new RoleMatch(role, affiliation, affiliationChunk);
        }

        // ("a U.S. Senator from Ohio": the state names the seat more closely than the country; "the British Ambassador to
        // Spain" is Britain's.)
        if (next < tokens.Count && (tokens[next].Is("of") || tokens[next].Is("for") || tokens[next].Is("at") || tokens[next].Is("to") || (leadCountry is not null && tokens[next].Is("from")))
            && !(next + 1 < tokens.Count && NameForms.IsLowerWord(tokens[next + 1]) && (IsPersonAfterRolePhrase(tokens, next + 1) || PossessivePronouns.Contains(tokens[next + 1].Text))))
        {
            var (text, chunk) = AffiliationPhrase(tokens, next + 1, chunks);
            if (tokens[next].Is("of") && owner is not null && IsPossessor(tokens, owner) && DivisionFieldEnd(tokens, next + 1) is var divisionEnd and > 0)
            {
                // "X, Ford's vice president of European operations": the possessor owns the office; a division or field
                // after "of" narrows the office and names no other body.
                role = role + " " + Join(tokens, next, divisionEnd);
            }
            else if (text is not null && (leadCountry is null || !tokens[next].Is("to")))
            {
                affiliation = text;
                affiliationChunk = chunk;
            }
        }

        return new RoleMatch(role, affiliation, affiliationChunk);
    }

    // "X, who was the party's Special Presidential Envoy": after a determiner or a possessive, capitalised words
    // ending in a title are an office. Returns the title's index, or -1.
    // After a country lead-in ("a U.S. Senator") the office may be one word.
    private static int CapitalisedOfficeEnd(IReadOnlyList<Token> tokens, int p, bool afterLead = false)
    {
        if (p < 1 || !(afterLead || tokens[p - 1].Is("the") || tokens[p - 1].Is("a") || tokens[p - 1].Is("an") || IsPossessiveS(tokens[p - 1])))
        {
            return -1;
        }

        // (A title is no given name here, though the name lists know "Mayor" as one.)
        for (var k = p; k < tokens.Count && k - p <= MaxModifiers && NameChunker.IsNameWord(tokens[k])
            && (!Gazetteer.GivenNames.Contains(tokens[k].Text) || Lexicon.TitleWords.Contains(tokens[k].Text)); k++)
        {
            if (Lexicon.TitleWords.Contains(tokens[k].Text) && !(k + 1 < tokens.Count && NameChunker.IsNameWord(tokens[k + 1])))
            {
                return k > p || afterLead ? k : -1;
            }
        }

        return -1;
    }

    // "director of global news for Y", "head of digital content at Y": a field of several lower-case words ends where
    // punctuation or a preposition begins the body. Without such an end ("head of state visits") only the first word counts.
    private static int LowerCaseFieldEnd(IReadOnlyList<Token> tokens, int first)
    {
        const int MaxExtraWords = 2;
        var end = first;
        while (end + 1 < tokens.Count && end - first < MaxExtraWords && IsModifier(tokens[end + 1]) && !IsRoleHead(tokens[end + 1]))
        {
            end++;
        }

        for (; end > first; end--)
        {
            // ("minister of export promotion, international trade and economic development": a series of fields.)
            if (FieldSeriesEnd(tokens, end) is var seriesEnd and > 0)
            {
                return seriesEnd;
            }

            // ("the minister for disaster management said": a verb of saying ends the phrase too.)
            if (EndsFieldPhrase(tokens, end + 1) || Lexicon.AttributionVerbs.Contains(tokens[end + 1].Text))
            {
                return CoordinatedFieldEnd(tokens, HyphenatedEnd(tokens, end));
            }
        }

        if (FieldSeriesEnd(tokens, HyphenatedEnd(tokens, first)) is var firstSeriesEnd and > 0)
        {
            return firstSeriesEnd;
        }

        // ("curator of folk-lore": a hyphenated field is one word.)
        return CoordinatedFieldEnd(tokens, HyphenatedEnd(tokens, first));
    }

    private static bool EndsFieldPhrase(IReadOnlyList<Token> tokens, int next) =>
        next >= tokens.Count || tokens[next].Kind == TokenKind.Symbol || tokens[next].Text is "for" or "at" or "of" or "in" or "with" or "to" or "on";

    // "director of enforcement and market oversight said": a second field joined by "and" belongs to the same office
    // when it ends where the phrase does (punctuation, a preposition or a verb of saying). Returns the field's last
    // index, or end when nothing is joined.
    private static int CoordinatedFieldEnd(IReadOnlyList<Token> tokens, int end)
    {
        const int MaxJoinedWords = 2;
        if (end + 2 >= tokens.Count || !tokens[end + 1].Is("and"))
        {
            return end;
        }

        var last = end + 1;
        while (last + 1 < tokens.Count && last - (end + 1) < MaxJoinedWords && IsModifier(tokens[last + 1]) && !IsRoleHead(tokens[last + 1])
            && !Lexicon.PersonNouns.Contains(tokens[last + 1].Text))
        {
            last++;
        }

        return last > end + 1 && (EndsFieldPhrase(tokens, last + 1) || Lexicon.AttributionVerbs.Contains(tokens[last + 1].Text)) ? last : end;
    }

    // "of European operations", "of North American sales": capitalised qualifiers before a lower-case field, which
    // names a division of a body, not a body. Returns the field's last index, or -1.
    private static int DivisionFieldEnd(IReadOnlyList<Token> tokens, int first)
    {
        var p = first;
        while (p < tokens.Count && p - first < MaxModifiers && NameChunker.IsNameWord(tokens[p]))
        {
            p++;
        }

        return p > first && p < tokens.Count && NameForms.IsLowerWord(tokens[p]) && IsModifier(tokens[p]) ? LowerCaseFieldEnd(tokens, p) : -1;
    }

    // "Director-General", "editor-in-chief": the words hyphenated to an office's head are part of it.
    private static int HyphenatedEnd(IReadOnlyList<Token> tokens, int head)
    {
        const int MaxHyphenatedWords = 2;
        var end = head;
        for (var joined = 0; joined < MaxHyphenatedWords && end + 2 < tokens.Count && tokens[end + 1].IsSymbol('-') && !tokens[end + 1].SpaceBefore
            && tokens[end + 2].IsWord && !tokens[end + 2].SpaceBefore; joined++)
        {
            end += 2;
        }

        return end;
    }

    // "president and chief executive officer": a second office joined by "and" belongs to the role.
    private static int CoordinatedRoleEnd(IReadOnlyList<Token> tokens, int head)
    {
        if (head + 2 >= tokens.Count || !tokens[head + 1].Is("and"))
        {
            return head;
        }

        var end = head;
        for (var p = head + 2; p < tokens.Count && p - (head + 2) <= MaxModifiers && NameForms.IsLowerWord(tokens[p]) && (IsModifier(tokens[p]) || IsRoleHead(tokens[p])); p++)
        {
            if (IsRoleHead(tokens[p]))
            {
                end = p;
            }
        }

        // "a marine ecologist and Regents Professor at Y": a capitalised office, up to its title word, is the second one
        // (the title word must end it: "a lawyer and Ana Ruiz" joins a person, not an office).
        const int MaxCapitalisedWords = 3;
        if (end == head && NameForms.IsLowerWord(tokens[head]))
        {
            for (var p = head + 2; p < tokens.Count && p - (head + 2) < MaxCapitalisedWords && NameChunker.IsNameWord(tokens[p]); p++)
            {
                if ((Lexicon.TitleWords.Contains(tokens[p].Text) || Lexicon.RoleHeads.Contains(tokens[p].Text)) && !(p + 1 < tokens.Count && NameChunker.IsNameWord(tokens[p + 1])))
                {
                    return p;
                }
            }
        }

        return end;
    }

    // A country's name, or a body's by its head word or the list of known bodies.
    private static bool IsCountryOrBodyName(NameChunk chunk) =>
        NameForms.IsCountryOrDemonym(chunk.Text) || Lexicon.OrganizationHeads.Contains(chunk.Tokens[chunk.Last].Text)
        || Gazetteer.OrganizationLexicon.Contains(chunk.Text);

    private static bool IsPossessor(IReadOnlyList<Token> tokens, NameChunk chunk) =>
        chunk.Last + 1 < tokens.Count && (IsPossessiveS(tokens[chunk.Last + 1]) || tokens[chunk.Last + 1].IsSymbol('\''));

    // Offices, and the nouns that describe a person's function or relation ("wrestler", "partner", "aunt").
    public static bool IsRoleHead(Token token) => token.IsWord && (Lexicon.RoleHeads.Contains(token.Text)
        || (char.IsLower(token.Text[0]) && (Lexicon.PersonNouns.Contains(token.Text) || IsProfession(token.Text) || MoreRoleHeads.Contains(token.Text)
            || Gazetteer.Occupations.Contains(token.Text))));

    /// <summary>The head of a role read by this parser: its last word ("author" of "lead author").</summary>
    internal static string HeadOf(string role)
    {
        var head = role.Substring(role.LastIndexOf(' ') + 1);
        return head.StartsWith(ExPrefix, System.StringComparison.Ordinal) && head.Length > ExPrefix.Length ? head.Substring(ExPrefix.Length) : head;
    }

    /// <summary>Whether the role is an office no longer held ("former mayor", "ex-mayor").</summary>
    internal static bool IsFormerOffice(string role) =>
        role.StartsWith("former", System.StringComparison.Ordinal) || role.StartsWith(ExPrefix, System.StringComparison.Ordinal);

    // Nouns of function the shared lexicon lacks: "public health expert", "running mate"; British spellings the
    // generated occupation list lacks ("organiser").
    private static readonly HashSet<string> MoreRoleHeads = new(System.StringComparer.Ordinal)
    {
        "expert", "mate", "businessman", "businesswoman", "model", "producer", "agent", "designer", "heiress", "heir", "tycoon",
        "magnate", "mogul", "conductor", "composer", "dancer", "drummer", "vocalist", "frontman", "banker", "investor",
        "detective", "firefighter", "paramedic", "soldier", "surgeon", "chef", "architect", "painter", "sculptor", "playwright",
        "screenwriter", "socialite", "astronaut", "cosmonaut", "costumer", "cosplayer", "blogger", "commentator", "consultant",
        "aide", "staffer", "lecturer", "academic", "scholar", "barrister", "solicitor", "magistrate", "pastor", "chaplain",
        "inventor", "accountant", "mechanic", "trader", "fisherman", "miner", "ranger", "trooper", "constable",
        "midwife", "veterinarian", "columnist", "anchor", "entertainer", "performer", "director-general", "politician", "justice", "whip",
        "personality", "organiser",
        // (Occupations of news copy the lists lack: a legislator, a ship's or aircraft's crew, a gang's leader.)
        "parliamentarian", "crewman", "crewmember", "kingpin", "gunman",
    };

    // "retired nurse", "accredited reporter": participles that qualify an office (most "-ed" words are verbs).
    private static readonly HashSet<string> RoleParticiples = new(System.StringComparer.Ordinal)
    {
        "retired", "accredited", "registered", "certified", "licensed", "qualified", "trained", "renowned", "acclaimed",
        "celebrated", "disgraced", "ousted", "exiled", "jailed", "elected", "appointed", "designated", "decorated",
        "distinguished", "seasoned", "embattled", "unelected", "self-styled", "noted", "respected", "talented",
    };

    // "Korrin", "Apple": a body's one-word name opening the sentence, known to the body lists or no ordinary English word.
    private static bool IsCompanyNameOpeningSentence(Token token) =>
        Gazetteer.OrganizationLexicon.Contains(token.Text) || !Gazetteer.EnglishWords.IsOrdinaryWord(token.Text);

    private static bool IsPlainCapitalisedWord(Token token) =>
        IsPlainCapitalisedWordIgnoringBodies(token) && !Lexicon.OrganizationHeads.Contains(token.Text);

    // "County", "Team", "Comic", "Regional": a word that, capitalised only by the sentence, is a common noun of bodies
    // and places or has an adjective's ending, so it cannot be a body's own name on its own.
    private static bool IsCapitalisedCommonQualifier(Token token)
    {
        if (!IsPlainCapitalisedWordIgnoringBodies(token))
        {
            return false;
        }

        var lower = token.Text.ToLowerInvariant();
        return Lexicon.OrganizationTypeNouns.Contains(lower) || Lexicon.AdministrativeNouns.Contains(lower) || Lexicon.OrganizationHeads.Contains(token.Text)
            || HasAdjectiveEnding(lower)
            || (lower.Length >= 5 && (lower.EndsWith("ary", System.StringComparison.Ordinal) || lower.EndsWith("ive", System.StringComparison.Ordinal) || lower.EndsWith("ous", System.StringComparison.Ordinal)));
    }

    private static bool IsPlainCapitalisedWordIgnoringBodies(Token token) =>
        token.IsWord && char.IsUpper(token.Text[0]) && !NameForms.IsAllCaps(token.Text) && !NameForms.IsCountryOrDemonym(token.Text)
        && !Gazetteer.GivenNames.Contains(token.Text) && !Gazetteer.PlaceGazetteer.Instance.TryFind(token.Text, out _)
        && !Lexicon.CapitalisedFunctionWords.Contains(token.Text) && !Lexicon.PartyAdjectives.Contains(token.Text);

    // "presidential", "visual", "academic": a lower-case adjective (these endings are no verb's).
    private static bool IsLowerCaseAdjective(Token token) => NameForms.IsLowerWord(token) && HasAdjectiveEnding(token.Text);

    // "Political commentators X and Y": an everyday adjective capitalised only because it opens the sentence.
    private static bool IsAdjectiveOpeningSentence(Token token) =>
        HasAdjectiveEnding(token.Text) && IsCommonWordOpeningSentence(token) && !NameForms.IsCountryOrDemonym(token.Text);

    // Long enough that "-al" and "-ic" are a suffix, not the whole stem ("pal", "tic" are no adjectives).
    private static bool HasAdjectiveEnding(string word) =>
        word.Length >= 5 && (word.EndsWith("al", System.StringComparison.Ordinal) || word.EndsWith("ic", System.StringComparison.Ordinal));

    // Capitalised only because they open the sentence: "Opposition leader X", "Lead guitarist X", "Retired agent X".
    private static bool IsSentenceInitialModifier(Token token) =>
        token.IsWord && char.IsUpper(token.Text[0]) && !NameForms.IsCountryOrDemonym(token.Text) && !Gazetteer.GivenNames.Contains(token.Text)
        && (SentenceInitialModifiers.Contains(token.Text) || RoleParticiples.Contains(token.Text.ToLowerInvariant()));

    private static readonly HashSet<string> SentenceInitialModifiers = new(System.StringComparer.Ordinal)
    {
        "Opposition", "Lead", "Veteran", "Senior", "Junior", "Local", "Interim", "Acting", "Fellow", "Prominent", "Famous",
        "Independent", "Rival", "Assistant", "Associate", "Professional", "Amateur", "Freelance", "Career", "Chief", "Deputy",
        "Head", "Founding", "Longtime", "Elderly", "Young", "Teenage", "Award-winning", "Bestselling", "Former",
        // (A political leaning: "Leftist leader X", "Hardline cleric X"; the "-ist" words read as professions on their own.)
        "Leftist", "Rightist", "Centrist", "Separatist", "Hardline", "Reformist", "Populist", "Moderate", "Radical",
    };

    // "mathematician", "astrophysicist", "economist": the suffixes of professions.
    private static bool IsProfession(string word) =>
        word.Length >= 7 && (word.EndsWith("ician", System.StringComparison.Ordinal) || word.EndsWith("ologist", System.StringComparison.Ordinal)
            || (word.EndsWith("ist", System.StringComparison.Ordinal) && word is not ("consist" or "insist" or "persist" or "resist" or "assist" or "exist")));

    /// <summary>"X resigned as the governor of Y", "X was sworn in as Puerto Rico's new governor".</summary>
    public static RoleMatch? AsRole(IReadOnlyList<Token> tokens, int nameLast, IReadOnlyList<NameChunk> chunks)
    {
        // "X was the deputy commander of Y", "X is a retired nurse": the name is the subject of a copula whose
        // predicate is an office (the apposition reader finds no role head in "X was the first to ...").
        // ("X is also a judge", "X was then the mayor": an adverb may stand before the predicate.)
        var copula = nameLast + 1;
        var article = copula + 1 < tokens.Count && AdverbsBeforeOffice.Contains(tokens[copula + 1].Text) ? copula + 2 : copula + 1;
        // ("X is Malawi's deputy director of health": a country or a body owning the office stands for the article; a
        // person's, "X was Y's running mate", says whom X serves and is left to other readers.)
        if (article < tokens.Count && (tokens[copula].Is("is") || tokens[copula].Is("was"))
            && (tokens[article].Is("the") || tokens[article].Is("a") || tokens[article].Is("an")
                || (NameChunkIndex.StartingAt(chunks, article) is { } owner && IsPossessor(tokens, owner) && IsCountryOrBodyName(owner))))
        {
            var predicate = After(tokens, nameLast, chunks, commaOptional: true);
            if (predicate?.Role is not null)
            {
                return predicate;
            }
        }

        var taken = OfficeTakenAfter(tokens, nameLast, chunks);
        if (taken is not null)
        {
            return taken;
        }

        for (var p = nameLast + 1; p < tokens.Count && p <= nameLast + 8; p++)
        {
            if (tokens[p].Kind == TokenKind.Symbol && !tokens[p].IsSymbol('-'))
            {
                return null;
            }

            if (tokens[p].Is("as") && p + 1 < tokens.Count)
            {
                // Reuse the apposition reader on a virtual ", the governor of ...".
                var match = After(tokens, p - 1, chunks, commaOptional: true);
                return match?.Role is null ? null : match;
            }
        }

        return null;
    }

    // Nouns and adjectives listed with the function words only because they open sentences, which qualify an
    // office in lower case ("opposition leader", "police chief", "acting director", "former associate justice").
    private static readonly HashSet<string> NounsAmongFunctionWords = new(System.StringComparer.Ordinal) { "opposition", "police", "acting", "video", "photo", "former" };

    // A lower-case word that can qualify a role ("foreign", "press", "peace"): not a function word or a verb form.
    private static bool IsModifier(Token token)
    {
        if (!NameForms.IsLowerWord(token) || (Lexicon.CapitalisedFunctionWords.Contains(token.Text) && !NounsAmongFunctionWords.Contains(token.Text))
            || Lexicon.AttributionVerbs.Contains(token.Text))
        {
            return false;
        }

        var word = token.Text;
        if (RoleParticiples.Contains(word))
        {
            return true;
        }

        // ("nurses including head nurse X": the word that opens an example ends the role phrase.)
        if (ListOpeners.Contains(word) || SimplePastVerbs.Contains(word))
        {
            return false;
        }

        return !(word.EndsWith("ed", System.StringComparison.Ordinal) || word.EndsWith("ly", System.StringComparison.Ordinal)
            || word is "and" or "or" or "is" or "was" or "are" or "were" or "has" or "had" or "have" or "be" or "been" or "will" or "would");
    }

    // Irregular past tenses that never stand as an adjective before a noun for a person (some are participles too, as in
    // "a hard-won title", but no one is a "met leader"): a verb between a subject and a role
    // ("A met union leader B") ends the role phrase instead of joining it ("met union leader"). Past forms that also
    // describe a person ("paid", "lost", "elected") are left out; the regular "-ed" forms are caught by their ending.
    private static readonly HashSet<string> SimplePastVerbs = Lexicon.Set(
        "met took gave began came went saw became drew threw flew knew found wrote spoke rode chose stood did heard told fled won led kept sought bought brought fought");

    // Base forms of verbs whose object is a person, after "to", a modal or "not" ("decided not to call spin consultant
    // X", "will meet foreign minister X"): the verb ends the role phrase. Only after such a word, since "sign language
    // interpreter" or "call centre manager" use the same words as nouns.
    private static readonly HashSet<string> PersonObjectBaseVerbs = Lexicon.Set(
        "call meet sign hire appoint name replace sack fire drop select pick thank visit recall include join succeed elect "
        + "nominate invite interview arrest question charge summon brief congratulate consult");

    private static readonly HashSet<string> BareVerbOpeners = Lexicon.Set("to will would can could should must may might shall not did does do");

    private static bool IsBareVerbBeforeOffice(IReadOnlyList<Token> tokens, int k) =>
        k >= 1 && NameForms.IsLowerWord(tokens[k]) && PersonObjectBaseVerbs.Contains(tokens[k].Text) && BareVerbOpeners.Contains(tokens[k - 1].Text);

    // Words that open examples or a list's items: "including", "like", "notably".
    private static readonly HashSet<string> ListOpeners = new(System.StringComparer.Ordinal)
    {
        "including", "excluding", "like", "unlike", "notably", "especially", "particularly", "namely", "among", "amongst", "besides",
        "plus", "via", "versus", "against", "alongside",
    };

    // "Fenwick Road,", "12 Elm Close.": an optional house number, up to four capitalised words ending in a street word,
    // and the end of the phrase.
    private static bool IsStreetAddress(IReadOnlyList<Token> tokens, int start)
    {
        const int MaxStreetWords = 4;
        var p = start < tokens.Count && tokens[start].IsNumber ? start + 1 : start;
        var first = p;
        while (p < tokens.Count && p - first < MaxStreetWords && NameChunker.IsNameWord(tokens[p]))
        {
            p++;
        }

        return p > first + 1 && p < tokens.Count && (tokens[p].IsSymbol(',') || tokens[p].IsSymbol('.'))
            && Lexicon.StreetWords.Contains(tokens[p - 1].Text);
    }

    // "the European Council", "the peacekeeping contingent in Guinea-Bissau": up to the next punctuation.
    private static (string? Text, NameChunk? Chunk) AffiliationPhrase(IReadOnlyList<Token> tokens, int start, IReadOnlyList<NameChunk> chunks)
    {
        var p = start;
        if (p < tokens.Count && (tokens[p].Is("the") || tokens[p].Is("a") || tokens[p].Is("an")))
        {
            p++;
        }

        // "a contender to be the nominee": "to" before a verb is an infinitive, not a destination.
        if (start >= 1 && tokens[start - 1].Is("to") && p == start && p < tokens.Count && NameForms.IsLowerWord(tokens[p]))
        {
            return (null, null);
        }

        // "a teacher for 30 years", "an adviser for two decades": a figure after the preposition says how long, it names no body.
        if (p < tokens.Count && (tokens[p].Kind == TokenKind.Number || (NameForms.IsLowerWord(tokens[p]) && NumberWords.IsCardinalWord(tokens[p].Text))))
        {
            return (null, null);
        }

        var first = p;
        var last = -1;
        while (p < tokens.Count && p - first < MaxAffiliationWords)
        {
            var token = tokens[p];
            // ("a physician at St. Luke's Hospital", "a spokesman for Gov. Ana Ruiz": the stop of an abbreviated saint or
            // title goes on with the name.)
            if (token.Kind == TokenKind.Symbol && !(token.IsSymbol('-') && !token.SpaceBefore) && !NameChunker.IsStopInsideName(tokens, p, first))
            {
                break;
            }

            // (A verb of saying ends the phrase only in lower case: "the United States" goes on.)
            if (token.IsWord && ((NameForms.IsLowerWord(token) && Lexicon.AttributionVerbs.Contains(token.Text)) || RelativeWho.Is(token) || token.Is("which") || token.Is("and")))
            {
                break;
            }

            // "President of France for twelve years", "Lodge during the 2010 season": a preposition after a name
            // that does not lead on to another name ends it ("Justice for Puerto Rico" goes on).
            // ("of Velmoria on Monday": a day or a month says when, it names no body.)
            if (p > first && NameChunker.IsNameWord(tokens[first]) && NameChunker.IsNameWord(tokens[p - 1]) && Prepositions.Contains(token.Text)
                && !(p + 1 < tokens.Count && NameChunker.IsNameWord(tokens[p + 1]) && !Lexicon.CapitalisedFunctionWords.Contains(tokens[p + 1].Text)
                    && !Lexicon.IsMonthOrWeekdayName(tokens[p + 1].Text)))
            {
                break;
            }

            // "a fellow at the Velm Foundation think tank": a lower-case kind noun after the name says what the body is,
            // it is no part of its name.
            if (p > first && NameForms.IsLowerWord(token) && BodyKindWords.Contains(token.Text) && NameChunker.IsNameWord(tokens[p - 1]))
            {
                break;
            }

            last = p;
            p++;
        }

        if (last < first)
        {
            return (null, null);
        }

        // (A name opened by a saint's abbreviation is a building or a place, named by the text alone: its chunk is read
        // as a place elsewhere.)
        var chunk = NameChunker.IsPlaceAbbreviationStop(tokens, first + 1) ? null : NameChunkIndex.StartingAt(chunks, first);
        return (TokenText.Of(tokens, first, last), chunk is not null && chunk.Last == last ? chunk : null);
    }

    // The name whose number ends right before the office: the chunker keeps a station's number inside its name
    // ("Channel 9"), while a branch's number stands after the name ("Local 412").
    private static NameChunk? NumberedOwnerBefore(IReadOnlyList<Token> tokens, IReadOnlyList<NameChunk> chunks, int p)
    {
        var numbered = NameChunkIndex.EndingAt(chunks, p - 1) is { } withNumber && withNumber.First < p - 1
            ? withNumber
            : p - 2 >= 0 ? NameChunkIndex.EndingAt(chunks, p - 2) : null;
        return numbered is not null && IsOwnerBeforeNumber(tokens, numbered) ? numbered : null;
    }

    // A numbered name owning an office: written right after a determiner or opening the sentence, with no
    // month or title inside ("in March 3 ..." or "Section 8 officer" are no owners this way).
    private static bool IsOwnerBeforeNumber(IReadOnlyList<Token> tokens, NameChunk chunk)
    {
        for (var i = chunk.First; i <= chunk.Last; i++)
        {
            if (Lexicon.IsMonthOrWeekdayName(tokens[i].Text) || Lexicon.TitleWords.Contains(tokens[i].Text))
            {
                return false;
            }
        }

        return chunk.First == 0 || IsDeterminer(tokens[chunk.First - 1]) || tokens[chunk.First - 1].Kind == TokenKind.Symbol;
    }

    // Lower-case nouns written after a body's name for what kind of body it is ("think tank", "charity").
    private static readonly HashSet<string> BodyKindWords = Lexicon.Set("think charity lobby firm company union watchdog newspaper broadcaster");

    // Capitalised adjectives of faith, scope or kind that never name a body themselves.
    private static readonly HashSet<string> QualifyingAdjectives = Lexicon.Set(
        "Muslim Islamic Christian Catholic Jewish Hindu Buddhist Sikh Orthodox Protestant Evangelical Sunni Shia Shiite " +
        "Anglican Special National International Global Regional Local Senior Junior Principal Interim Honorary " +
        // ("Nobel laureate X": the prize says which laureate; it is no body the person belongs to.)
        "Nobel");

    private static readonly HashSet<string> Prepositions = new(System.StringComparer.Ordinal)
    {
        "for", "in", "during", "since", "until", "from", "near", "under", "on", "at", "to", "with", "by", "after", "before", "over",
    };

    // Adverbs between a copula or a comma and the office they qualify: "X is also a judge", "X, now the mayor".
    private static readonly HashSet<string> AdverbsBeforeOffice = new(System.StringComparer.Ordinal) { "then", "now", "also", "still", "already" };

    // "current", "then", "newly": say when, not what the office is.
    private static readonly HashSet<string> TimeWords = new(System.StringComparer.OrdinalIgnoreCase) { "current", "then", "now", "new", "newly", "sitting", "incumbent", "longtime", "present" };

    /// <summary>"ex-" glued to an office ("ex-leader"): a former office, written as the article writes it.</summary>
    internal const string ExPrefix = "ex-";

    private static string Join(IReadOnlyList<Token> tokens, int first, int last)
    {
        // "then-owner": the time word and its hyphen go; "ex-minister" stays as written (the role is the office as the
        // article writes it).
        var former = false;
        while (first < last && (TimeWords.Contains(tokens[first].Text) || tokens[first].IsSymbol('-') || (tokens[first].Is("ex") && tokens[first + 1].IsSymbol('-'))))
        {
            former |= tokens[first].Is("ex");
            first++;
        }

        var builder = new StringBuilder(former ? ExPrefix : string.Empty);
        for (var i = first; i <= last; i++)
        {
            if (i > first && tokens[i].SpaceBefore)
            {
                builder.Append(' ');
            }

            builder.Append(tokens[i].Text.ToLowerInvariant());
        }

        return builder.ToString();
    }
}
