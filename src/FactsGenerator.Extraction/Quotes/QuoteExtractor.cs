using System.Collections.Generic;
using System.Threading;
using FactsGenerator.Extraction.Entities;
using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Quotes;

/// <summary>
/// Direct quotations with their speakers. A quotation without any attribution is kept only when it reads
/// as speech (several words); short unattributed ones are scare quotes or titles.
/// </summary>
internal static class QuoteExtractor
{
    private const int MinUnattributedWords = 5;

    /// <summary>Fewest words of a quotation given to the sentence's subject without a verb of saying.</summary>
    private const int MinSubjectPhraseWords = 3;

    /// <summary>More quotations than this in one sentence are not attributed (real sentences hold a handful).</summary>
    private const int MaxAttributedQuotationsPerSentence = 32;

    public static List<QuoteFact> Extract(AnalyzedText text, EntitySet entities, CancellationToken cancellationToken)
    {
        var quotes = new List<QuoteFact>();
        var quotations = QuotationFinder.Find(text);
        var resolver = new SpeakerResolver(text, entities, quotations);
        var interviewSpeaker = new InterviewTurnSpeaker(text, entities);
        EntityMention? previousSpeaker = null;
        Sentence? previousSentence = null;
        var previousQuoteEnd = -1;
        var found = new List<(Quotation Quote, Sentence? Sentence)>();
        var perSentence = new Dictionary<int, int>();
        var masks = new Dictionary<int, bool[]>();
        var resolved = new List<ResolvedQuotation>();
        foreach (var quote in quotations)
        {
            var at = text.SentenceAt(quote.OpenMark >= 0 ? quote.OpenMark : quote.Start);
            found.Add((quote, at));
            if (at is not null)
            {
                perSentence[at.Index] = perSentence.TryGetValue(at.Index, out var count) ? count + 1 : 1;
            }
        }

        foreach (var (quote, sentence) in found)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (sentence is null || sentence.IsHeadline)
            {
                continue;
            }

            var quoted = AnalyzedText.CollapseWhitespace(text.Original, quote.Start, quote.End);
            var wordCount = WordCount(quoted);
            if (quoted.Length == 0 || !HasLetterOrDigit(quoted) || IsCodeName(quoted) || IsNamedWork(text.Normalized, quote, wordCount))
            {
                continue;
            }

            // Attribution scans the sentence once per quotation; a sentence with hundreds of quotations is not prose
            // (hostile or broken input), and resolving its speakers would take time quadratic in its length.
            if (perSentence[sentence.Index] > MaxAttributedQuotationsPerSentence)
            {
                continue;
            }

            if (!masks.TryGetValue(sentence.Index, out var mask))
            {
                mask = InsideQuotes(sentence, found);
                masks[sentence.Index] = mask;
            }

            // "the mayor's "..." tweet", "the "..." slogan": a short phrase spoken of as a phrase is nobody's speech here.
            var mentioned = wordCount < MinUnattributedWords && resolver.IsMentionedPhrase(sentence.Tokens, quote);
            var speaker = resolver.Resolve(sentence, mask, quote);

            // "'It was late. We ran,' says Ana Ruiz": single marks do not keep a quotation's sentences together, so its
            // attribution follows in the sentence where it closes.
            if (speaker is null && quote.CloseMark >= 0 && text.SentenceAt(quote.CloseMark) is { } closing && closing.Index > sentence.Index
                && closing.Paragraph == sentence.Paragraph)
            {
                if (!masks.TryGetValue(closing.Index, out var closingMask))
                {
                    closingMask = InsideQuotes(closing, found);
                    masks[closing.Index] = closingMask;
                }

                // (Only a speaker named there: a pronoun's antecedent sought that far from the opening is a guess.)
                speaker = resolver.Resolve(closing, closingMask, quote) is { } named && named.Start >= closing.Start ? named : null;
            }
            if (speaker is null && quote.CloseMark >= 0 && EndsSentence(text, sentence, quote) && sentence.Index + 1 < text.Sentences.Count)
            {
                var next = text.Sentences[sentence.Index + 1];
                if (next.Paragraph == sentence.Paragraph)
                {
                    speaker = resolver.ResolveFromNextSentence(next);
                }
            }
            // "called it "reckless" and "absurd"": a quotation joined to the one before by "and" or "or" is the
            // same speaker's words.
            if (speaker is null && previousSpeaker is not null && previousSentence is not null && previousSentence.Index == sentence.Index
                && quote.OpenMark > previousQuoteEnd && IsCoordinated(text.Normalized, previousQuoteEnd + 1, quote.OpenMark))
            {
                speaker = previousSpeaker;
            }

            // "X said it was "...", but admitted there was "..."": a second verb of saying with no subject of its own.
            if (speaker is null && previousSpeaker is not null && previousSentence is not null && previousSentence.Index == sentence.Index
                && quote.OpenMark > previousQuoteEnd && SecondVerbOfSpeech.Joins(sentence, mask, entities, previousQuoteEnd, quote.OpenMark))
            {
                speaker = previousSpeaker;
            }

            // "X accused the board of "...", "X assailed the plan as the "..."": a fragment inside a clause whose verb
            // judges, labels or promises is the words of that verb's subject.
            if (speaker is null && !IsTitleCased(quoted))
            {
                speaker = resolver.FramingSubject(sentence, mask, quote);
            }

            // "..." said X. "More." — a quotation standing alone right after an attributed one continues it;
            // "X recalled her first season. "It was hard."" — after a sentence about a person, it is theirs.
            if (speaker is null && sentence.Index >= 1 && IntroducedOnlyByAPhrase(text, entities, sentence, quote))
            {
                var before = text.Sentences[sentence.Index - 1];
                var continues = previousSpeaker is not null && previousSentence is not null && previousSentence.Index == before.Index;
                if (before.Paragraph == sentence.Paragraph)
                {
                    // (An unattributed quotation before leaves the sentence's subject as the likeliest speaker.)
                    speaker = continues ? previousSpeaker ?? resolver.SubjectOfSentence(before) : resolver.SubjectOfSentence(before);

                    // "The referee's calls left Ana Ruiz unhappy. "Both calls were wrong."": the one person
                    // the sentence before names, when its subject is nobody.
                    // ("It read, "..."" has a subject of its own.)
                    speaker ??= continues || !OpensSentence(text, sentence, quote) ? null : resolver.SolePersonOf(before);
                }
                else if (OpensParagraph(text, sentence, quote))
                {
                    // A paragraph that is a quotation goes on with the quotation that closed the paragraph before, or
                    // gives the words a colon announced there ("The mayor wrote:").
                    speaker = continues ? previousSpeaker : IntroducedByColon(resolver, before, found);

                    // "Union negotiator Ana Ruiz said they would strike." then "..." alone: the person paraphrased
                    // just before is quoted now.
                    speaker ??= continues ? null : resolver.ReportingPersonOf(before) ?? resolver.TrailingSourceOf(before);
                }
            }

            // ""...," said Jo Kim. The Ohio professor added, "..."": a description of somebody going on with the speech
            // of the person quoted just before.
            if (speaker is null && previousSpeaker is { Kind: EntityKind.Person } && previousSentence is not null && previousSentence.Index == sentence.Index - 1
                && previousSentence.Paragraph == sentence.Paragraph && ContinuingDescription.Continues(sentence, mask, quote, entities))
            {
                speaker = previousSpeaker;
            }

            // ""...," the statement said. "...," it added.": "it" saying something goes on with the body quoted just before,
            // in the same sentence or the one before, when the sentence names nobody else outside its quotations.
            if (speaker is null && previousSpeaker is { Kind: EntityKind.Organization } && previousSentence is not null
                && (previousSentence.Index == sentence.Index || previousSentence.Index == sentence.Index - 1)
                && SpeakerResolver.IsSaidByIt(sentence.Tokens, mask) && !HasMentionOutsideQuotes(entities, sentence, mask))
            {
                speaker = previousSpeaker;
            }

            // "X has restored boats for years, and the work "gives my weekends a purpose."": words in the first
            // person are someone's speech; with nobody else named outside quotations, they are the subject's, or
            // else those of whoever spoke or was the subject just before in the paragraph.
            // (A verb of saying whose subject names nobody known, as in "Sergey said", leaves the speaker unknown.)
            if (speaker is null && sentence.Index >= 1 && FirstPersonSingular.Speaks(text.Normalized, quote.Start, quote.End)
                && !HasSayingOutsideQuotes(sentence, mask) && !HasMentionOutsideQuotes(entities, sentence, mask, exceptStart: OpeningOffset(sentence)))
            {
                speaker = resolver.SubjectOfSentence(sentence);
                var before = text.Sentences[sentence.Index - 1];
                if (speaker is null && before.Paragraph == sentence.Paragraph && !HasMentionOutsideQuotes(entities, sentence, mask)
                    && !HasCapitalisedWordOutsideQuotes(sentence, mask))
                {
                    var continues = previousSpeaker is not null && previousSentence is not null && previousSentence.Index == before.Index;
                    speaker = continues ? previousSpeaker : resolver.SubjectOfSentence(before);
                }
            }

            // "Ana Ruiz urged drivers to "keep to the speed limits on the coast road."": a quoted clause in a sentence
            // whose subject is a person naming nobody else is that person's words, whatever the verb (a word or two in
            // quotation marks is more often a label or a scare quote, so those are left alone, and so is a name or a
            // title, "the "Harbour Light Festival"", and so is a phrase spoken of as a phrase, "the "..." slogan"). A word or
            // two count only in a full sentence and in the subject's own clause ("X, which announced a "major
            // development", ..."), not after a name given or words spoken of ("a method termed "..."").
            var shortFragment = speaker is null && wordCount < MinSubjectPhraseWords && IsShortFragmentOfAFullSentence(text, sentence, quote);
            if (speaker is null && (wordCount >= MinSubjectPhraseWords || shortFragment) && !IsTitleCased(quoted) && IsInActiveMainClause(sentence, quote) && !HasSayingOutsideQuotes(sentence, mask, quote.CloseMark)
                && !resolver.IsMentionedPhrase(sentence.Tokens, quote))
            {
                var subject = resolver.ActorSubjectOfSentence(sentence);
                speaker = subject is not null && !HasMentionOutsideQuotes(entities, sentence, mask, exceptStart: subject.Start)
                    && (!shortFragment || resolver.IsInClauseOfSubject(sentence.Tokens, mask, quote, subject)) ? subject : null;
            }

            speaker = mentioned || (speaker is not null && interviewSpeaker.IsNotTheSpeaker(speaker, sentence, mask, quote)) ? null : speaker;
            previousQuoteEnd = quote.CloseMark >= 0 ? quote.CloseMark : quote.End;

            previousSpeaker = speaker;
            previousSentence = text.SentenceAt(quote.End > quote.Start ? quote.End - 1 : quote.Start) ?? sentence;

            // "And I said, "..."" in an interviewee's answer, "you wrote "..."" in a question put to them. (Set after
            // the quotation's speaker is remembered: the next quotation names its own speaker in a talk full of "they're like".)
            // A name or a title is nobody's words here either: "I think "Harbour Tales" is the best book".
            if (speaker is null && !mentioned && interviewSpeaker.Resolve(sentence, mask, quote) is { } turnSpeaker && !IsTitleCased(quoted))
            {
                speaker = turnSpeaker;
            }

            resolved.Add(new ResolvedQuotation(quote, sentence, quoted, wordCount, speaker));
        }

        QuotationOverParagraphs.GiveSpeakers(text, resolved);
        foreach (var item in resolved)
        {
            if (item.Speaker is null && item.WordCount < MinUnattributedWords)
            {
                continue;
            }

            var speaker = item.Speaker;
            var kind = speaker is null ? SpeakerKind.None : speaker.Kind == EntityKind.Person ? SpeakerKind.Person : SpeakerKind.Organization;
            var evidence = text.EvidenceFor(item.Sentence, item.Quote.Start, System.Math.Min(item.Quote.End, item.Sentence.End));
            quotes.Add(new QuoteFact(item.Text, speaker?.Name, kind, evidence));
        }

        return quotes;
    }

    // Tokens inside any quotation of the sentence (a quotation nested in another is inside it). The quotations
    // are sorted and do not overlap, so their ends are sorted too.
    private static bool[] InsideQuotes(Sentence sentence, List<(Quotation Quote, Sentence? Sentence)> found)
    {
        var tokens = sentence.Tokens;
        var mask = new bool[tokens.Count];
        if (tokens.Count == 0)
        {
            return mask;
        }

        var first = tokens[0].Start;
        var last = tokens[tokens.Count - 1].End;
        int low = 0, high = found.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (found[middle].Quote.End < first)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        for (var q = low; q < found.Count && found[q].Quote.Start <= last; q++)
        {
            var quote = found[q].Quote;
            for (var i = 0; i < tokens.Count; i++)
            {
                mask[i] |= tokens[i].Start >= quote.Start && tokens[i].End <= quote.End;
            }
        }

        return mask;
    }

    // The sentence is the quotation, maybe after a short phrase that names nobody ("During the premiere, "...").
    private static bool IntroducedOnlyByAPhrase(AnalyzedText text, EntitySet entities, Sentence sentence, Quotation quote)
    {
        var lastBefore = -1;
        for (var i = sentence.Start; i < sentence.End; i++)
        {
            if (!char.IsLetterOrDigit(text.Normalized[i]))
            {
                continue;
            }

            if (quote.CloseMark >= 0 && i > quote.CloseMark)
            {
                return lastBefore < 0 && IsPlainContinuation(text, sentence, quote);
            }

            if (i < quote.OpenMark)
            {
                lastBefore = i;
            }
        }

        if (lastBefore < 0)
        {
            return true;
        }

        var comma = lastBefore + 1;
        while (comma < quote.OpenMark && char.IsWhiteSpace(text.Normalized[comma]))
        {
            comma++;
        }

        const int MaxPhraseLength = 40;
        return comma < quote.OpenMark && text.Normalized[comma] == ',' && lastBefore - sentence.Start < MaxPhraseLength
            && !HasMentionWithin(entities, sentence.Start, comma) && IsPlainPhrase(sentence, comma);
    }

    // Only "and" or "or", maybe with a comma before and an article after, lies between the offsets.
    private static bool IsCoordinated(string text, int start, int end)
    {
        var words = new List<string>();
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsLetter(c))
            {
                var wordStart = i;
                while (i < end && char.IsLetter(text[i]))
                {
                    i++;
                }

                words.Add(text.Substring(wordStart, i - wordStart));
                continue;
            }

            if (!char.IsWhiteSpace(c) && c != ',')
            {
                return false;
            }

            i++;
        }

        return (words.Count == 1 || (words.Count == 2 && words[1] is "a" or "an" or "the")) && words[0] is "and" or "or";
    }

    // The quotation mark is the first thing in the sentence.
    private static bool OpensSentence(AnalyzedText text, Sentence sentence, Quotation quote) => OpensFrom(text, sentence.Start, quote);

    // The quotation mark is the first thing in the paragraph.
    internal static bool OpensParagraph(AnalyzedText text, Sentence sentence, Quotation quote) => OpensFrom(text, sentence.Paragraph.Start, quote);

    // Only white space stands between the offset and the quotation's opening mark (its text when it has none).
    private static bool OpensFrom(AnalyzedText text, int from, Quotation quote)
    {
        var at = quote.OpenMark >= 0 ? quote.OpenMark : quote.Start;
        for (var i = from; i < at; i++)
        {
            if (!char.IsWhiteSpace(text.Normalized[i]))
            {
                return false;
            }
        }

        return true;
    }

    // "Mayor Ana Torres wrote on Facebook:" closing its paragraph: the speaker of what follows.
    private static EntityMention? IntroducedByColon(SpeakerResolver resolver, Sentence before, List<(Quotation Quote, Sentence? Sentence)> found)
    {
        var tokens = before.Tokens;
        if (tokens.Count < 3 || !tokens[tokens.Count - 1].IsSymbol(':'))
        {
            return null;
        }

        var end = before.End;
        return resolver.Resolve(before, InsideQuotes(before, found), new Quotation(end, end, end, -1));
    }

    // ""I asked for a chair ... at least" to rest on between takes.": after a long quotation that opens the
    // sentence, lower-case words without a verb of saying only comment on it.
    private static bool IsPlainContinuation(AnalyzedText text, Sentence sentence, Quotation quote)
    {
        if (WordCount(AnalyzedText.CollapseWhitespace(text.Original, quote.Start, quote.End)) < MinUnattributedWords)
        {
            return false;
        }

        var tokens = sentence.Tokens;
        var first = true;
        foreach (var token in tokens)
        {
            if (token.Start <= quote.CloseMark)
            {
                continue;
            }

            if (token.IsSymbol('"') || (token.IsWord && (Lexicon.AttributionVerbs.Contains(token.Text) || Lexicon.AttributionParticiples.Contains(token.Text)
                || (first && !NameForms.IsLowerWord(token)))))
            {
                return false;
            }

            first &= !token.IsWord;
        }

        return true;
    }

    // No name the entity reader missed ("Sergey said,") and no verb of saying: only a phrase of time or manner.
    private static bool IsPlainPhrase(Sentence sentence, int end)
    {
        var tokens = sentence.Tokens;
        for (var i = 0; i < tokens.Count && tokens[i].Start < end; i++)
        {
            if (tokens[i].IsWord && ((i > 0 && char.IsUpper(tokens[i].Text[0])) || Lexicon.AttributionVerbs.Contains(tokens[i].Text)))
            {
                return false;
            }
        }

        return true;
    }

    // Whether the sentence names someone (not a place) outside its quotations, other than the mention starting at
    // exceptStart (the sentence's subject, when that one is not to count).
    private static bool HasMentionOutsideQuotes(EntitySet entities, Sentence sentence, bool[] inside, int exceptStart = -1)
    {
        var tokens = sentence.Tokens;
        var mentions = entities.Mentions;
        for (var i = entities.FirstMentionEndingAfter(sentence.Start); i < mentions.Count && mentions[i].Start < sentence.End; i++)
        {
            var mention = mentions[i];
            if (mention.Start < sentence.Start || mention.Start == exceptStart || mention.Kind == EntityKind.Place)
            {
                continue;
            }

            var index = SpeakerResolver.IndexAtOrAfter(tokens, mention.Start);
            if (index < tokens.Count && !inside[index])
            {
                return true;
            }
        }

        return false;
    }

    // The offset of the sentence's first token, where a mention is its subject; -1 for a sentence without tokens.
    private static int OpeningOffset(Sentence sentence) => sentence.Tokens.Count > 0 ? sentence.Tokens[0].Start : -1;

    // ("X gave its "..." and said ...": a verb of saying joined by "and" after the quotation has the same subject, so
    // it leaves the quotation to that subject; pass the quotation's closing mark as coordinatedAfter.)
    private static bool HasSayingOutsideQuotes(Sentence sentence, bool[] inside, int coordinatedAfter = -1)
    {
        var tokens = sentence.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!inside[i] && tokens[i].IsWord && (Lexicon.AttributionVerbs.Contains(tokens[i].Text) || Lexicon.AttributionParticiples.Contains(tokens[i].Text))
                && !(coordinatedAfter >= 0 && tokens[i].Start > coordinatedAfter && i >= 1 && tokens[i - 1].Is("and")))
            {
                return true;
            }
        }

        return false;
    }

    // A capitalised word after the first, outside quotations: maybe a name the entity reader missed.
    private static bool HasCapitalisedWordOutsideQuotes(Sentence sentence, bool[] inside)
    {
        var tokens = sentence.Tokens;
        for (var i = 1; i < tokens.Count; i++)
        {
            if (!inside[i] && tokens[i].IsWord && char.IsUpper(tokens[i].Text[0]) && !tokens[i - 1].IsSymbol('"'))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasMentionWithin(EntitySet entities, int start, int end)
    {
        var mentions = entities.Mentions;
        for (var i = entities.FirstMentionEndingAfter(start); i < mentions.Count && mentions[i].Start < end; i++)
        {
            if (mentions[i].Start >= start)
            {
                return true;
            }
        }

        return false;
    }

    // "The Harbour Police, which indicated a "major development", ...": a word or two quoted inside a full sentence (one
    // that ends with a full stop, not a caption) may go to its subject as longer fragments do. A scare quote is left
    // alone: words set apart as a term are most often a modifier ("a "smart" fridge", "a "no deal" Brexit") or the
    // object of a preposition ("lives in a "tiny house"").
    private static bool IsShortFragmentOfAFullSentence(AnalyzedText text, Sentence sentence, Quotation quote)
    {
        var tokens = sentence.Tokens;
        if (quote.CloseMark < 0 || SpeakerResolver.IsFollowedByName(tokens, quote))
        {
            return false;
        }

        var after = SpeakerResolver.IndexAtOrAfter(tokens, quote.CloseMark) + 1;
        if (after < tokens.Count && tokens[after].IsWord && NameForms.IsLowerWord(tokens[after]) && !WordsAfterANounPhrase.Contains(tokens[after].Text))
        {
            return false;
        }

        var before = SpeakerResolver.IndexAtOrAfter(tokens, quote.OpenMark) - 1;
        if (before >= 1 && tokens[before].IsWord && Determiners.Contains(tokens[before].Text))
        {
            before--;
        }

        if (before >= 0 && tokens[before].IsWord && PrepositionsBeforeATerm.Contains(tokens[before].Text))
        {
            return false;
        }

        var last = sentence.End - 1;
        while (last > quote.CloseMark && (char.IsWhiteSpace(text.Normalized[last]) || text.Normalized[last] == '"'))
        {
            last--;
        }

        return last > quote.CloseMark && text.Normalized[last] is '.' or '!' or '?';
    }

    // Closed-class words that may follow a whole noun phrase: prepositions, conjunctions, auxiliaries, relatives.
    private static readonly HashSet<string> WordsAfterANounPhrase = new(System.StringComparer.Ordinal)
    {
        "of", "for", "in", "on", "at", "to", "with", "from", "by", "about", "as", "over", "into", "after", "before", "since",
        "during", "against", "between", "among", "under", "and", "or", "but", "nor", "was", "is", "were", "are", "has", "had",
        "have", "will", "would", "could", "should", "may", "might", "can", "that", "which", "who", "whose", "when", "while",
        "than", "if", "because",
    };

    private static readonly HashSet<string> Determiners = new(System.StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "his", "her", "its", "their", "our", "my", "your", "this", "that", "these", "those",
    };

    private static readonly HashSet<string> PrepositionsBeforeATerm = new(System.StringComparer.OrdinalIgnoreCase)
    {
        "in", "on", "at", "into", "onto", "from", "of", "for", "with", "by", "about", "through", "under", "over", "inside",
        "outside", "within", "without", "near", "to", "via", "like", "than",
    };

    private static bool EndsSentence(AnalyzedText text, Sentence sentence, Quotation quote)
    {
        for (var i = quote.CloseMark + 1; i < sentence.End; i++)
        {
            if (!char.IsWhiteSpace(text.Normalized[i]))
            {
                return false;
            }
        }

        return true;
    }

    // Nouns whose quoted name follows them: 'the slogan "..."', 'his event, "...", was', 'the hashtag "..."'; and nouns
    // that speak of words as words: 'the term "..."', 'the word "..."'.
    private static readonly HashSet<string> NamedWorkNouns = new(System.StringComparer.Ordinal)
    {
        "slogan", "hashtag", "motto", "event", "festival", "exhibition", "tour", "campaign", "book", "novel", "film", "movie", "song", "album", "single",
        "documentary", "memoir", "play", "musical", "opera", "poem", "podcast", "painting", "sitcom",
        "term", "word", "phrase", "expression", "nickname", "label",
    };

    // A short quotation right after such a noun (maybe after a comma) is the name of the thing, not speech.
    private static bool IsNamedWork(string text, Quotation quote, int wordCount)
    {
        const int MaxTitleWords = 10;
        if (quote.OpenMark < 1 || wordCount > MaxTitleWords)
        {
            return false;
        }

        var end = quote.OpenMark - 1;
        var comma = false;
        while (end >= 0 && (char.IsWhiteSpace(text[end]) || text[end] == ','))
        {
            comma |= text[end] == ',';
            end--;
        }

        var start = end;
        while (start >= 0 && char.IsLetter(text[start]))
        {
            start--;
        }

        var word = end > start ? text.Substring(start + 1, end - start) : string.Empty;

        // 'won best actress for "The Long Road Home"', 'starred in "Harbour Lights"': title-cased words of a few
        // words after "for" or "in" name a work too.
        // ("a spokeswoman for the festival, "the tickets sold out"": after a comma, words that are not title-cased are
        // the speech of whoever the clause names, not the name of the festival.)
        var quoted = text.Substring(quote.Start, quote.End - quote.Start);
        return (NamedWorkNouns.Contains(word) && (!comma || IsTitleCased(quoted)))
            || (wordCount >= 2 && word is "for" or "in" && IsTitleCased(quoted));
    }

    // "... the truth about the election"." with no opening mark: the stray mark "quotes" only punctuation, no words.
    private static bool HasLetterOrDigit(string quoted)
    {
        foreach (var c in quoted)
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    // "2019-nCoV", "COVID-19", "B737": one word with a digit is a designation someone gave, never speech.
    private static bool IsCodeName(string quoted)
    {
        var digit = false;
        foreach (var c in quoted)
        {
            if (char.IsWhiteSpace(c))
            {
                return false;
            }

            digit |= char.IsDigit(c);
        }

        return digit;
    }

    // Before the quotation, no second clause begins (", and the work "..."" has a subject of its own) and no passive
    // verb makes the subject the one acted on ("X was praised for his "...""); a quotation after "as" ("known as a
    // "..."") is what someone is called, by whoever it was; "according to" or "in the words of" gives the words a source of
    // their own.
    private static bool IsInActiveMainClause(Sentence sentence, Quotation quote)
    {
        var tokens = sentence.Tokens;
        var open = quote.OpenMark >= 0 ? quote.OpenMark : quote.Start;
        var before = -1;
        for (var i = 0; i < tokens.Count && tokens[i].End <= open; i++)
        {
            before = i;
        }

        if (before >= 1 && tokens[before].IsArticle)
        {
            before--;
        }

        if (before >= 0 && tokens[before].Is("as"))
        {
            return false;
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            // ("According to the police, X was driving "..."", "in the words of the guide": the words are the source's.)
            if (i + 1 < tokens.Count && ((tokens[i].Is("according") && tokens[i + 1].Is("to")) || (tokens[i].Is("words") && tokens[i + 1].Is("of"))))
            {
                return false;
            }
        }

        for (var i = 1; i < tokens.Count && tokens[i].Start < open; i++)
        {
            var token = tokens[i];
            var newClause = token.IsSymbol(';') || (tokens[i - 1].IsSymbol(',') && (token.Is("and") || token.Is("but") || token.Is("while")));
            var passive = SpeakerResolver.IsPassiveAuxiliary(token)
                && i + 1 < tokens.Count && tokens[i + 1].IsWord && tokens[i + 1].Text.EndsWith("ed", System.StringComparison.Ordinal);
            if (newClause || passive)
            {
                return false;
            }
        }

        return true;
    }

    // Every word but short function words opens with a capital or a digit: a name or a title rather than speech.
    private static bool IsTitleCased(string quoted)
    {
        var i = 0;
        while (i < quoted.Length)
        {
            if (!char.IsLetterOrDigit(quoted[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < quoted.Length && (char.IsLetterOrDigit(quoted[i]) || quoted[i] == '\'' || quoted[i] == '-'))
            {
                i++;
            }

            var word = quoted.Substring(start, i - start);
            if (char.IsLower(word[0]) && word is not ("of" or "the" or "and" or "a" or "an" or "in" or "on" or "for" or "to" or "at"))
            {
                return false;
            }
        }

        return true;
    }

    private static int WordCount(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord)
            {
                count++;
            }

            inWord = letter;
        }

        return count;
    }
}
