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
}
