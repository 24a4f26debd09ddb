using System.Collections.Generic;
using FactsGenerator.Extraction.Entities;
using FactsGenerator.Extraction.Gazetteer;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Quotes;

/// <summary>Finding the person or organisation a subject, a pronoun or a role phrase refers to.</summary>
internal sealed partial class SpeakerResolver
{
    // The nearest person named before a pronoun whose first name does not contradict it ("she" skips a
    // person whose first name is only known as male).
    private EntityMention? PersonBefore(int offset, Token pronoun) => PersonBefore(offset, pronoun, MaxPronounChain);

    /// <summary>How many sentences whose subject is the same pronoun a pronoun may be followed back through.</summary>
    private const int MaxPronounChain = 3;

    private EntityMention? PersonBefore(int offset, Token pronoun, int chain)
    {
        // "He said X is ...; "...", he added": both pronouns are the sentence's subject.
        var sentence = text.SentenceAt(offset);
        if (sentence is not null && sentence.Tokens.Count > 0 && sentence.Tokens[0].Start < offset
            && (sentence.Tokens[0].Is("he") || sentence.Tokens[0].Is("she")))
        {
            offset = sentence.Tokens[0].Start;
        }

        // "A spokeswoman for the Velm Fire Service said ... "...," she said": the body speaks through the unnamed
        // representative the sentence before opens with.
        var followsQuotation = sentence is not null && sentence.Index > 0 && sentence.Tokens.Count > 0 && OpensClauseAfterQuotation(sentence.Tokens, offset);
        if (followsQuotation && BodyOfOpeningRepresentative(text.Sentences[sentence!.Index - 1].Tokens) is { } body)
        {
            return body;
        }

        var person = PersonForPronoun(offset, feminine: pronoun.Is("she"));

        // "The police chief said the suspects were held. "...," he said.": the pronoun stands for the person the
        // description opening the sentence before stands for, not for someone named earlier; also through sentences
        // between whose subject is the same pronoun ("The police chief said ... He said ... "...," he said.").
        if (person is not null && sentence is not null && DescriptionBeforePronounChain(sentence.Index, person, pronoun) is { } opening)
        {
            // ("the health minister": the person whose role ends with all the description's words first, so that
            // another minister named nearer is not taken for the health minister.)
            var noun = opening.Tokens[opening.Noun];
            return DescribedInFull(opening.Tokens, opening.Noun) ?? (Described(noun) is { Kind: EntityKind.Person } described ? described : null);
        }

        // "Passing sentence, he said the defendant had lied. "...," he said.": the person named nearest sits inside a
        // sentence whose own subject is the same pronoun; both pronouns stand for one person, named further back.
        var chained = chain > 0 && person is not null ? SamePronounSubjectBefore(person, pronoun) ?? QuotingPronounBefore(person, pronoun) : null;
        if (chained is { } samePronoun)
        {
            return PersonBefore(samePronoun.Start, samePronoun, chain - 1) ?? person;
        }

        // "One of the residents chose to speak. She said ...": a pronoun opening the sentence after one whose subject is
        // an unnamed person stands for that person, not for someone named earlier; so does one whose clause follows
        // only the sentence's quotation (""...," she said").
        return person is not null && followsQuotation && person.SentenceIndex < sentence!.Index - 1 && OpensWithUnnamedPerson(text.Sentences[sentence.Index - 1].Tokens)
            ? null
            : person;
    }

    // ""...," he quoted Ana Ruiz as saying": the person quoted is spoken of; the same pronoun later stands for the one who
    // quoted her, as this pronoun does. Returns that pronoun, right before "quoted" or "cited" (maybe a role between).
    private Token? QuotingPronounBefore(EntityMention mention, Token pronoun)
    {
        var sentence = text.SentenceAt(mention.Start);
        if (sentence is null)
        {
            return null;
        }

        var tokens = sentence.Tokens;
        var verb = IndexAtOrAfter(tokens, mention.Start) - 1;
        while (verb >= 1 && mention.Start - tokens[verb].Start < 40 && NameForms.IsLowerWord(tokens[verb]) && !(tokens[verb].Is("quoted") || tokens[verb].Is("cited")))
        {
            verb--;
        }

        return verb >= 1 && (tokens[verb].Is("quoted") || tokens[verb].Is("cited")) && tokens[verb - 1].Is(pronoun.Text) ? tokens[verb - 1] : null;
    }

    // The pronoun ("he", "she") that is the subject of the sentence naming the mention, before the mention: the
    // sentence's first word, or the first after an opening phrase and its comma ("On Friday, he said").
    private Token? SamePronounSubjectBefore(EntityMention mention, Token pronoun)
    {
        var sentence = text.SentenceAt(mention.Start);
        if (sentence is null)
        {
            return null;
        }

        var tokens = sentence.Tokens;
        for (var i = 0; i < tokens.Count && tokens[i].End <= mention.Start; i++)
        {
            if (tokens[i].IsSymbol('"'))
            {
                return null;
            }

            if (tokens[i].Is(pronoun.Text) && (i == 0 || tokens[i - 1].IsSymbol(',')) && !IsQuoted(tokens[i].Start))
            {
                return tokens[i];
            }
        }

        return null;
    }

    // "A spokesman for the Velm Port Authority", "An official from X", "A Velm Port Authority spokeswoman" opening the
    // sentence: the body represented.
    private EntityMention? BodyOfOpeningRepresentative(IReadOnlyList<Token> tokens)
    {
        if (tokens.Count < 3 || !(tokens[0].Is("A") || tokens[0].Is("An")))
        {
            return null;
        }

        if (tokens[1].IsWord && RepresentativeNouns.Contains(tokens[1].Text) && (tokens[2].Is("for") || tokens[2].Is("of") || tokens[2].Is("from") || tokens[2].Is("at")))
        {
            var name = tokens.Count > 4 && tokens[3].Is("the") ? 4 : 3;
            return name < tokens.Count && entities.MentionAt(tokens[name].Start) is { Kind: EntityKind.Organization } represented ? represented : null;
        }

        var body = entities.MentionAt(tokens[1].Start);
        var after = body is null ? -1 : IndexAtOrAfter(tokens, body.End);
        return body is { Kind: EntityKind.Organization } && after < tokens.Count && tokens[after].IsWord && RepresentativeNouns.Contains(tokens[after].Text) ? body : null;
    }

    // Nothing but the sentence's quotation (its marks, its words, a comma) stands before the offset.
    private bool OpensClauseAfterQuotation(IReadOnlyList<Token> tokens, int offset)
    {
        for (var i = 0; i < tokens.Count && tokens[i].Start < offset; i++)
        {
            if (!(tokens[i].IsSymbol('"') || tokens[i].IsSymbol(',') || IsQuoted(tokens[i].Start)))
            {
                return false;
            }
        }

        return true;
    }

    // "A witness", "An elderly resident", "One worker", "One of the victims": a sentence opening with a person left unnamed.
    private static bool OpensWithUnnamedPerson(IReadOnlyList<Token> tokens)
    {
        if (OpensWithUnnamedSubject(tokens) || (tokens.Count > 2 && (tokens[0].Is("One") || tokens[0].Is("Another")) && NameForms.IsLowerWord(tokens[1]) && IsUnnamedPersonNoun(tokens[1])))
        {
            return true;
        }

        return tokens.Count > 3 && tokens[0].Is("One") && tokens[1].Is("of") && tokens[2].Is("the") && tokens[3].IsWord
            && NameForms.IsLowerWord(tokens[3]) && IsPluralOfPersonNoun(tokens[3].Text);
    }

    // "victims", "residents", "witnesses": the plural of a common noun for a person.
    private static bool IsPluralOfPersonNoun(string word)
    {
        if (word.Length < 4 || word[word.Length - 1] != 's')
        {
            return false;
        }

        var singular = word.Substring(0, word.Length - 1);
        var withoutEs = word.EndsWith("es", System.StringComparison.Ordinal) ? word.Substring(0, word.Length - 2) : singular;
        return IsPersonNounText(singular) || IsPersonNounText(withoutEs);
    }

    private static bool IsPersonNounText(string word) =>
        Lexicon.PersonNouns.Contains(word) || Lexicon.RoleHeads.Contains(word) || UnnamedWitnessNouns.Contains(word);

    // The nearest person before a pronoun ("she", "her"; "he", "him", "his") whose first name does not contradict it.
    // The name lists only hint at gender ("Jan" is a man's name in Polish): without a match, ignore it.
    private EntityMention? PersonForPronoun(int offset, bool feminine) =>
        PersonBefore(offset, feminine ? NameGender.Male : NameGender.Female) ?? PersonBefore(offset, NameGender.Unknown);

    private EntityMention? PersonBefore(int offset, NameGender unwanted)
    {
        var mentions = entities.Mentions;
        var pronounSentence = text.SentenceAt(offset);
        EntityMention? nearest = null;
        EntityMention? opener = null;
        EntityMention? subject = null;
        for (var i = entities.FirstMentionEndingAfter(offset) - 1; i >= 0; i--)
        {
            var mention = mentions[i];
            // (A person named inside a quotation is spoken of, not the one a pronoun outside it stands for; the
            // gender a first name hints at is the full name's, as a later mention may give only the surname.
            // "Speaking to Jo Kim, he said": a person the pronoun's own clause names after a preposition is
            // someone else.)
            if (mention.End > offset || mention.Kind != EntityKind.Person || IsQuoted(mention.Start)
                || (unwanted != NameGender.Unknown && GenderOf(mention.Record.Resolve().Name) == unwanted)
                || (pronounSentence is not null && mention.SentenceIndex == pronounSentence.Index && IsObjectOfPreposition(pronounSentence.Tokens, mention))
                || IsBracketed(mention))
            {
                continue;
            }

            if (nearest is null)
            {
                nearest = mention;
            }
            else if (mention.SentenceIndex != nearest.SentenceIndex)
            {
                break;
            }

            // "Bloomberg endorsed his rival, Joe Biden. "...," he said": the subject, not the object; "X said Y,
            // which Z opposed": the main clause's subject, not a relative clause's; "X backed away from reports Y
            // hid. He ...": the sentence's own subject before a subject inside its object.
            var opens = OpensSentenceAsSubject(mention);
            if ((IsSubject(mention) || FollowsReportingVerb(mention)) && !OpensSubordinateClause(mention))
            {
                // ("X said ... while Minister Y wrote ...": a clause joined to the main one has a main subject too.)
                if (opens || OpensCoordinateClause(mention))
                {
                    return mention;
                }

                subject ??= mention;
            }

            opener = opens ? mention : opener;
        }

        // "X, the trade minister met Y." (the apposition's closing comma missing): no verb was found after any
        // name, yet the name opening the sentence is still its subject, likelier than a later object.
        return subject ?? opener ?? nearest;
    }

    // "..., said Jo Kim, spokesman for Mayor Ana Ruiz.": the name after a verb of saying that closes a clause or a
    // quotation is the subject of that verb, the one a pronoun in the next sentence likeliest stands for, not the
    // person named last in the apposition.
    private bool FollowsReportingVerb(EntityMention mention)
    {
        var sentence = text.SentenceAt(mention.Start);
        if (sentence is null)
        {
            return false;
        }

        var tokens = sentence.Tokens;
        var verb = IndexAtOrAfter(tokens, mention.Start) - 1;
        while (verb >= 0 && tokens[verb].IsWord && tokens[verb].IsCapitalized && IsTitleWord(tokens[verb]))
        {
            verb--;
        }

        return verb >= 1 && tokens[verb].IsWord && NameForms.IsLowerWord(tokens[verb]) && Lexicon.AttributionVerbs.Contains(tokens[verb].Text)
            && (tokens[verb - 1].IsSymbol(',') || tokens[verb - 1].IsSymbol('"'));
    }

    // A preposition right before the name, maybe before its title or role ("to Senator Jo Kim", "to the reporter Jo
    // Kim"), and no possessive after it ("with Jo Kim's help" is still about Jo Kim's doing).
    private static bool IsObjectOfPreposition(IReadOnlyList<Token> tokens, EntityMention mention)
    {
        var before = IndexAtOrAfter(tokens, mention.Start) - 1;
        while (before >= 0 && tokens[before].IsWord && (tokens[before].IsArticle || (tokens[before].IsCapitalized
            ? IsTitleWord(tokens[before])
            : Lexicon.RoleHeads.Contains(tokens[before].Text) || Lexicon.PersonNouns.Contains(tokens[before].Text))))
        {
            before--;
        }

        var after = IndexAtOrAfter(tokens, mention.End);
        return before >= 0 && NameForms.IsLowerWord(tokens[before]) && Prepositions.Contains(tokens[before].Text)
            && !(after < tokens.Count && IsPossessive(tokens[after]));
    }

    // "Senator", "Acting", "Dr": a word of a title before a name.
    private static bool IsTitleWord(Token token) =>
        Lexicon.TitleWords.Contains(token.Text) || Lexicon.TitleModifiers.Contains(token.Text) || Lexicon.Honorifics.Contains(token.Text)
        || TitleAbbreviations.IsShortTitle(token.Text);

    // The mention is the sentence's first word and not a possessor ("X's lawyer met Y").
    private bool OpensSentenceAsSubject(EntityMention mention)
    {
        var sentence = text.SentenceAt(mention.Start);
        if (sentence is null || sentence.Tokens.Count == 0)
        {
            return false;
        }

        // ("Senator Ana Ruiz met ...": a title before the name opens the sentence with it, and so does a longer
        // description that ends in a title or a role noun: "Velmorian President Ana Ruiz congratulated ...", "Velm Port
        // Authority chief Jo Kim met ...".)
        var name = IndexAtOrAfter(sentence.Tokens, mention.Start);
        if (name > 0 && !IsDescriptionOpeningSentence(sentence.Tokens, name))
        {
            return false;
        }

        var next = IndexAtOrAfter(sentence.Tokens, mention.End);
        return next >= sentence.Tokens.Count || !IsPossessive(sentence.Tokens[next]);
    }

    // The words before the name at index open the sentence and describe that name: capitalised words (no function
    // word) or lower-case role nouns and words of tenure, the last one a title or a role noun.
    private static bool IsDescriptionOpeningSentence(IReadOnlyList<Token> tokens, int name)
    {
        // ("Gov. Ana Ruiz": the period of an abbreviated title.)
        if (name >= 2 && tokens[name - 1].IsSymbol('.') && !tokens[name - 1].SpaceBefore)
        {
            name--;
        }

        var last = tokens[name - 1];
        if (!last.IsWord || !(last.IsCapitalized ? IsTitleWord(last) : Lexicon.RoleHeads.Contains(last.Text)))
        {
            return false;
        }

        for (var k = 0; k < name - 1; k++)
        {
            var token = tokens[k];
            var described = token.IsCapitalized
                ? !Lexicon.CapitalisedFunctionWords.Contains(token.Text)
                : Lexicon.RoleHeads.Contains(token.Text) || RoleParser.TenureWords.Contains(token.Text);
            // ("U.S. President": the periods of an abbreviation.)
            if (!(token.IsWord ? described : token.IsSymbol('.') && !token.SpaceBefore && k > 0))
            {
                return false;
            }
        }

        return true;
    }

    // The mention follows "while", "whereas", "but" or "and", maybe after a title: the subject of a clause joined
    // to the main one rather than one inside it.
    private bool OpensCoordinateClause(EntityMention mention)
    {
        var sentence = text.SentenceAt(mention.Start);
        if (sentence is null)
        {
            return false;
        }

        var tokens = sentence.Tokens;
        var i = IndexAtOrAfter(tokens, mention.Start) - 1;
        while (i >= 0 && tokens[i].IsCapitalized && (Lexicon.TitleWords.Contains(tokens[i].Text) || Lexicon.TitleModifiers.Contains(tokens[i].Text)))
        {
            i--;
        }

        // ("X said that while Y had tried ...": a conjunction right after "that" or a verb of saying opens a clause
        // inside the reported words, whose subject is spoken of, not one joined to the main clause.)
        return i >= 0 && (tokens[i].Is("while") || tokens[i].Is("whereas") || tokens[i].Is("but") || tokens[i].Is("and"))
            && !(i >= 1 && (tokens[i - 1].Is("that") || IsAttributionVerb(tokens[i - 1])));
    }

    // A mention followed by a verb, possibly after an apposition between commas ("X, of the council, said").
    private bool IsSubject(EntityMention mention)
    {
        var sentence = text.SentenceAt(mention.Start);
        if (sentence is null)
        {
            return false;
        }

        var tokens = sentence.Tokens;
        var i = IndexAtOrAfter(tokens, mention.End);
        if (i < tokens.Count && tokens[i].IsSymbol(','))
        {
            var close = i + 1;
            while (close < tokens.Count && !tokens[close].IsSymbol(',') && close - i < 15)
            {
                close++;
            }

            i = close + 1;
        }

        i = SkipAdverbs(tokens, SkipAffiliation(tokens, i));
        return i < tokens.Count && NameForms.IsLowerWord(tokens[i]) && !Lexicon.CapitalisedFunctionWords.Contains(tokens[i].Text) && !Prepositions.Contains(tokens[i].Text);
    }

    // "Jo Kim of the Port Authority accepted": past a name's "of" or "from" phrase of capitalised words, to its verb.
    private static int SkipAffiliation(IReadOnlyList<Token> tokens, int i)
    {
        if (i >= tokens.Count || !(tokens[i].Is("of") || tokens[i].Is("from")))
        {
            return i;
        }

        var k = i + 1;
        k += k < tokens.Count && tokens[k].Is("the") ? 1 : 0;
        var first = k;
        while (k < tokens.Count && tokens[k].IsWord && tokens[k].IsCapitalized)
        {
            k++;
        }

        return k > first ? k : i;
    }

    private bool OpensSubordinateClause(EntityMention mention)
    {
        var sentence = text.SentenceAt(mention.Start);
        if (sentence is null)
        {
            return false;
        }

        var i = IndexAtOrAfter(sentence.Tokens, mention.Start) - 1;
        return i >= 0 && sentence.Tokens[i].IsWord && RelativePronouns.Contains(sentence.Tokens[i].Text);
    }

    /// <summary>How many capitalised words an office may have after "the" ("the Deputy Prime Minister").</summary>
    private const int MaxOfficeWords = 4;

    // "the Prime Minister" ending at head: the nearest person named before whose role is that office. A bare head
    // ("the Minister") is no office of its own, as "the minister" is not the vice minister: the role must end with
    // all the office's words, and an office that is not qualified does not stand for a qualified one.
    private EntityMention? DescribedByTitle(IReadOnlyList<Token> tokens, int head)
    {
        if (head < 1 || !tokens[head].IsCapitalized || !Lexicon.TitleWords.Contains(tokens[head].Text))
        {
            return null;
        }

        var k = head - 1;
        while (k >= 0 && head - k < MaxOfficeWords && tokens[k].IsCapitalized && !tokens[k].Is("the")
            && (Lexicon.TitleModifiers.Contains(tokens[k].Text) || Lexicon.TitleWords.Contains(tokens[k].Text)))
        {
            k--;
        }

        if (k < 0 || !tokens[k].Is("the"))
        {
            return null;
        }

        return PersonHoldingOffice(tokens, k, head);
    }

    // The nearest person named before "the" at index the whose role ends with all the words after it up to head; an
    // office that is not qualified does not stand for a qualified one ("the minister" is not the vice minister).
    private EntityMention? PersonHoldingOffice(IReadOnlyList<Token> tokens, int the, int head)
    {
        var office = new System.Text.StringBuilder();
        for (var i = the + 1; i <= head; i++)
        {
            office.Append(i > the + 1 ? " " : string.Empty).Append(tokens[i].Text);
        }

        var phrase = office.ToString();
        var mentions = entities.Mentions;
        for (var i = entities.FirstMentionEndingAfter(tokens[the].Start) - 1; i >= 0; i--)
        {
            var mention = mentions[i];
            if (mention.End > tokens[the].Start || mention.Kind != EntityKind.Person)
            {
                continue;
            }

            if (mention.Record.Resolve().Role is { } role && EndsWithWord(role, phrase) && (!IsQualifiedOffice(role) || IsQualifiedOffice(phrase)))
            {
                return mention;
            }
        }

        return OnlyHolderOfCoveredOffice(phrase, tokens[the].Start);
    }

    private static NameGender GenderOf(string name)
    {
        var space = name.IndexOf(' ');
        return space > 0 ? GivenNames.GenderOf(name.Substring(0, space)) : NameGender.Unknown;
    }

    private EntityMention? OrganizationBefore(int offset)
    {
        var mentions = entities.Mentions;
        for (var i = entities.FirstMentionEndingAfter(offset) - 1; i >= 0; i--)
        {
            if (mentions[i].End <= offset && mentions[i].Kind == EntityKind.Organization)
            {
                return mentions[i];
            }
        }

        return null;
    }

    // ", who said" closing at comma: the nearest person before, when the phrase the relative clause describes is that
    // person's name or an aside after it ("led by Ana Ruiz, a professor at the institute, who said"). A phrase that goes
    // on after the name ("Ana Ruiz met union leaders, who said", "warnings from the heads of two hospitals, who said")
    // describes somebody unnamed.
    private EntityMention? PersonDescribedBeforeComma(IReadOnlyList<Token> tokens, int comma)
    {
        var person = NearestPersonBefore(tokens, comma);
        if (person is null)
        {
            return null;
        }

        var after = IndexAtOrAfter(tokens, person.End);
        return after == comma || (after < comma && tokens[after].IsSymbol(',')) ? person : null;
    }

    private EntityMention? NearestPersonBefore(IReadOnlyList<Token> tokens, int index)
    {
        var mentions = entities.Mentions;
        for (var i = entities.FirstMentionEndingAfter(tokens[index].Start) - 1; i >= 0 && mentions[i].Start >= tokens[0].Start; i--)
        {
            if (mentions[i].End <= tokens[index].Start && mentions[i].Kind == EntityKind.Person)
            {
                return mentions[i];
            }
        }

        return null;
    }

    private EntityMention? FirstPerson(IReadOnlyList<Token> tokens, bool[] insideQuote, int before)
    {
        // "Committee member Jo Kim of Ohio said": the person, not the committee named in the title.
        var actor = FirstActor(tokens, insideQuote, before, preferPerson: true);
        return actor is not null && actor.Kind == EntityKind.Person && !IsInsidePrepositionalPhrase(tokens, actor) ? actor : null;
    }

    // The first person or organisation of the clause, not a possessor ("X opposed Y's plan:").
    private EntityMention? FirstActor(IReadOnlyList<Token> tokens, bool[] insideQuote, int before, bool preferPerson = false)
    {
        // The clause starts after the last semicolon before the verb.
        var start = 0;
        for (var k = before - 1; k >= 0; k--)
        {
            if (tokens[k].IsSymbol(';') && !insideQuote[k])
            {
                start = k + 1;
                break;
            }
        }

        // "In a video posted to the network's site, Ana Ruiz said": a name in a phrase of place or means opening the
        // clause is where or how the subject spoke, when a name follows the phrase's comma; so is a name in an opening
        // subordinate clause ("After Jo Kim asked about the budget, Ana Ruiz said"), even behind an adverb ("First, after").
        var opening = start;
        if (opening + 2 < before && tokens[opening].IsWord && tokens[opening + 1].IsSymbol(',') && Adverbs.Contains(tokens[opening].Text))
        {
            opening += 2;
        }

        if (opening < before && tokens[opening].IsWord
            && (Prepositions.Contains(tokens[opening].Text) || tokens[opening].Is("on") || tokens[opening].Is("via") || SubordinateClauseOpeners.Contains(tokens[opening].Text)))
        {
            for (var k = opening + 1; k < before; k++)
            {
                if (tokens[k].IsSymbol(',') && !insideQuote[k])
                {
                    var afterPhrase = FirstActorFrom(tokens, insideQuote, k + 1, before, preferPerson);
                    if (afterPhrase is not null)
                    {
                        return afterPhrase;
                    }

                    break;
                }
            }
        }

        return FirstActorFrom(tokens, insideQuote, start, before, preferPerson);
    }

    // Conjunctions that open a subordinate clause before the main one: a name inside it is not the main clause's subject.
    private static readonly HashSet<string> SubordinateClauseOpeners = new(System.StringComparer.OrdinalIgnoreCase)
    {
        "after", "before", "when", "while", "although", "though", "because", "since", "once", "until", "whereas", "following", "during",
    };

    private EntityMention? FirstActorFrom(IReadOnlyList<Token> tokens, bool[] insideQuote, int start, int before, bool preferPerson)
    {
        EntityMention? firstActor = null;
        for (var i = start; i < before; i++)
        {
            if (insideQuote[i])
            {
                continue;
            }

            var mention = entities.MentionAt(tokens[i].Start);
            if (mention is null || mention.Kind == EntityKind.Place)
            {
                continue;
            }

            var last = LastTokenOf(tokens, i, mention);

            // "The Biden campaign criticized": a body whose name holds the person's is the actor, not the person.
            if (mention.Kind == EntityKind.Person && last + 1 < tokens.Count && entities.ActorEndingAt(tokens[last + 1].End) is { Kind: EntityKind.Organization } body
                && body.Start <= mention.Start)
            {
                mention = body;
                last++;
            }

            // ("insulted them on Twitter, calling them "...": the platform is where the words went out.)
            if ((last + 1 < tokens.Count && tokens[last + 1].Text is "'s" or "'S") || SocialPlatforms.IsMedium(tokens, i, last, mention))
            {
                continue;
            }

            if (!preferPerson || mention.Kind == EntityKind.Person)
            {
                return mention;
            }

            firstActor ??= mention;
            i = last;
        }

        return firstActor;
    }

    /// <summary>How many words ("yesterday", "also") may stand between "the latter" and its verb.</summary>
    private const int MaxWordsAfterPairReference = 2;

    // "... by the Coast Guard and the Navy, with the latter confirming": "the latter" is the name that ends right
    // before the comma, "the former" the name that ends right before the "and" joining the pair.
    private EntityMention? PairMemberBefore(IReadOnlyList<Token> tokens, int verb)
    {
        for (var k = verb - 1; k >= 3 && verb - k <= MaxWordsAfterPairReference + 1; k--)
        {
            var latter = tokens[k].Is("latter");
            if (!(latter || tokens[k].Is("former")) || !tokens[k - 1].Is("the"))
            {
                continue;
            }

            var comma = k - 2;
            if (comma >= 1 && (tokens[comma].Is("with") || tokens[comma].Is("and")))
            {
                comma--;
            }

            if (!tokens[comma].IsSymbol(','))
            {
                return null;
            }

            var second = MentionEndingAt(tokens, comma - 1);
            if (second is null || latter)
            {
                return second;
            }

            var and = IndexAtOrAfter(tokens, second.Start) - 1;
            if (and >= 1 && tokens[and].Is("the"))
            {
                and--;
            }

            return and >= 1 && tokens[and].Is("and") ? MentionEndingAt(tokens, and - 1) : null;
        }

        return null;
    }

    private EntityMention? MentionEndingAt(IReadOnlyList<Token> tokens, int index)
    {
        if (index < 0)
        {
            return null;
        }

        // "Judge Jo Kim QC said": the letters after the name are no part of it.
        return entities.ActorEndingAt(tokens[index].End)
            ?? (NameChunker.IsPostNominal(tokens, index) ? entities.ActorEndingAt(tokens[index - 1].End) : null)
            ?? MentionBeforeNameStop(tokens, index);
    }

    // "a source within the Interior Ministry said": the ministry is not the subject (but in "met with what
    // the Daily Post called" a relative pronoun opens the clause the name is the subject of); "X on Twitter
    // referred to": the platform is where X spoke, not who.
    private static bool IsInsidePrepositionalPhrase(IReadOnlyList<Token> tokens, EntityMention mention)
    {
        var i = IndexAtOrAfter(tokens, mention.Start) - 1;

        // "chair of the council Ana Ruiz wrote": an office in lower case with its field before the name is the
        // person's title, not a phrase the name is the object of ("a friend of the victim Jo Kim": a noun for a person
        // right before the name is the name's own title, so the name is the object).
        if (i >= 2 && !RoleParser.IsRoleHead(tokens[i]) && RoleParser.LowerCaseOfficeHeadBefore(tokens, i) >= 0)
        {
            return false;
        }

        // "Jo Kim, dean of UC Harbour Law School said": capitalised words the organisation's name lost at its front
        // still belong to it (a month or a capitalised preposition opening the sentence does not).
        var lostFront = 0;
        while (mention.Kind == EntityKind.Organization && i >= 1 && lostFront < MaxWordsLostFromName && tokens[i].IsWord && char.IsUpper(tokens[i].Text[0])
            && !IsPhrasePreposition(tokens[i]) && !Lexicon.CapitalisedFunctionWords.Contains(tokens[i].Text) && !Lexicon.IsMonthOrWeekdayName(tokens[i].Text))
        {
            i--;
            lostFront++;
        }

        // "of the UK's National Crime Agency": the owner before a possessive is part of the phrase.
        if (i >= 1 && tokens[i].Text is "'s" or "'S" && tokens[i - 1].IsWord && char.IsUpper(tokens[i - 1].Text[0]))
        {
            i -= 2;
        }

        var skipped = 0;
        while (i >= 0 && skipped < 3 && tokens[i].IsWord && (tokens[i].Is("the") || char.IsLower(tokens[i].Text[0])) && !IsPhrasePreposition(tokens[i])
            && !RelativePronouns.Contains(tokens[i].Text))
        {
            i--;
            skipped++;
        }

        return i >= 0 && tokens[i].IsWord && IsPhrasePreposition(tokens[i]);
    }

    /// <summary>How many capitalised words the entity reader may have left off the front of an organisation's name.</summary>
    private const int MaxWordsLostFromName = 2;

    private static bool IsPhrasePreposition(Token token) => Prepositions.Contains(token.Text) || token.Is("on") || token.Is("via");

    private static readonly HashSet<string> RelativePronouns = new(System.StringComparer.OrdinalIgnoreCase) { "what", "which", "who", "whom", "that" };

    private EntityMention? PersonAfterRole(IReadOnlyList<Token> tokens, EntityMention mention)
    {
        var i = IndexAtOrAfter(tokens, mention.End);
        // ("U.N. Secretary-General Jo Kim": the period that closes a dotted short form.)
        if (i < tokens.Count && tokens[i].IsSymbol('.') && !tokens[i].SpaceBefore)
        {
            i++;
        }

        // ("the Velm Port Authority (VPA) Director Jo Kim": the body's short form in brackets after its name.)
        if (i + 2 < tokens.Count && tokens[i].IsSymbol('(') && tokens[i + 1].IsWord && NameForms.IsAllCaps(tokens[i + 1].Text) && tokens[i + 2].IsSymbol(')'))
        {
            i += 3;
        }

        var start = i;
        // ("said Harbour County Sheriff Jo Kim": a capitalised title describes the person after it just as well.)
        while (i < tokens.Count && i - start < 3
            && (NameForms.IsLowerWord(tokens[i]) || (tokens[i].IsCapitalized && (Lexicon.TitleWords.Contains(tokens[i].Text) || Lexicon.TitleModifiers.Contains(tokens[i].Text)))
                || IsAbbreviatedRank(tokens, i)))
        {
            if (RoleParser.IsRoleHead(tokens[i]) && i + 1 < tokens.Count)
            {
                var after = GluedCompoundEnd(tokens, i) + 1;
                var person = after < tokens.Count ? entities.MentionAt(tokens[after].Start) : null;
                if (person is not null && person.Kind == EntityKind.Person)
                {
                    return person;
                }

                // ("Eni chief executive Jo Kim", "PTI Chairman Barrister Jo Kim", "army spokesman Maj. Gen. Jo Kim": a
                // role of two words, or a courtesy title or rank after the role, still describes the person after them.)
                var next = RoleWordsEnd(tokens, after);
                if (next == after)
                {
                    return null;
                }

                person = next < tokens.Count ? entities.MentionAt(tokens[next].Start) : null;
                return person is not null && person.Kind == EntityKind.Person && person.Start == tokens[next].Start ? person : null;
            }

            // ("Coast Guard Capt. Jo Kim", "county fire Lt. Jo Kim": an abbreviated rank and its full stop, which no role
            // head precedes, describe the person right after them as the full word would.)
            if (IsAbbreviatedRank(tokens, i))
            {
                var named = RoleWordsEnd(tokens, i);
                var ranked = named < tokens.Count ? entities.MentionAt(tokens[named].Start) : null;
                return ranked is { Kind: EntityKind.Person } && ranked.Start == tokens[named].Start ? ranked : null;
            }

            i++;
        }

        // ("NUM Local 52 regional organiser Jo Kim said": a branch, and lower-case words the role list lacks, still
        // describe the person right after them.)
        var described = PersonAfterDescribingWords(tokens, start);
        if (described < 0)
        {
            // ("said House Energy and Commerce Chairman Jo Kim": the rest of the body's name, cut at "and", then the office.)
            described = PersonAfterCapitalisedOffice(tokens, start);
        }

        return described >= 0 ? entities.MentionAt(tokens[described].Start) : null;
    }

    // "Capt." or "Lt.": a capitalised short title and the full stop glued to it.
    private static bool IsAbbreviatedRank(IReadOnlyList<Token> tokens, int i) =>
        tokens[i].IsCapitalized && TitleAbbreviations.IsShortTitle(tokens[i].Text) && i + 1 < tokens.Count && tokens[i + 1].IsSymbol('.') && !tokens[i + 1].SpaceBefore;

    /// <summary>How many words of a role, title or rank may follow a role's head before the name.</summary>
    private const int MaxRoleWordsAfterHead = 3;

    // The index after the role heads and words of a title (courtesy titles, abbreviated ranks with their full stop)
    // that open at start: "executive" of "chief executive", "Barrister", "Maj. Gen.". Start itself when none opens there.
    private static int RoleWordsEnd(IReadOnlyList<Token> tokens, int start)
    {
        var k = start;
        while (k < tokens.Count && k - start < MaxRoleWordsAfterHead * 2 && tokens[k].IsWord
            && (RoleParser.IsRoleHead(tokens[k]) || IsTitleWord(tokens[k])))
        {
            k++;
            if (k < tokens.Count && tokens[k].IsSymbol('.') && !tokens[k].SpaceBefore && TitleAbbreviations.IsShortTitle(tokens[k - 1].Text))
            {
                k++;
            }
        }

        return k;
    }

    // The last word of a compound joined by glued hyphens that opens at i ("Secretary-General", "Director-General"), or i.
    private static int GluedCompoundEnd(IReadOnlyList<Token> tokens, int i)
    {
        while (i + 2 < tokens.Count && RoleParser.IsGluedHyphen(tokens, i + 1) && tokens[i + 2].IsWord)
        {
            i += 2;
        }

        return i;
    }

    // "NASA paused its broadcast. It also thanked him, noting "...": "it" as a subject stands for the organisation named
    // last before it in its sentence, or else the one that opens the sentence before it in the paragraph. The "it" of
    // "It was a long night" stands for nothing, and neither does an "it" after a sentence that opens with a person.
    private EntityMention? OrganizationForIt(Token pronoun, int depth = 0)
    {
        var sentence = text.SentenceAt(pronoun.Start);
        if (sentence is null || !IsActingIt(sentence.Tokens, IndexAtOrAfter(sentence.Tokens, pronoun.Start)))
        {
            return null;
        }

        // ("After Harbour Bank lost, it said", "a statement in which it called": a body named earlier in the same sentence.)
        for (var i = entities.FirstMentionEndingAfter(pronoun.Start) - 1; i >= 0 && entities.Mentions[i].Start >= sentence.Start; i--)
        {
            var mention = entities.Mentions[i];
            if (mention.Kind == EntityKind.Organization && mention.End <= pronoun.Start && !IsQuoted(mention.Start))
            {
                return mention;
            }
        }

        // (News copy gives each sentence a paragraph: the sentence before may close the paragraph before.)
        var before = sentence.Index > 0 ? text.Sentences[sentence.Index - 1] : null;
        if (before is null || before.Tokens.Count < 2)
        {
            return null;
        }

        // ("The ministry has, in a statement, called on": a name opening the sentence is its subject past an aside too.)
        var subject = ActorSubjectOfSentence(before) ?? entities.MentionAt(before.Tokens[before.Tokens[0].Is("the") ? 1 : 0].Start);
        if (subject is null)
        {
            return BodyTakenUpBefore(before, depth);
        }

        return subject.Kind == EntityKind.Organization ? subject : null;
    }

    // "it" that does something ("It urged"), not the "it" of "It was a long night" or "it is clear".
    private static bool IsActingIt(IReadOnlyList<Token> tokens, int index) =>
        index < tokens.Count && tokens[index].Is("it")
        && !(index + 1 < tokens.Count && (tokens[index + 1].Is("is") || tokens[index + 1].Is("was") || tokens[index + 1].Is("'s")));

    // "He then met the director and said", "She continued by noting that": a sentence opening with "he" or
    // "she" has that person as the subject of every verb of its main clause.
    private EntityMention? OpeningPronounSubject(IReadOnlyList<Token> tokens) =>
        IsPronoun(tokens, 0) ? PersonBefore(tokens[0].Start, tokens[0]) : null;

    /// <summary>How many words may stand between a verb of saying and the comma before a participle ("told reporters,").</summary>
    private const int MaxObjectWordsBeforeParticiple = 2;

    // ""...," she said, urging the family to stay "..."", "Three of the victims were children, Mayor Ana Ruiz said,
    // calling the crash "..."": a participle right after a reporting clause shares its subject, a person named right
    // before the verb or the one "he" or "she" stands for, whatever opens the sentence.
    private EntityMention? SubjectOfReportingClauseBefore(IReadOnlyList<Token> tokens, int participle)
    {
        if (participle < 3 || !tokens[participle - 1].IsSymbol(','))
        {
            return null;
        }

        for (var verb = participle - 2; verb >= 1 && participle - 2 - verb <= MaxObjectWordsBeforeParticiple && tokens[verb].IsWord; verb--)
        {
            if (IsAttributionVerb(tokens[verb]))
            {
                return IsPronoun(tokens, verb - 1) ? PersonBefore(tokens[verb - 1].Start, tokens[verb - 1])
                    : MentionEndingAt(tokens, verb - 1) is { Kind: EntityKind.Person } person ? person : null;
            }
        }

        return null;
    }

    // "Cardinal Ana Ruiz of the Holy Office said", "Jo Kim from the opposition camp said": the person opening
    // the sentence, before a short phrase saying where they belong. A person named inside the phrase ("a friend
    // of Jo Kim from the club said") does not open the sentence, so is not taken.
    private EntityMention? PersonBeforeAffiliationPhrase(IReadOnlyList<Token> tokens, int last)
    {
        const int MaxPhraseLength = 8;
        for (var k = last; k >= 1 && last - k < MaxPhraseLength && (tokens[k].IsWord || (tokens[k].IsSymbol('-') && !tokens[k].SpaceBefore)); k--)
        {
            if (!(tokens[k].Is("of") || tokens[k].Is("from") || tokens[k].Is("at")))
            {
                continue;
            }

            var person = MentionEndingAt(tokens, k - 1);
            if (person is null || person.Kind != EntityKind.Person)
            {
                return null;
            }

            var i = IndexAtOrAfter(tokens, person.Start) - 1;
            while (i >= 0 && tokens[i].IsWord && char.IsUpper(tokens[i].Text[0]) && !tokens[i].Is("the"))
            {
                i--;
            }

            return i < 0 ? person : null;
        }

        return null;
    }

    /// <summary>How many lower-case words a description opening a sentence may have before its role noun.</summary>
    private const int MaxOpeningDescriptionWords = 3;

    // "The police chief said", "The acting minister told", "On Monday, the minister said": the index of the role noun
    // of a definite description of a person that opens the sentence as the subject of a verb of saying, or -1.
    private static int OpeningPersonDescription(IReadOnlyList<Token> tokens)
    {
        var the = OpeningPhraseEnd(tokens);
        if (tokens.Count < the + 3 || !tokens[the].Is("the"))
        {
            return -1;
        }

        for (var k = the + 1; k < tokens.Count - 1 && k <= the + MaxOpeningDescriptionWords + 1; k++)
        {
            if (!tokens[k].IsWord || !NameForms.IsLowerWord(tokens[k]))
            {
                return -1;
            }

            var verb = SkipAdverbs(tokens, k + 1);
            if (Lexicon.RoleHeads.Contains(tokens[k].Text) && IsAttributionVerb(tokens[verb < tokens.Count ? verb : k]))
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>How many words a phrase of time or a conjunction opening a sentence may have before its subject.</summary>
    private const int MaxOpeningPhraseWords = 4;

    // Where the subject of the sentence starts after an opening "But", "And" or "Yet" and a short phrase closed by a
    // comma ("But on Monday, the minister said", "Later, the minister said"), or 0. A name in the phrase or a phrase
    // with no comma leaves the sentence as it is.
    private static int OpeningPhraseEnd(IReadOnlyList<Token> tokens)
    {
        var start = tokens.Count > 0 && (tokens[0].Is("but") || tokens[0].Is("and") || tokens[0].Is("yet")) ? 1 : 0;
        if (start < tokens.Count && tokens[start].Is("the"))
        {
            return start;
        }

        for (var k = start; k < tokens.Count && k - start <= MaxOpeningPhraseWords; k++)
        {
            if (tokens[k].IsSymbol(','))
            {
                return k > start ? k + 1 : 0;
            }

            if (!(tokens[k].IsWord || tokens[k].IsNumber) || (k > 0 && tokens[k].IsCapitalized && !Lexicon.IsMonthOrWeekdayName(tokens[k].Text)))
            {
                return 0;
            }
        }

        return 0;
    }

    // The sentence and its role noun of the description opening the sentence before the pronoun's, or the one before a run of
    // sentences between that open with the same pronoun (at most MaxPronounChain of them), when the person found for
    // the pronoun is named before it, or after the description's verb of saying in its own sentence ("The judge said
    // Ana Ruiz is not the first to be convicted. "...," he said.": Ana Ruiz is spoken of in the judge's words); or null.
    private (IReadOnlyList<Token> Tokens, int Noun)? DescriptionBeforePronounChain(int pronounSentence, EntityMention person, Token pronoun)
    {
        var personSentence = person.SentenceIndex;
        for (var j = pronounSentence - 1; j >= 0 && j >= personSentence && pronounSentence - j <= MaxPronounChain + 1; j--)
        {
            var tokens = text.Sentences[j].Tokens;
            var noun = OpeningPersonDescription(tokens);
            if (noun >= 0 && (j > personSentence || IndexAtOrAfter(tokens, person.Start) > SkipAdverbs(tokens, noun + 1)))
            {
                return (tokens, noun);
            }

            if (j == personSentence)
            {
                return null;
            }

            if (tokens.Count == 0 || !tokens[0].Is(pronoun.Text))
            {
                return null;
            }
        }

        return null;
    }

    // The nearest person named before the description whose role ends with all its words ("the health minister": a
    // role ending in "health minister", not "deputy health minister"); null for a bare noun or when nobody's role does.
    private EntityMention? DescribedInFull(IReadOnlyList<Token> tokens, int noun)
    {
        var the = noun - 1;
        while (the >= 0 && !tokens[the].Is("the"))
        {
            the--;
        }

        return the < 0 || noun - the < 2 ? null : PersonHoldingOffice(tokens, the, noun);
    }
}
