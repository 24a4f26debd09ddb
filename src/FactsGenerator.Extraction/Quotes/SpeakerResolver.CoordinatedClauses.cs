using System.Collections.Generic;
using FactsGenerator.Extraction.Entities;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Quotes;

/// <summary>
/// A verb joined by "and" to the clause before shares that clause's subject: in "the paper claimed that Ana Ruiz
/// skipped the visit and described the crowd as "...", the one who described is Ana Ruiz, the subject of "skipped",
/// not the paper that reports both.
/// </summary>
internal sealed partial class SpeakerResolver
{
    /// <summary>How many tokens back from "and" the subject of the clause it closes may be.</summary>
    private const int MaxCoordinatedClauseTokens = 25;

    // The named subject of the clause "and" closes, when that clause's own verb is no verb of saying (whose subject
    // the caller finds itself): a person or body right before an active verb.
    private EntityMention? SubjectOfClauseBeforeAnd(IReadOnlyList<Token> tokens, bool[] insideQuote, int and)
    {
        for (var k = and - 1; k >= 1 && and - k <= MaxCoordinatedClauseTokens; k--)
        {
            var token = tokens[k];
            if (insideQuote[k] || token.IsSymbol('"') || token.IsSymbol(';') || token.IsSymbol(':') || token.IsSymbol('(') || token.IsSymbol(')')
                || IsAttributionVerb(token) || IsActiveNamingVerb(tokens, k) || (token.IsWord && LabellingVerbs.Contains(token.Text)))
            {
                return null;
            }

            if (!NameForms.IsLowerWord(token) || !IsPastTenseVerb(token))
            {
                continue;
            }

            // ("Ana Ruiz later refused": adverbs may stand between the subject and its verb.)
            var end = k - 1;
            while (end >= 1 && tokens[end].IsWord && Adverbs.Contains(tokens[end].Text))
            {
                end--;
            }

            var subject = MentionEndingAt(tokens, end);
            if (subject is not null && subject.Kind != EntityKind.Place && !IsInsidePrepositionalPhrase(tokens, subject) && !IsByAgent(tokens, subject)
                && !OpensSubordinateClauseOtherThanThat(tokens, subject))
            {
                return subject;
            }
        }

        return null;
    }

    // "Jo Kim toured the yard where Ana Ruiz worked and called it "...": a clause inside the one "and" continues has
    // its own subject, not the one "and" shares ("claimed that Ana Ruiz skipped ... and described" is the report itself).
    private static bool OpensSubordinateClauseOtherThanThat(IReadOnlyList<Token> tokens, EntityMention subject)
    {
        var before = IndexAtOrAfter(tokens, subject.Start) - 1;
        return before >= 0 && tokens[before].IsWord && !tokens[before].Is("that") && Subordinators.Contains(tokens[before].Text);
    }

    // "refused", "visited", "left": a past-tense form right after a name is the clause's verb ("was"/"had" are
    // auxiliaries or copulas that report a state, not a deed the "and" clause continues).
    private static bool IsPastTenseVerb(Token token) =>
        token.Text.Length > 3 && token.Text.EndsWith("ed", System.StringComparison.Ordinal);

    // "Union leaders Ana Ruiz and Jo Kim said", "Ana Ruiz, Jo Kim and Li Wei called it": the words are all of theirs;
    // the first person of the coordination stands for them, as a reader names the pair by its first member.
    private EntityMention FirstOfCoordinatedPersons(IReadOnlyList<Token> tokens, EntityMention last)
    {
        if (last.Kind != EntityKind.Person)
        {
            return last;
        }

        var first = last;
        var joiner = IndexAtOrAfter(tokens, last.Start) - 1;
        var sawAnd = false;
        while (joiner >= 1 && (tokens[joiner].IsSymbol(',') || (!sawAnd && tokens[joiner].Is("and"))))
        {
            sawAnd |= tokens[joiner].Is("and");
            var member = MentionEndingAt(tokens, joiner - 1);
            if (member is null || member.Kind != EntityKind.Person)
            {
                break;
            }

            first = member;
            joiner = IndexAtOrAfter(tokens, member.Start) - 1;
        }

        // (Only a coordination joined by "and" is a group: "Jo Kim, Ana Ruiz said" is an apposition or a list gone wrong.
        // "The mayor thanked Ana Ruiz and Jo Kim said": a verb before the first name makes it an object, and the
        // last name opens a clause of its own.)
        return sawAnd && OpensSubjectPhrase(tokens, IndexAtOrAfter(tokens, first.Start) - 1) ? first : last;
    }

    // "Union leaders Ana Ruiz and Jo Kim threatened ...": the first person named before the index, when only titles
    // and role words stand before them.
    private EntityMention? OpeningPerson(IReadOnlyList<Token> tokens, bool[] insideQuote, int before)
    {
        var person = FirstPerson(tokens, insideQuote, before);
        return person is not null && OpensSubjectPhrase(tokens, IndexAtOrAfter(tokens, person.Start) - 1) ? person : null;
    }

    // "Ruiz was", "the union is": a form of "be" right after the mention (adverbs aside), so the subject does nothing.
    private static bool IsFollowedByBe(IReadOnlyList<Token> tokens, EntityMention mention)
    {
        var next = IndexAtOrAfter(tokens, mention.End);
        while (next < tokens.Count && tokens[next].IsWord && Adverbs.Contains(tokens[next].Text) && !IsBe(tokens[next]))
        {
            next++;
        }

        return next < tokens.Count && IsBe(tokens[next]);
    }

    private static bool IsBe(Token token) => token.Is("was") || token.Is("were") || token.Is("is") || token.Is("are");

    // Nothing but titles, role words and an article stand between the token at index and the start of the clause
    // ("Union leaders", "Commentators such as", "..., and the two senators").
    private static bool OpensSubjectPhrase(IReadOnlyList<Token> tokens, int index)
    {
        var k = index;
        while (k >= 0 && tokens[k].IsWord && (tokens[k].IsCapitalized || IsArticle(tokens[k]) || IsPersonNounText(tokens[k].Text) || IsPluralOfPersonNoun(tokens[k].Text)))
        {
            k--;
        }

        return k < 0 || tokens[k].IsSymbol(',') || tokens[k].IsSymbol('"') || (tokens[k].Is("as") && k >= 1 && tokens[k - 1].Is("such"));
    }
}
