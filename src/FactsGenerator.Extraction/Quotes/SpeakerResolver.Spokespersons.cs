using System.Collections.Generic;
using FactsGenerator.Extraction.Entities;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Quotes;

/// <summary>
/// A spokesperson speaks for whoever the sentence says they speak for, a person as well as a body: "Jo Kim's
/// spokesman said" and "a spokeswoman for Jo Kim said" give Jo Kim, never the body named last.
/// </summary>
internal sealed partial class SpeakerResolver
{
    private static bool IsSpokespersonNoun(Token token) =>
        token.Is("spokesperson") || token.Is("spokesman") || token.Is("spokeswoman") || token.Is("spokespeople") || token.Is("spokesmen");

    // "Jo Kim's spokesman said": the person or body before the possessive that ends at the noun.
    private EntityMention? OwnerOfSpokesperson(IReadOnlyList<Token> tokens, int noun)
    {
        if (noun < 2 || !IsSpokespersonNoun(tokens[noun]) || tokens[noun - 1].Text is not ("'s" or "'S" or "'"))
        {
            return null;
        }

        return MentionEndingAt(tokens, noun - 2);
    }

    // "Police spokesman Jo Kim said ... The spokesman said: "..."": "the spokesperson" stands for the person named before
    // with that role, as it does after the quotation (""...," the spokesman said"); null when nobody was.
    private EntityMention? SpokespersonNamedBefore(IReadOnlyList<Token> tokens, int noun) =>
        noun >= 1 && tokens[noun - 1].Is("the") && IsSpokespersonNoun(tokens[noun]) && Described(tokens[noun]) is { Kind: EntityKind.Person } person ? person : null;

    // "A spokeswoman for Jo Kim said": the person the spokesperson opening the clause speaks for (bodies are
    // the represented bodies' rule).
    private static bool IsPersonWithSpokesperson(IReadOnlyList<Token> tokens, EntityMention person)
    {
        if (person.Kind != EntityKind.Person)
        {
            return false;
        }

        var i = IndexAtOrAfter(tokens, person.Start) - 1;
        if (i < 1 || !tokens[i].Is("for") || !IsSpokespersonNoun(tokens[i - 1]))
        {
            return false;
        }

        var before = i - 2;
        while (before >= 0 && tokens[before].IsWord && i - 1 - before <= 2 && (NameForms.IsLowerWord(tokens[before]) || tokens[before].IsArticle))
        {
            before--;
        }

        return before < 0 || !tokens[before].IsWord;
    }
}
