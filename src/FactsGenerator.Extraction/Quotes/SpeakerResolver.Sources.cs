using System.Collections.Generic;
using FactsGenerator.Extraction.Entities;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Quotes;

/// <summary>
/// Speakers named in less common shapes: the verb opening the sentence ("Added the minister, "...""), a saying
/// someone else coined ("in the words of X", "as X put it", "the X quote that"), a pronoun subject before a
/// colon, a document standing for whoever wrote it ("her tweet read", "the post said"), and a surname that is
/// also a common word ("Day said") once the full name is known.
/// </summary>
internal sealed partial class SpeakerResolver
{
    /// <summary>How many sentences back a document's author may be named ("X posted ... The post said").</summary>
    private const int MaxSentencesToAuthor = 3;

    // Nouns for a saying someone coined, cited by someone else ("citing the X quote that").
    private static readonly HashSet<string> SayingNouns = new(System.StringComparer.OrdinalIgnoreCase)
    {
        "quote", "quotation", "saying", "adage", "maxim", "motto", "dictum",
    };

    // Verbs that make a document ("X posted an invitation"): the document's words are then X's.
    private static readonly HashSet<string> CreationVerbs = new(System.StringComparer.Ordinal)
    {
        "posted", "published", "wrote", "tweeted", "issued", "released", "shared", "uploaded", "created", "sent", "circulated",
    };

    // "Remarked ecologist Ana Ruiz, "..."", "Said the minister, "..."", "Added Ruiz: "..."": a verb of saying
    // opening the sentence, inverted with its subject. A name that looks like a verb ("Said Karimov") is a mention.
    private EntityMention? VerbOpeningSentence(IReadOnlyList<Token> tokens, bool[] insideQuote, int open)
    {
        var named = open < 3 || open > tokens.Count ? null : entities.MentionAt(tokens[0].Start);
        if (open < 3 || open > tokens.Count || !tokens[0].IsCapitalized || (named is not null && named.Kind != EntityKind.Place)
            || !(tokens[open - 1].IsSymbol(',') || tokens[open - 1].IsSymbol(':')))
        {
            return null;
        }

        var verb = tokens[0].Text.ToLowerInvariant();
        if (!(Lexicon.AttributionVerbs.Contains(verb) || MoreSpeechVerbs.Contains(verb)) || verb.EndsWith("ing", System.StringComparison.Ordinal))
        {
            return null;
        }

        for (var k = 1; k < open; k++)
        {
            if (insideQuote[k] || tokens[k].IsSymbol('"'))
            {
                return null;
            }
        }

        var actorEnd = ActorEndFrom(tokens, 1, out var actor, out var pronoun);
        if (actorEnd >= 0 && actorEnd < open)
        {
            return pronoun ? PersonBefore(tokens[1].Start, tokens[1]) : actor;
        }

        // "Added Ruiz:": the capitalised verb before the surname is no part of a name.
        if (open == 3 && tokens[1].IsCapitalized)
        {
            return KnownShortName(tokens, 1, afterOpeningWord: true);
        }

        // "Wrote the commission in its report,": the noun before the phrase of place or manner.
        if (!tokens[1].Is("the"))
        {
            return null;
        }

        var noun = -1;
        for (var k = 2; k < open && k - 1 <= MaxDescriptionWords && NameForms.IsLowerWord(tokens[k]) && !IsPhrasePreposition(tokens[k]); k++)
        {
            noun = k;
        }

        return noun < 0 ? null : Described(tokens[noun]);
    }

    // "in the words of Ana Ruiz, "..."", "citing the Ana Ruiz quote that "..."", "a saying of Ana Ruiz: "...": the
    // person who coined the words, not the one citing them.
    private EntityMention? CitedSaying(IReadOnlyList<Token> tokens, bool[] insideQuote, int open)
    {
        const int MaxPhraseTokens = 12;
        for (var k = open - 1; k >= 2 && open - k <= MaxPhraseTokens && !insideQuote[k] && !tokens[k].IsSymbol('"'); k--)
        {
            if (tokens[k].Is("words") && k + 1 < open && tokens[k + 1].Is("of") && tokens[k - 1].Is("the") && tokens[k - 2].Is("in"))
            {
                return PersonFromPhrase(tokens, k + 2, open);
            }

            if (!tokens[k].IsWord || !SayingNouns.Contains(tokens[k].Text) || !NameForms.IsLowerWord(tokens[k]))
            {
                continue;
            }

            // "the Ana Ruiz quote that": the name before the noun; only "that", a comma or a colon may follow it.
            if (IsOnlyIntroducing(tokens, k + 1, open))
            {
                var owner = MentionEndingAt(tokens, IsPossessive(tokens[k - 1]) ? k - 2 : k - 1);
                return owner is not null && owner.Kind == EntityKind.Person ? owner : PersonNamedBefore(tokens, k);
            }

            // "a quote from Ana Ruiz:", "the saying of Ana Ruiz that".
            if (k + 2 < open && (tokens[k + 1].Is("from") || tokens[k + 1].Is("by") || tokens[k + 1].Is("of")))
            {
                return PersonFromPhrase(tokens, k + 2, open);
            }
        }

        return null;
    }

    // "the Ana Ruiz quote": the capitalised words before index spell the full name of a person named earlier (a
    // name used as a modifier is easily missed).
    private EntityMention? PersonNamedBefore(IReadOnlyList<Token> tokens, int index)
    {
        const int MaxNameTokens = 4;
        var first = index;
        while (first > 0 && index - first < MaxNameTokens && tokens[first - 1].IsCapitalized)
        {
            first--;
        }

        if (index - first < 2)
        {
            return null;
        }

        var name = string.Join(" ", System.Linq.Enumerable.Select(System.Linq.Enumerable.Range(first, index - first), i => tokens[i].Text));
        var mentions = entities.Mentions;
        for (var i = entities.FirstMentionEndingAfter(tokens[first].Start) - 1; i >= 0; i--)
        {
            if (mentions[i].Kind == EntityKind.Person && mentions[i].End <= tokens[first].Start && mentions[i].Name == name)
            {
                return mentions[i];
            }
        }

        return null;
    }

    // The person a phrase starting at start names, when only introducing punctuation follows it before the quote.
    private EntityMention? PersonFromPhrase(IReadOnlyList<Token> tokens, int start, int open)
    {
        var end = ActorEndFrom(tokens, start, out var actor, out _);
        return end >= 0 && actor is not null && actor.Kind == EntityKind.Person && IsOnlyIntroducing(tokens, end + 1, open) ? actor : null;
    }

    private static bool IsOnlyIntroducing(IReadOnlyList<Token> tokens, int from, int open)
    {
        for (var i = from; i < open; i++)
        {
            if (!(tokens[i].IsSymbol(',') || tokens[i].IsSymbol(':') || tokens[i].Is("that")))
            {
                return false;
            }
        }

        return from <= open;
    }

    // The index of "put" in ", as X put it" or "— as X put it —" right after a quotation, or -1.
    private static int PuttingItAfter(IReadOnlyList<Token> tokens, bool[] insideQuote, int start)
    {
        const int MaxSubjectTokens = 8;
        var a = start < tokens.Count && (tokens[start].IsSymbol(',') || IsDash(tokens[start])) ? start + 1 : start;
        if (a >= tokens.Count || !tokens[a].Is("as"))
        {
            return -1;
        }

        for (var v = a + 2; v + 1 < tokens.Count && v - a <= MaxSubjectTokens + 1; v++)
        {
            if (insideQuote[v] || tokens[v].IsSymbol('"') || tokens[v].IsSymbol(',') || IsDash(tokens[v]))
            {
                return -1;
            }

            if (tokens[v].Text == "put" && tokens[v + 1].Is("it"))
            {
                return v;
            }
        }

        return -1;
    }

    // "as Ana Ruiz once put it, "...", "She put it simply: "...": "put it" says how someone worded the quotation.
    private static bool IsPuttingIt(IReadOnlyList<Token> tokens, int v, int open)
    {
        const int MaxWordsAfter = 2;
        if (v + 1 >= open || !tokens[v].IsWord || tokens[v].Text != "put" || !tokens[v + 1].Is("it"))
        {
            return false;
        }

        var words = 0;
        for (var i = v + 2; i < open; i++)
        {
            if (tokens[i].IsSymbol(',') || tokens[i].IsSymbol(':'))
            {
                continue;
            }

            if (!NameForms.IsLowerWord(tokens[i]) || ++words > MaxWordsAfter)
            {
                return false;
            }
        }

        return true;
    }

    // "In his message, he praised the crew: "...", "She put it simply:": a pronoun opening the clause, maybe after
    // a phrase that names nobody, is the subject — not the person the clause talks about.
    private EntityMention? PronounOpeningClause(IReadOnlyList<Token> tokens, int start, int end)
    {
        const int MaxOpeningPhrase = 8;
        if (IsPronoun(tokens, start))
        {
            return NotNamedInClause(PersonBefore(tokens[start].Start, tokens[start]), tokens, start, end);
        }

        for (var k = start + 1; k < end && k - start <= MaxOpeningPhrase; k++)
        {
            if (tokens[k].IsSymbol(','))
            {
                var namesNobody = !entities.MentionsWithin(tokens[start].Start, tokens[k].Start).GetEnumerator().MoveNext();
                return namesNobody && k + 1 < end && IsPronoun(tokens, k + 1) ? NotNamedInClause(PersonBefore(tokens[k + 1].Start, tokens[k + 1]), tokens, k + 1, end) : null;
            }

            if (!tokens[k].IsWord)
            {
                return null;
            }
        }

        return null;
    }

    // "He praised Ana Ruiz's work:": the subject pronoun is not a person the rest of its clause names.
    private EntityMention? NotNamedInClause(EntityMention? person, IReadOnlyList<Token> tokens, int pronoun, int end)
    {
        if (person is null || end <= pronoun + 1)
        {
            return person;
        }

        foreach (var mention in entities.MentionsWithin(tokens[pronoun].End, tokens[end - 1].End))
        {
            if (mention.Record.Resolve() == person.Record.Resolve())
            {
                return null;
            }
        }

        return person;
    }

    // "Her tweet read", "Its statement said" opening the clause: his/her is the nearest person of that gender;
    // its/their the body the sentence before is about.
    private EntityMention? PronounIssuerOfDocument(IReadOnlyList<Token> tokens, int index)
    {
        if (index < 1 || !tokens[index].IsWord || !DocumentNouns.Contains(tokens[index].Text))
        {
            return null;
        }

        var owner = index - 1;
        while (owner > 0 && index - owner <= MaxDocumentModifiers && NameForms.IsLowerWord(tokens[owner]) && !IsPossessivePronoun(tokens[owner]))
        {
            owner--;
        }

        if (!IsPossessivePronoun(tokens[owner]) || !OpensClause(tokens, owner))
        {
            return null;
        }

        if (tokens[owner].Is("his") || tokens[owner].Is("her"))
        {
            return PersonForPronoun(tokens[owner].Start, feminine: tokens[owner].Is("her"));
        }

        var subject = SubjectOfPreviousSentence(tokens[owner].Start);
        return subject is not null && subject.Kind == EntityKind.Organization ? subject : null;
    }

    private static bool IsPossessivePronoun(Token token) => token.Is("his") || token.Is("her") || token.Is("its") || token.Is("their");

    private static bool OpensClause(IReadOnlyList<Token> tokens, int index) =>
        index == 0 || tokens[index - 1].IsSymbol(',') || tokens[index - 1].IsSymbol(';') || tokens[index - 1].Is("and") || tokens[index - 1].Is("but");

    private EntityMention? SubjectOfPreviousSentence(int offset)
    {
        var sentence = text.SentenceAt(offset);
        return sentence is null || sentence.Index == 0 ? null : OpeningSubject(text.Sentences[sentence.Index - 1].Tokens);
    }

    // The actor opening a sentence, maybe after a phrase that names nobody ("On Friday, the company ...").
    private EntityMention? OpeningSubject(IReadOnlyList<Token> tokens)
    {
        var subject = ClauseSubject(tokens, 0, tokens.Count);
        if (subject is not null)
        {
            return subject;
        }

        const int MaxOpeningPhrase = 8;
        for (var k = 1; k < tokens.Count && k <= MaxOpeningPhrase; k++)
        {
            if (tokens[k].IsSymbol(','))
            {
                return entities.MentionsWithin(tokens[0].Start, tokens[k].Start).GetEnumerator().MoveNext() ? null : ClauseSubject(tokens, k + 1, tokens.Count);
            }
        }

        return null;
    }

    // "The event description read", "the post said" with no owner named: whoever a recent sentence says made it
    // ("X posted an invitation"), when that sentence has exactly one such maker.
    private EntityMention? AuthorOfUnownedDocument(IReadOnlyList<Token> tokens, int index)
    {
        index = DocumentHead(tokens, index);
        if (!tokens[index].IsWord || !DocumentNouns.Contains(tokens[index].Text) || !NameForms.IsLowerWord(tokens[index]) || MentionEndingAt(tokens, index) is not null)
        {
            return null;
        }

        var article = index - 1;
        while (article > 0 && index - article <= MaxDocumentModifiers && NameForms.IsLowerWord(tokens[article]) && !tokens[article].Is("the"))
        {
            article--;
        }

        if (article < 0 || !tokens[article].Is("the") || !OpensClause(tokens, article))
        {
            return null;
        }

        var sentence = text.SentenceAt(tokens[index].Start);
        return sentence is null ? null : AuthorOfDocumentNamedBefore(sentence, tokens[index].Text);
    }

    // "X released a statement. It read, "..."": "it" opening the sentence stands for the document the sentence before
    // names, and speaks for whoever made it.
    private EntityMention? AuthorOfDocumentCalledIt(IReadOnlyList<Token> tokens, int index)
    {
        return index == 0 && tokens[index].Is("It") ? AuthorOfDocumentCalledIt(tokens[index]) : null;
    }

    // (""...," it said" after "X released a statement" too.)
    private EntityMention? AuthorOfDocumentCalledIt(Token it)
    {
        var sentence = text.SentenceAt(it.Start);
        if (sentence is null || sentence.Index == 0)
        {
            return null;
        }

        var previous = text.Sentences[sentence.Index - 1].Tokens;
        for (var k = previous.Count - 1; k >= 0; k--)
        {
            if (previous[k].IsWord && NameForms.IsLowerWord(previous[k]) && DocumentNouns.Contains(previous[k].Text))
            {
                return BodyNamingDocument(previous, k) ?? AuthorOfDocumentNamedBefore(sentence, previous[k].Text);
            }
        }

        return null;
    }

    // Whoever a recent sentence says made a document of this kind ("X posted an invitation", "the court ruled").
    private EntityMention? AuthorOfDocumentNamedBefore(Sentence sentence, string noun)
    {
        for (var s = sentence.Index - 1; s >= 0 && sentence.Index - s <= MaxSentencesToAuthor; s--)
        {
            var earlier = text.Sentences[s].Tokens;
            if (!MentionsMaking(earlier, noun))
            {
                continue;
            }

            var maker = SubjectOfCreationVerb(earlier, noun, out var ambiguous) ?? (ambiguous ? null : SubjectSayingIn(earlier, noun, out ambiguous)) ?? OpeningSubject(earlier);
            if (maker is not null && !ambiguous && maker.Kind != EntityKind.Place)
            {
                return maker;
            }

            break;
        }

        return IssuerInRecentSentences(sentence, noun);
    }

    // (A sentence making a document of another kind, "X issued a statement" before "the ruling", makes none of this one.)
    private static bool MentionsMaking(IReadOnlyList<Token> tokens, string noun)
    {
        for (var k = 0; k < tokens.Count; k++)
        {
            var token = tokens[k];
            if (token.IsWord && ((CreationVerbs.Contains(token.Text) && !MakesAnotherKindOfDocument(tokens, k, noun))
                || string.Equals(token.Text, noun, System.StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    // The one actor named right before a verb of making ("X posted an invitation"); ambiguous when two different
    // actors make something ("X posted an invitation and Y posted a reply").
    private EntityMention? SubjectOfCreationVerb(IReadOnlyList<Token> tokens, string noun, out bool ambiguous)
    {
        ambiguous = false;
        EntityMention? maker = null;
        for (var k = 1; k < tokens.Count; k++)
        {
            if (!tokens[k].IsWord || !CreationVerbs.Contains(tokens[k].Text) || MakesAnotherKindOfDocument(tokens, k, noun))
            {
                continue;
            }

            var s = k - 1;
            while (s > 0 && tokens[s].IsWord && Adverbs.Contains(tokens[s].Text))
            {
                s--;
            }

            var subject = MentionEndingAt(tokens, s);
            if (subject is null)
            {
                continue;
            }

            if (maker is not null && subject.Record.Resolve() != maker.Record.Resolve())
            {
                ambiguous = true;
                return null;
            }

            maker = subject;
        }

        return maker;
    }

    // "X said in a statement": the one actor named right before a verb of saying that the document carried
    // ("the ministry said in its weekly statement"); ambiguous when two different actors spoke in one.
    private EntityMention? SubjectSayingIn(IReadOnlyList<Token> tokens, string noun, out bool ambiguous)
    {
        ambiguous = false;
        EntityMention? speaker = null;
        for (var k = 1; k + 3 < tokens.Count; k++)
        {
            if (!IsAttributionVerb(tokens[k]) || !tokens[k + 1].Is("in") || !IsDeterminerOfDocument(tokens[k + 2]))
            {
                continue;
            }

            // (One describing word may stand before the noun: "in a written statement".)
            var head = tokens[k + 3].Is(noun) ? k + 3 : k + 4 < tokens.Count && NameForms.IsLowerWord(tokens[k + 3]) && tokens[k + 4].Is(noun) ? k + 4 : -1;
            if (head < 0)
            {
                continue;
            }

            var subject = MainClauseSubjectBefore(tokens, k - 1);
            if (subject is null || subject.Kind == EntityKind.Place)
            {
                continue;
            }

            if (speaker is not null && subject.Record.Resolve() != speaker.Record.Resolve())
            {
                ambiguous = true;
                return null;
            }

            speaker = subject;
        }

        return speaker;
    }

    private static bool IsDeterminerOfDocument(Token token) => token.Is("a") || token.Is("an") || token.Is("its") || token.Is("their") || token.Is("his") || token.Is("her") || token.Is("the");

    // "Day said" after "Coach Harriet Day": a single capitalised word that the entity reader did not take as a
    // name (it is also a common word) is the surname of a person named before, or the name of a body named
    // before ("Ford" for "Ford Motor Company"), when exactly one entity fits.
    private EntityMention? KnownShortName(IReadOnlyList<Token> tokens, int index, bool afterOpeningWord = false)
    {
        var token = tokens[index];
        if (!token.IsCapitalized || token.Text.Length < 3 || Lexicon.CapitalisedFunctionWords.Contains(token.Text)
            || (index + 1 < tokens.Count && tokens[index + 1].IsCapitalized)
            || (index >= 1 && tokens[index - 1].IsCapitalized && !IsTitleOrRoleWord(tokens[index - 1]) && !afterOpeningWord))
        {
            return null;
        }

        EntityMention? found = null;
        var mentions = entities.Mentions;
        for (var i = entities.FirstMentionEndingAfter(token.Start) - 1; i >= 0; i--)
        {
            var mention = mentions[i];
            if (mention.End > token.Start || mention.Kind == EntityKind.Place || !IsShortNameOf(mention, token.Text))
            {
                continue;
            }

            if (found is not null && found.Record.Resolve() != mention.Record.Resolve())
            {
                return null;
            }

            found ??= mention;
        }

        return found;
    }

    private static bool IsShortNameOf(EntityMention mention, string word)
    {
        var name = mention.Name;
        var space = name.LastIndexOf(' ');
        if (space < 0)
        {
            return false;
        }

        if (mention.Kind == EntityKind.Person)
        {
            return string.CompareOrdinal(name, space + 1, word, 0, word.Length) == 0 && name.Length - space - 1 == word.Length;
        }

        var first = name.IndexOf(' ');
        return first == word.Length && string.CompareOrdinal(name, 0, word, 0, word.Length) == 0;
    }
}
