using System.Collections.Generic;
using FactsGenerator.Extraction.Entities;
using FactsGenerator.Extraction.Gazetteer;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Quotes;

/// <summary>
/// Attributions without a verb of saying next to the quote: a clause that introduces it with a colon,
/// semicolon or comma ("X spoke on the radio, "..."") and an "according to" phrase before or after it.
/// </summary>
internal sealed partial class SpeakerResolver
{
    /// <summary>How many words a definite description ("the three-judge court") may have before its noun.</summary>
    private const int MaxDescriptionWords = 4;

    // The index of "according" in an "according to" phrase before the quote; phraseEnd is its last token
    // (the one before its comma, or before the quote).
    private static int AccordingPhraseBefore(IReadOnlyList<Token> tokens, bool[] insideQuote, int open, out int phraseEnd)
    {
        phraseEnd = -1;
        for (var a = open - 2; a >= 1; a--)
        {
            if (insideQuote[a] || !tokens[a].Is("to") || !tokens[a - 1].Is("according"))
            {
                continue;
            }

            phraseEnd = a;
            while (phraseEnd + 1 < open && !tokens[phraseEnd + 1].IsSymbol(',') && !insideQuote[phraseEnd + 1])
            {
                phraseEnd++;
            }

            return a - 1;
        }

        return -1;
    }

    // The "according" of an "according to" phrase after the quotation in the same clause (no other quotation, semicolon
    // or colon between), or -1.
    private static int AccordingPhraseAfter(IReadOnlyList<Token> tokens, bool[] insideQuote, int start)
    {
        for (var a = start; a + 1 < tokens.Count; a++)
        {
            if (insideQuote[a] || tokens[a].IsSymbol('"') || tokens[a].IsSymbol(';') || tokens[a].IsSymbol(':'))
            {
                return -1;
            }

            if (tokens[a].Is("according") && tokens[a + 1].Is("to"))
            {
                return a;
            }
        }

        return -1;
    }

    // "according to Jo Kim", "according to a tweet by Jo Kim", "according to a statement from the ministry".
    private EntityMention? AccordingSource(IReadOnlyList<Token> tokens, bool[] insideQuote, int according) =>
        Actor(tokens, according + 2) ?? AuthorOfCitedDocument(tokens, insideQuote, according + 2) ?? BodyOwningCitedDocument(tokens, according + 2);

    // "According to their statement, the union had "..."": "its" or "their" document is the body the clause after
    // the phrase opens with, or else the one the sentence before opens with.
    private EntityMention? BodyOwningCitedDocument(IReadOnlyList<Token> tokens, int start)
    {
        if (start >= tokens.Count || !(tokens[start].Is("its") || tokens[start].Is("their")))
        {
            return null;
        }

        var afterNoun = -1;
        for (var k = start + 1; k < tokens.Count && k - start <= MaxDocumentModifiers + 1 && tokens[k].IsWord; k++)
        {
            // ("its press release": the noun may take two words.)
            if (DocumentNouns.Contains(tokens[k].Text))
            {
                afterNoun = k + 1 < tokens.Count && tokens[k + 1].IsWord && DocumentNouns.Contains(tokens[k + 1].Text) ? k + 2 : k + 1;
                break;
            }
        }

        if (afterNoun < 0 || afterNoun >= tokens.Count)
        {
            return null;
        }

        var opening = afterNoun + 1 < tokens.Count && tokens[afterNoun + 1].Is("the") ? afterNoun + 2 : afterNoun + 1;
        var body = tokens[afterNoun].IsSymbol(',') && opening < tokens.Count ? entities.MentionAt(tokens[opening].Start) : null;
        body = body is { Kind: EntityKind.Organization } ? body : SubjectOfPreviousSentence(tokens[start].Start);
        return body is { Kind: EntityKind.Organization } ? body : null;
    }

    // "Senator Ana Ruiz spoke on the radio, "We ..."", "The board's summary concluded: "...".": the subject
    // of the clause that ends with the punctuation before the quote. A comma only introduces a quoted
    // sentence (capitalised), and the subject must open the clause.
    private EntityMention? IntroducedBy(IReadOnlyList<Token> tokens, bool[] insideQuote, int open, Quotation quote, int clauseStart)
    {
        if (open < 2 || open > tokens.Count || insideQuote[open - 1])
        {
            return null;
        }

        var mark = tokens[open - 1];
        if (IsVerbBeforeObject(mark) && !StartsWithCapital(quote))
        {
            // "X was named "coach of the year"": the words are someone else's.
            if (IsPassive(tokens, open - 1))
            {
                return null;
            }

            // "Ana Ruiz thanked "the crews who worked all night"": the quote is the object of the subject's verb.
            var clause = ClauseStart(tokens, insideQuote, open - 1, clauseStart);
            return ClauseSubject(tokens, clause, open);
        }

        if (mark.IsSymbol(':'))
        {
            var clause = ClauseStart(tokens, insideQuote, open - 1, clauseStart);
            // ("The board issued a statement agreeing the matter should be decided by Parliament: "..."": the agent of a
            // passive is no one announcing the quotation.)
            var firstActor = FirstActor(tokens, insideQuote, open - 1);
            firstActor = firstActor is not null && IsByAgent(tokens, firstActor) ? null : firstActor;
            return SenderOfDocument(tokens, insideQuote, open - 1) ?? PronounOpeningClause(tokens, clause, open - 1) ?? firstActor ?? SpokespersonsBody(tokens, clause) ?? DescribedSubject(tokens, clause);
        }

        if (!(mark.IsSymbol(',') || mark.IsSymbol(';')) || !StartsWithCapital(quote))
        {
            return null;
        }

        var start = ClauseStart(tokens, insideQuote, open - 1, clauseStart);
        if (tokens[start].IsSymbol(','))
        {
            start++;
        }

        if (start >= open - 2)
        {
            return null;
        }

        return SpokespersonsBody(tokens, start) ?? ClauseSubject(tokens, start, open - 1) ?? DescribedSubject(tokens, start);
    }

    // After the last semicolon (outside quotes) before the mark, or at the given start.
    private static int ClauseStart(IReadOnlyList<Token> tokens, bool[] insideQuote, int mark, int start)
    {
        for (var k = mark - 1; k >= start; k--)
        {
            if (insideQuote[k] || tokens[k].IsSymbol('"'))
            {
                // Another quotation in the clause: its own attribution governs the words before it.
                return mark;
            }

            if (tokens[k].IsSymbol(';'))
            {
                return k + 1;
            }
        }

        return start;
    }

    /// <summary>
    /// The person a sentence is about, when it opens with them ("Ana Ruiz recalled ...", "Nervous at first, she
    /// left ..."): a quotation standing alone after it is usually theirs.
    /// </summary>
    public EntityMention? SubjectOfSentence(Sentence sentence)
    {
        var subject = ActorOpening(sentence);
        return subject is not null && subject.Kind == EntityKind.Person ? subject : null;
    }

    /// <summary>The person or organisation a sentence opens with as its subject ("The ministry urged ...").</summary>
    public EntityMention? ActorSubjectOfSentence(Sentence sentence)
    {
        var subject = ActorOpening(sentence);
        return subject is not null && (subject.Kind == EntityKind.Person || subject.Kind == EntityKind.Organization) ? subject : null;
    }

    private EntityMention? ActorOpening(Sentence sentence)
    {
        var tokens = sentence.Tokens;
        var subject = ClauseSubject(tokens, 0, tokens.Count);
        if (subject is null)
        {
            // "Unhappy with the part, she left the show": after an opening phrase that names nobody.
            const int MaxOpeningPhrase = 8;
            for (var k = 1; k < tokens.Count && k <= MaxOpeningPhrase; k++)
            {
                if (tokens[k].IsSymbol(','))
                {
                    subject = entities.MentionsWithin(tokens[0].Start, tokens[k].Start).GetEnumerator().MoveNext() ? null : ClauseSubject(tokens, k + 1, tokens.Count);
                    break;
                }
            }
        }

        return subject ?? ReportingClauseSpeaker(tokens);
    }

    /// <summary>
    /// The only person a sentence names (however often), or null when it names none, several, or a body too
    /// ("Police arrested Jo Kim." does not make Jo Kim the speaker of what follows).
    /// </summary>
    public EntityMention? SolePersonOf(Sentence sentence)
    {
        EntityMention? sole = null;
        foreach (var mention in entities.MentionsWithin(sentence.Start, sentence.End))
        {
            if (mention.Kind == EntityKind.Organization)
            {
                return null;
            }

            if (mention.Kind != EntityKind.Person)
            {
                continue;
            }

            if (sole is not null && mention.Record.Resolve() != sole.Record.Resolve())
            {
                return null;
            }

            sole ??= mention;
        }

        return sole;
    }

    // "The winds made the crossing hard, Ana Ruiz said, adding ...": reported speech with its reporting
    // clause set off by commas; a quotation standing alone after it goes on with the same speaker.
    private EntityMention? ReportingClauseSpeaker(IReadOnlyList<Token> tokens)
    {
        var mask = new bool[tokens.Count];
        for (var k = 1; k < tokens.Count; k++)
        {
            if (tokens[k].IsSymbol('"'))
            {
                return null;
            }
        }

        for (var k = 1; k < tokens.Count; k++)
        {
            if (!tokens[k].IsSymbol(','))
            {
                continue;
            }

            var speaker = AttributionAfter(tokens, mask, k, out var decided, out var verb);
            if (decided && speaker is not null && EndsClauseAfterTime(tokens, verb))
            {
                return speaker;
            }
        }

        return null;
    }

    // The actor opening the clause ("Senator Ana Ruiz", "Ruiz, also on the radio,"), followed by a verb.
    private EntityMention? ClauseSubject(IReadOnlyList<Token> tokens, int start, int end)
    {
        var last = ActorEndFrom(tokens, start, out var actor, out var pronoun);

        // "The Chilean government issued a statement ...: "..."": a country's government is a subject too.
        if (GovernmentStartingAt(tokens, start, out var governmentLast) is { } government)
        {
            (last, actor, pronoun) = (governmentLast, government, false);
        }

        if (last < 0 || last + 1 >= end || actor is null && !pronoun)
        {
            return null;
        }

        // The verb follows the subject, maybe after an aside between commas or an adverb ("The mayor, Ana
        // Ruiz, thanked": the comma closes the apposition the subject was found in).
        var v = last + 1;
        if (tokens[v].IsSymbol('('))
        {
            // "Comic artist Ana Ruiz (Night Owls, Paper Moon) told": the parenthesis describes the subject.
            while (v < end && !tokens[v].IsSymbol(')'))
            {
                v++;
            }

            v++;
        }

        if (v >= end)
        {
            return null;
        }

        // (but "Ana Ruiz, who was mayor until May, also criticised": the relative clause is an aside).
        if (tokens[v].IsSymbol(',') && v + 1 < end && NameForms.IsLowerWord(tokens[v + 1]) && !Adverbs.Contains(tokens[v + 1].Text)
            && !Lexicon.CapitalisedFunctionWords.Contains(tokens[v + 1].Text) && !RelativePronouns.Contains(tokens[v + 1].Text))
        {
            v++;
        }
        else if (tokens[v].IsSymbol(','))
        {
            v++;
            while (v < end && !tokens[v].IsSymbol(','))
            {
                v++;
            }

            v++;
        }

        while (v < end && tokens[v].IsWord && Adverbs.Contains(tokens[v].Text))
        {
            v++;
        }

        if (v >= end || !NameForms.IsLowerWord(tokens[v]) || Prepositions.Contains(tokens[v].Text) || Lexicon.CapitalisedFunctionWords.Contains(tokens[v].Text))
        {
            return null;
        }

        return pronoun ? PersonBefore(tokens[start].Start, tokens[start]) : actor;
    }

    // "a spokesman for the Transport Ministry": the body speaks through its spokesperson.
    private EntityMention? SpokespersonsBody(IReadOnlyList<Token> tokens, int start)
    {
        var p = start;
        if (p < tokens.Count && tokens[p].IsArticle)
        {
            p++;
        }

        if (p + 2 >= tokens.Count || !IsSpokesperson(tokens[p]) || !(tokens[p + 1].Is("for") || tokens[p + 1].Is("of")))
        {
            return null;
        }

        var q = tokens[p + 2].Is("the") && p + 3 < tokens.Count ? p + 3 : p + 2;
        var body = entities.MentionAt(tokens[q].Start);

        // "a spokesman for the firm": the body named before that the description stands for.
        if (body is null && q == p + 3 && NameForms.IsLowerWord(tokens[q]) && (q + 1 >= tokens.Count || !tokens[q + 1].IsWord || !NameForms.IsLowerWord(tokens[q + 1]) || IsAttributionVerb(tokens[q + 1])))
        {
            body = Described(tokens[q]);
        }

        return body is not null && body.Kind == EntityKind.Organization ? body : null;
    }

    private static bool IsVerbBeforeObject(Token token) =>
        NameForms.IsLowerWord(token) && !Prepositions.Contains(token.Text) && !Lexicon.CapitalisedFunctionWords.Contains(token.Text)
        && (token.Text.EndsWith("ed", System.StringComparison.Ordinal) || (token.Text.EndsWith("es", System.StringComparison.Ordinal) && !token.Text.EndsWith("ies", System.StringComparison.Ordinal)));

    private static bool IsSpokesperson(Token token) =>
        token.Is("spokesman") || token.Is("spokeswoman") || token.Is("spokesperson") || token.Is("spokeman");

    // "The court's summary concluded", "the three-judge court found": a definite description of a body or
    // person named before ("the court" for the Court of Appeal, "the minister" for the minister named).
    private EntityMention? DescribedSubject(IReadOnlyList<Token> tokens, int start)
    {
        if (start >= tokens.Count || !tokens[start].Is("the"))
        {
            return null;
        }

        var noun = -1;
        for (var k = start + 1; k < tokens.Count && k - start <= MaxDescriptionWords; k++)
        {
            if (NameForms.IsLowerWord(tokens[k]))
            {
                noun = k;
                continue;
            }

            // ("The Department put out a notice": a body's head word taken up alone.)
            if (k == start + 1 && IsCapitalisedBodyHead(tokens, k))
            {
                noun = k;
                break;
            }

            if (!(tokens[k].IsSymbol('-') && !tokens[k].SpaceBefore) && !tokens[k].IsNumber)
            {
                break;
            }
        }

        return noun < 0 ? null : Described(tokens[noun]);
    }

    // The nearest body named before whose name holds the noun, or the nearest person whose office ends with it.
    private EntityMention? Described(Token noun) => Described(noun, noun.Start);

    // The description's antecedent, named before the offset.
    private EntityMention? Described(Token noun, int before)
    {
        if (Lexicon.CapitalisedFunctionWords.Contains(noun.Text) || noun.Text.Length < 4)
        {
            return null;
        }

        // ("Aid group Harbour Relief said ... The organisation said": the body the sentence before opens with.)
        if (IsGenericBodyNoun(noun) && BodyOpeningSentenceBefore(before) is { } opening)
        {
            return opening;
        }

        var mentions = entities.Mentions;
        for (var i = entities.FirstMentionEndingAfter(before) - 1; i >= 0; i--)
        {
            var mention = mentions[i];
            if (mention.End > before)
            {
                continue;
            }

            var record = mention.Record.Resolve();
            if ((mention.Kind == EntityKind.Organization && (HasWord(record.Name, noun.Text) || HasNameWordOfKind(record.Name, noun) || IsIntroducedAs(mention, noun)))
                || (mention.Kind == EntityKind.Person && record.Role is { } role && EndsWithWord(role, noun.Text) && !IsQualifiedOffice(role)))
            {
                return mention;
            }
        }

        // ("Prime Minister Ana Ruiz ... the premier said": another word for the office.)
        if (OnlyHolderOfCoveredOffice(noun.Text, before) is { } holder)
        {
            return holder;
        }

        // ("The Velm Relief Institute said Thursday ... "...," the agency said": a body no name word gives away.)
        if (IsBodyKindNoun(noun) && BodyOpeningSentenceBefore(before) is { } reporting)
        {
            return reporting;
        }

        return IsCompanyNoun(noun) ? RecentOrganizationBefore(before) : null;
    }

    // "indie band Glasshouse Lane ... the band said": the noun was written right before the body's name.
    private bool IsIntroducedAs(EntityMention mention, Token noun)
    {
        var normalized = text.Normalized;
        var end = mention.Start;
        while (end > 0 && normalized[end - 1] == ' ')
        {
            end--;
        }

        var start = end;
        while (start > 0 && char.IsLetter(normalized[start - 1]))
        {
            start--;
        }

        return end - start == noun.Text.Length && string.Compare(normalized, start, noun.Text, 0, noun.Text.Length, System.StringComparison.OrdinalIgnoreCase) == 0;
    }

    // "the airline" for "Northwind Airways", "the carmaker" for "Velm Motors": a kind of business its name tells by
    // another word than the noun.
    private static bool HasNameWordOfKind(string name, Token noun)
    {
        if (noun.Is("airline") || noun.Is("carrier"))
        {
            // ("Skyair", one brand word glued to its kind.)
            return (name.IndexOf(' ') < 0 && name.Length > 5 && name.EndsWith("air", System.StringComparison.Ordinal)) || HasAnyWord(name, AirlineNameWords);
        }

        // "the military" for "the Velmorian army"; "the force" for "Velm Police" (a police force, as British and
        // wire copy call it on second reference: "The force said ...").
        // The word must head the name, as "Velm Army", "Army of Velm" or "Velm Police Service" (not "Navy Federal Credit
        // Union", "Police Federation"): a charity, a union or a credit union often holds the word as a modifier. An army
        // is no ordinary word's either ("Salvation Army"), where a police force may be ("Metropolitan Police").
        if (noun.Is("military"))
        {
            return IsHeadedBy(name, ArmedForcesNameWords, ArmedForcesTails, qualifierMustBeNamed: true);
        }

        if (noun.Is("force"))
        {
            return IsHeadedBy(name, PoliceNameWords, PoliceTails, qualifierMustBeNamed: false);
        }

        return (noun.Is("carmaker") || noun.Is("automaker")) && HasAnyWord(name, CarmakerNameWords);
    }

    private static bool HasAnyWord(string name, string[] words)
    {
        foreach (var word in words)
        {
            if (HasWord(name, word))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] AirlineNameWords = { "Airways", "Airlines", "Airline", "Air", "Aer" };
    private static readonly string[] CarmakerNameWords = { "Motors", "Motor", "Automotive", "Automobiles" };
    private static readonly HashSet<string> ArmedForcesNameWords = Lexicon.Set("Army Navy Military Armed");
    private static readonly HashSet<string> PoliceNameWords = Lexicon.Set("Police Constabulary");

    // Words that may follow the kind word in a name it still heads ("Velm Armed Forces", "Velm Police Service").
    private static readonly HashSet<string> ArmedForcesTails = Lexicon.Set("Forces Force");
    private static readonly HashSet<string> PoliceTails = Lexicon.Set("Service Force Department");

    // "Velm Army", "Army of Velm", "Velm Police Service", "Police Scotland": one of the words, followed by nothing, by
    // "of", by one tail word or by a place; where the qualifier must be named, the word before it is no ordinary English
    // word unless a country's, a demonym or a level word ("Royal Navy", "Corvan army"; not "Salvation Army").
    private static bool IsHeadedBy(string name, HashSet<string> kindWords, HashSet<string> tails, bool qualifierMustBeNamed)
    {
        var words = name.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            if (!kindWords.Contains(words[i]))
            {
                continue;
            }

            var rest = words.Length - i - 1;
            var headed = rest == 0 || words[i + 1] == "of"
                || rest == 1 && (tails.Contains(words[i + 1]) || PlaceGazetteer.Instance.TryFind(words[i + 1], out _));
            var before = i == 0 ? null : words[i - 1];
            var qualified = qualifierMustBeNamed && before is not null && EnglishWords.IsOrdinaryWord(before) && !NameForms.IsCountryOrDemonym(before)
                && !DocumentEntityReader.LevelWords.Contains(before);
            return headed && !qualified;
        }

        return false;
    }

    /// <summary>How many sentences back "the company" may look for the business it stands for.</summary>
    private const int MaxCompanyAntecedentSentences = 3;

    // "company" and "firm" stand for whatever business was named just before, whatever its name holds.
    private static bool IsCompanyNoun(Token noun) => noun.Is("company") || noun.Is("firm");

    // The nearest organisation named in the last few sentences: "the company" does not reach back past them.
    private EntityMention? RecentOrganizationBefore(int offset)
    {
        var organization = OrganizationBefore(offset);
        var here = text.SentenceAt(offset);
        var there = organization is null ? null : text.SentenceAt(organization.Start);
        return here is not null && there is not null && here.Index - there.Index <= MaxCompanyAntecedentSentences ? organization : null;
    }

    // "the president" is not the vice president, nor a former one.
    private static bool IsQualifiedOffice(string role) =>
        HasWord(role, "vice") || HasWord(role, "deputy") || HasWord(role, "former") || HasWord(role, "assistant") || role.IndexOf('-') >= 0;

    private static bool HasWord(string name, string word)
    {
        var at = 0;
        while ((at = name.IndexOf(word, at, System.StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            var end = at + word.Length;
            if ((at == 0 || name[at - 1] == ' ') && (end == name.Length || name[end] == ' '))
            {
                return true;
            }

            at = end;
        }

        return false;
    }

    private static bool EndsWithWord(string phrase, string word) =>
        phrase.EndsWith(word, System.StringComparison.OrdinalIgnoreCase) && (phrase.Length == word.Length || phrase[phrase.Length - word.Length - 1] == ' ');

    private bool StartsWithCapital(Quotation quote)
    {
        for (var i = quote.Start; i < quote.End; i++)
        {
            var c = text.Normalized[i];
            if (char.IsLetter(c))
            {
                return char.IsUpper(c);
            }

            if (char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }
}
