using System.Collections.Generic;
using FactsGenerator.Extraction.Entities;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Quotes;

/// <summary>
/// "Velm Pipeline said it was attacked. The company halted all operations. "...," it said.": news copy names a body
/// once, takes it up as "the company" (or "the court", "the agency"), then as "it". A sentence before that opens with
/// such a description, or whose own reporting clause is "it said" ("The halt was temporary, it said, ..."), passes the
/// body on to the "it" of the next one. A description that stands for a person ("The minister said") or for nobody
/// ("The halt was temporary.") passes nothing on.
/// </summary>
internal sealed partial class SpeakerResolver
{
    /// <summary>How many sentences of "it said" may pass a body on to the next ("it" after "it" after the body).</summary>
    private const int MaxItChain = 2;

    // The body the sentence before stands for when no name opens it: the body its opening description stands for, or
    // the body its own acting "it" (the subject of a verb of saying after a comma or at its start) stands for.
    private EntityMention? BodyTakenUpBefore(Sentence before, int depth)
    {
        var tokens = before.Tokens;
        if (OpeningDescriptionNoun(tokens) is { } noun && Described(noun) is { Kind: EntityKind.Organization } described)
        {
            return described;
        }

        if (depth >= MaxItChain)
        {
            return null;
        }

        for (var k = 0; k < tokens.Count - 1; k++)
        {
            var verb = SkipAdverbs(tokens, k + 1);
            if ((k == 0 || tokens[k - 1].IsSymbol(',')) && IsActingIt(tokens, k) && !IsQuoted(tokens[k].Start)
                && verb < tokens.Count && IsAttributionVerb(tokens[verb]))
            {
                return OrganizationForIt(tokens[k], depth + 1);
            }
        }

        return null;
    }

    // "The company halted", "The court said", "The firm, whose ...", "The agency's chief": the noun of a two-word
    // description opening the sentence, followed by its verb, a comma or a possessive. A longer phrase ("The company
    // chief said") describes someone else, so gives none.
    private static Token? OpeningDescriptionNoun(IReadOnlyList<Token> tokens)
    {
        if (tokens.Count < 3 || !tokens[0].Is("the") || !NameForms.IsLowerWord(tokens[1]))
        {
            return null;
        }

        var next = tokens[2];
        var closes = next.IsSymbol(',') || next.Is("'s") || IsAttributionVerb(next)
            || (NameForms.IsLowerWord(next) && (next.Text.EndsWith("ed", System.StringComparison.Ordinal) || ClauseOpeningVerbs.Contains(next.Text)));
        return closes ? tokens[1] : null;
    }

    // Auxiliaries and adverbs that follow a subject ("The company has", "The court also").
    private static readonly HashSet<string> ClauseOpeningVerbs = Lexicon.Set("has had have is was will would could can also did does");
}
