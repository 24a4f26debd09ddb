using System.Collections.Generic;
using FactsGenerator.Extraction.Entities;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Quotes;

/// <summary>
/// A spokesperson the text introduced without a name and takes up again: "A spokeswoman for Velm Travel said the coach
/// was theirs. ... "...," the spokeswoman said." The second reference is the same unnamed representative, who speaks
/// for the body (a spokesperson named before, "Police spokesman Jo Kim", is still that person, found first).
/// </summary>
internal sealed partial class SpeakerResolver
{
    /// <summary>How many sentences back the unnamed spokesperson may have been introduced.</summary>
    private const int MaxSpokespersonSentencesBack = 3;

    // "company", "firm", "group", "agency": words for a kind of body that stand for one named before.
    private static bool IsBodyDescription(Token token) =>
        NameForms.IsLowerWord(token) && (IsCompanyNoun(token) || IsGenericBodyNoun(token) || IsBodyKindNoun(token));

    // The body whose unnamed spokesperson a recent sentence before the offset introduced with an indefinite article ("a
    // spokeswoman for Velm Travel", "a Velm Travel spokesperson", "a spokesman for the company"), the nearest one;
    // null when none did. One of the other sex is someone else ("A spokesman for Harlow Police said ... "...," the
    // spokeswoman said" goes on back to the spokeswoman) and is passed over.
    private EntityMention? BodyOfEarlierSpokesperson(int offset, Token noun)
    {
        var here = text.SentenceAt(offset);
        if (here is null)
        {
            return null;
        }

        for (var j = here.Index - 1; j >= 0 && here.Index - j <= MaxSpokespersonSentencesBack; j--)
        {
            var tokens = text.Sentences[j].Tokens;
            for (var k = tokens.Count - 2; k >= 0; k--)
            {
                if (!(tokens[k].Is("a") || tokens[k].Is("an")))
                {
                    continue;
                }

                // ("a spokeswoman for Velm Travel", "a spokesman for the company".)
                if (IsSpokespersonNoun(tokens[k + 1]) && SameSexOrUnsaid(tokens[k + 1], noun) && BodyOfRepresentativeOrDocument(tokens, k, out _) is { } represented)
                {
                    return represented;
                }

                // ("a Velm Travel spokesperson".)
                var body = entities.MentionAt(tokens[k + 1].Start);
                var after = body is { Kind: EntityKind.Organization } ? IndexAtOrAfter(tokens, body.End) : -1;
                if (after > 0 && after < tokens.Count && IsSpokespersonNoun(tokens[after]) && SameSexOrUnsaid(tokens[after], noun))
                {
                    return body;
                }
            }
        }

        return null;
    }

    // "spokesman" and "spokeswoman" are two people; "spokesperson" says nothing of either.
    private static bool SameSexOrUnsaid(Token earlier, Token later) =>
        !((IsMaleSpokesperson(earlier) && later.Is("spokeswoman")) || (earlier.Is("spokeswoman") && IsMaleSpokesperson(later)));

    private static bool IsMaleSpokesperson(Token token) => token.Is("spokesman") || token.Is("spokesmen");
}
