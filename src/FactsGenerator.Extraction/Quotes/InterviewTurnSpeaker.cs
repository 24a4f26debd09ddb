using System.Collections.Generic;
using FactsGenerator.Extraction.Entities;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Quotes;

/// <summary>
/// Who says "I" or "you" in an interview. An answer is the interviewee's own telling, so "And I said, "..."" in an
/// answer gives the interviewee's words; a question is put to the interviewee, so "In your leaflet you wrote "..."" in
/// a question gives the interviewee's words too; and "he said" in an answer is never the interviewee. Outside an
/// interview, "I" and "you" name nobody the engine knows.
/// </summary>
internal sealed class InterviewTurnSpeaker
{
    /// <summary>Most words between the pronoun and its verb ("I was just like, "", "he would angrily say, "").</summary>
    private const int MaxWordsAfterPronoun = 4;

    // Verbs that put words in the speaker's mouth, including the spoken "I'm like" and "I went".
    private static readonly HashSet<string> SpeechVerbs = new(System.StringComparer.OrdinalIgnoreCase)
    {
        "said", "say", "says", "saying", "asked", "ask", "told", "tell", "thought", "think", "thinking", "wondered",
        "wonder", "wrote", "write", "writes", "replied", "answered", "like", "went", "state", "stated", "states",
        "mentioned", "claimed", "claim", "called", "promised", "pledged", "declared", "tweeted", "posted",
    };

    private static readonly HashSet<string> BetweenSubjectAndVerb = new(System.StringComparer.OrdinalIgnoreCase)
    {
        "am", "was", "were", "are", "have", "had", "has", "would", "will", "could", "did", "do", "just", "then", "also",
        "always", "once", "even", "actually", "literally", "really", "who", "and", "simply", "never", "often",
    };

    private readonly AnalyzedText text;
    private readonly EntitySet entities;
    private readonly Dictionary<string, EntityMention?> mentionsBySpeaker = new(System.StringComparer.Ordinal);
    private EntityMention? interviewee;
    private bool intervieweeRead;

    public InterviewTurnSpeaker(AnalyzedText text, EntitySet entities)
    {
        this.text = text;
        this.entities = entities;
    }

    /// <summary>The speaker of a quotation that a first- or second-person clause introduces inside an interview turn, or null.</summary>
    public EntityMention? Resolve(Sentence sentence, bool[] insideQuotes, Quotation quote)
    {
        var turn = TurnOf(quote);
        if (turn is null)
        {
            return null;
        }

        var pronoun = IntroducingPronoun(sentence.Tokens, insideQuotes, OpeningOf(quote));
        if (pronoun == GrammaticalPerson.First && !turn.IsInterviewer)
        {
            return MentionOf(turn.Speaker);
        }

        return pronoun == GrammaticalPerson.Second && turn.IsInterviewer ? Interviewee() : null;
    }

    /// <summary>
    /// Whether <paramref name="speaker"/> cannot have said the quotation: "he said" or "she said" in an answer is
    /// someone the interviewee tells of, never the interviewee, who speaks of themselves as "I".
    /// </summary>
    public bool IsNotTheSpeaker(EntityMention speaker, Sentence sentence, bool[] insideQuotes, Quotation quote)
    {
        var turn = TurnOf(quote);
        return turn is not null && !turn.IsInterviewer && speaker.Kind == EntityKind.Person && MentionOf(turn.Speaker) is { } answering
            && answering.Record.Resolve() == speaker.Record.Resolve()
            && IntroducingPronoun(sentence.Tokens, insideQuotes, OpeningOf(quote)) == GrammaticalPerson.Third;
    }

    private static int OpeningOf(Quotation quote) => quote.OpenMark >= 0 ? quote.OpenMark : quote.Start;

    private InterviewLayout.Turn? TurnOf(Quotation quote)
    {
        var layout = text.Interview;
        return layout.IsInterview ? layout.TurnAt(OpeningOf(quote)) : null;
    }

    // The one interviewee: the only name labelling answers or, when answers carry no label, the only person the
    // headline names ("Paper interviews candidate Ana Ruiz").
    private EntityMention? Interviewee()
    {
        if (!intervieweeRead)
        {
            interviewee = text.Interview.Interviewee is { } named ? MentionOf(named) : OnlyPersonInHeadline();
            intervieweeRead = true;
        }

        return interviewee;
    }

    private EntityMention? OnlyPersonInHeadline()
    {
        EntityMention? only = null;
        foreach (var mention in entities.Mentions)
        {
            // Mentions are in document order, and the headline comes first.
            if (text.SentenceAt(mention.Start) is not { IsHeadline: true })
            {
                break;
            }

            if (mention.Kind != EntityKind.Person)
            {
                continue;
            }

            if (only is not null && only.Record.Resolve() != mention.Record.Resolve())
            {
                return null;
            }

            only = mention;
        }

        return only;
    }

    // "I", "you", "he" or "she" as the subject of a speech verb right before the quotation: "and I said, "",
    // "I'm like: "", "you state "". None when the clause has another subject or no speech verb.
    private static GrammaticalPerson IntroducingPronoun(IReadOnlyList<Token> tokens, bool[] insideQuotes, int open)
    {
        // Back over the punctuation before the mark (", " or ": ") to the verb.
        var verb = SpeakerResolver.IndexAtOrAfter(tokens, open) - 1;
        while (verb >= 0 && !insideQuotes[verb] && tokens[verb].Kind == TokenKind.Symbol && tokens[verb].Text is "," or ":" or "-")
        {
            verb--;
        }

        // "you mentioned early potters "did not ..."": the subject of the reported clause may stand between the verb and
        // the quotation, its "that" left out.
        verb = SpeechVerbBeforeReportedSubject(tokens, insideQuotes, verb);
        if (verb < 1 || insideQuotes[verb] || !(SpeechVerbs.Contains(tokens[verb].Text) || tokens[verb].Is("that")))
        {
            return GrammaticalPerson.None;
        }

        if (tokens[verb].Is("that"))
        {
            verb--;
            if (verb < 1 || !SpeechVerbs.Contains(tokens[verb].Text))
            {
                return GrammaticalPerson.None;
            }
        }

        // The spoken "like" quotes only after a form of "be" ("I'm like, "", "I was just like, ""): "I really like
        // "Harbour Tales"" names a favourite, and "I'd like "a second chance"" a wish.
        var likeWithoutBe = tokens[verb].Is("like");
        for (var p = verb - 1; p >= 0 && verb - p <= MaxWordsAfterPronoun && !insideQuotes[p]; p--)
        {
            var token = tokens[p];
            // "I", "I'm", "I've", and "me" of "made me wonder" or "people like me who say".
            if (token.Text is "I" || token.Text.StartsWith("I'", System.StringComparison.Ordinal) || token.Is("me"))
            {
                return likeWithoutBe && !token.Text.EndsWith("'m", System.StringComparison.Ordinal) ? GrammaticalPerson.None : GrammaticalPerson.First;
            }

            if (token.Is("you") || token.Is("you've"))
            {
                return likeWithoutBe ? GrammaticalPerson.None : GrammaticalPerson.Second;
            }

            if (token.Is("he") || token.Is("she"))
            {
                return likeWithoutBe ? GrammaticalPerson.None : GrammaticalPerson.Third;
            }

            // Only auxiliaries and a few adverbs sit between the subject and its verb ("I was just like", "he would intentionally say").
            if (!BetweenSubjectAndVerb.Contains(token.Text) && !NameForms.IsLyAdverb(token))
            {
                return GrammaticalPerson.None;
            }

            likeWithoutBe &= !(token.Is("am") || token.Is("was") || token.Is("were") || token.Is("are"));
        }

        return GrammaticalPerson.None;
    }

    // The speech verb before a short reported subject that ends at last ("mentioned Harbour Tales", "wrote early potters"),
    // or last itself when no such verb stands there. The subject holds only nouns, names and articles: a verb, a
    // pronoun or punctuation between means the quotation is not the reported clause of that verb.
    private static int SpeechVerbBeforeReportedSubject(IReadOnlyList<Token> tokens, bool[] insideQuotes, int last)
    {
        if (last < 1 || insideQuotes[last] || SpeechVerbs.Contains(tokens[last].Text) || tokens[last].Is("that"))
        {
            return last;
        }

        for (var p = last; p >= 1 && last - p < MaxWordsInReportedSubject; p--)
        {
            var token = tokens[p];
            if (insideQuotes[p] || !token.IsWord || BetweenSubjectAndVerb.Contains(token.Text) || ReportedSubjectBreakers.Contains(token.Text)
                || Lexicon.AttributionVerbs.Contains(token.Text) || NameForms.IsLyAdverb(token))
            {
                return last;
            }

            if (SpeechVerbs.Contains(tokens[p - 1].Text) && !tokens[p - 1].Is("like"))
            {
                return p - 1;
            }
        }

        return last;
    }

    /// <summary>Most words of a reported clause's subject between the speech verb and the quotation ("early potters").</summary>
    private const int MaxWordsInReportedSubject = 3;

    // Words that end a noun phrase or open another clause: a subject pronoun belongs to a clause of its own, and a
    // determiner often makes the quotation the name of a thing ("I posted the "..." photo").
    private static readonly HashSet<string> ReportedSubjectBreakers = new(System.StringComparer.OrdinalIgnoreCase)
    {
        "I", "you", "he", "she", "we", "they", "it", "is", "was", "are", "were", "be", "been", "to", "and", "or", "but",
        "if", "when", "because", "as", "of", "in", "on", "at", "for", "with", "about", "by", "from", "not", "this", "these",
        "the", "a", "an", "my", "your", "his", "her", "our", "their", "its", "up", "out",
    };

    // The grammatical person of the pronoun that introduces a quotation ("I said", "you state", "she's like").
    private enum GrammaticalPerson
    {
        None,
        First,
        Second,
        Third,
    }

    // The first mention of the person a turn's speaker names (by name or alias), looked up once per speaker.
    private EntityMention? MentionOf(string speaker)
    {
        if (mentionsBySpeaker.TryGetValue(speaker, out var known))
        {
            return known;
        }

        EntityMention? found = null;
        foreach (var mention in entities.Mentions)
        {
            if (mention.Kind == EntityKind.Person && (mention.Name == speaker || System.Linq.Enumerable.Contains(mention.Record.Resolve().Aliases, speaker)))
            {
                found = mention;
                break;
            }
        }

        mentionsBySpeaker[speaker] = found;
        return found;
    }
}
