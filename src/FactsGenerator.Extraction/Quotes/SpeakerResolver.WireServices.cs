using System.Collections.Generic;
using FactsGenerator.Extraction.Entities;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Quotes;

/// <summary>
/// Who said words a wire service reports ("..., according to AFP"): the person or body the sentence opens with, unless
/// that subject only is something.
/// </summary>
internal sealed partial class SpeakerResolver
{
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

    // Nothing but titles, role words and an article stand between the token at index and the start of the clause
    // ("Union leaders", "Commentators such as", "..., and the two senators").
    private static bool OpensSubjectPhrase(IReadOnlyList<Token> tokens, int index)
    {
        var k = index;
        while (k >= 0 && tokens[k].IsWord && (tokens[k].IsCapitalized || tokens[k].IsArticle || IsPersonNounText(tokens[k].Text) || IsPluralOfPersonNoun(tokens[k].Text)))
        {
            k--;
        }

        return k < 0 || tokens[k].IsSymbol(',') || tokens[k].IsSymbol('"') || (tokens[k].Is("as") && k >= 1 && tokens[k - 1].Is("such"));
    }
}
