using System.Collections.Generic;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>
/// A role given in the next sentence through a pronoun: "Ana Ruiz spoke first. She is a professor at Velm University."
/// The sentence that names the person often says only what they did, and a short biography follows with "he" or
/// "she" as the subject of a copula whose predicate is the office.
/// </summary>
internal sealed partial class DocumentEntityReader
{
    // How many sentences may stand between the one that names the person and the pronoun's (a pronoun further away
    // more likely refers to someone the text has meanwhile described without a name).
    private const int MaxSentencesToPronoun = 3;

    private void ReadRolesGivenThroughPronouns()
    {
        // Two lists that trade places when a sentence names someone, so no list is made per sentence.
        List<EntityRecord> lastNamed = new();
        List<EntityRecord> named = new();
        var sentencesSinceNamed = int.MaxValue;
        Paragraph? lastParagraph = null;
        // (Whether a quotation begun earlier in the paragraph is still open where a sentence starts: then the speaker's
        // "he" need not be the person named.)
        var quotes = new QuotationMarks(text);
        foreach (var (sentence, chunks) in sentences)
        {
            if (!ReferenceEquals(sentence.Paragraph, lastParagraph))
            {
                if (!text.Interview.IsInterview)
                {
                    // In prose a new paragraph may turn to someone else; an interview's turns are paragraphs of one talk.
                    lastNamed.Clear();
                }
            }

            lastParagraph = sentence.Paragraph;
            sentencesSinceNamed = sentencesSinceNamed == int.MaxValue ? sentencesSinceNamed : sentencesSinceNamed + 1;
            var opensInsideQuotation = quotes.IsInside(sentence.Paragraph, sentence.Start);
            if (lastNamed.Count > 0 && sentencesSinceNamed <= MaxSentencesToPronoun && !opensInsideQuotation)
            {
                ReadRoleThroughPronoun(sentence.Tokens, chunks, lastNamed, AnswerSpeaker(sentence));
            }

            CollectPeopleNamedIn(chunks, named);
            if (named.Count > 0)
            {
                (lastNamed, named) = (named, lastNamed);
                sentencesSinceNamed = 0;
            }
        }
    }

    // "She is a professor at X" after a sentence naming one person; "Both are professors at X" after one naming two.
    private void ReadRoleThroughPronoun(IReadOnlyList<Token> tokens, List<NameChunk> chunks, List<EntityRecord> lastNamed, EntityRecord? speaker)
    {
        if (speaker is not null && lastNamed.Contains(speaker))
        {
            return;
        }

        if (lastNamed.Count == 1 && OpensWithPronounCopula(tokens) && RoleParser.AsRole(tokens, 0, chunks) is { Role: not null } match)
        {
            GiveRole(lastNamed[0], match);
        }
        else if (lastNamed.Count == 2 && tokens.Count > 3 && tokens[0].Text is "Both" or "They"
            && RoleParser.PluralPredicate(tokens, 1, chunks) is { } shared)
        {
            GiveRole(lastNamed[0], shared);
            GiveRole(lastNamed[1], shared);
        }
    }

    // In an interview's answer "she" or "he" is someone the speaker talks about, never the speaker.
    private EntityRecord? AnswerSpeaker(Sentence sentence) =>
        text.Interview.IsInterview && text.Interview.TurnAt(sentence.Start) is { IsInterviewer: false } turn
            ? registry.Find(turn.Speaker, EntityKind.Person)?.Resolve()
            : null;

    // (An office the person was given beside their name stays.)
    private void GiveRole(EntityRecord person, RoleMatch match)
    {
        if (person.Role is not null || match.Role is null)
        {
            return;
        }

        person.Role = match.Role;
        if (person.Affiliation is null && match.Affiliation is not null)
        {
            person.Affiliation = CanonicalAffiliation(match.Affiliation);
        }
    }

    // The distinct people the sentence names, in order (a surname alone included), written into `people`. An
    // interview's speaker label is no mention in the answer's sentence: the person the answer names stays the only one.
    private void CollectPeopleNamedIn(List<NameChunk> chunks, List<EntityRecord> people)
    {
        people.Clear();
        foreach (var chunk in chunks)
        {
            if (IsInterviewLabel(chunk))
            {
                continue;
            }

            var person = registry.Find(chunk.Text, EntityKind.Person)?.Resolve()
                ?? (chunk.SpacedWordCount == 1 ? PersonByPartOfName(chunk.Text)?.Resolve() : null);
            if (person is not null && person.Kind == EntityKind.Person && !person.Discarded && !people.Contains(person))
            {
                people.Add(person);
            }
        }
    }

    // "He is", "She was", "He later served as", "She became": a sentence (outside quotation marks) whose subject is a
    // singular personal pronoun and whose verb is one the predicate reader reads an office after.
    private static bool OpensWithPronounCopula(IReadOnlyList<Token> tokens)
    {
        if (tokens.Count <= 3 || tokens[0].Text is not ("He" or "She"))
        {
            return false;
        }

        var verb = AdverbsBeforeServing.Contains(tokens[1].Text) ? tokens[2] : tokens[1];
        return OfficeVerbs.Contains(verb.Text);
    }

    private static readonly HashSet<string> OfficeVerbs = new(System.StringComparer.Ordinal) { "is", "was", "became", "served", "serves", "worked", "works" };

    private static readonly HashSet<string> AdverbsBeforeServing = new(System.StringComparer.Ordinal) { "also", "later", "then", "previously", "formerly", "currently" };
}
