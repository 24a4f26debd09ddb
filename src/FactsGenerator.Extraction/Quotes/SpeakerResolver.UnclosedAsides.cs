using System.Collections.Generic;
using FactsGenerator.Extraction.Entities;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Quotes;

/// <summary>
/// Descriptions the writer did not set off with a pair of commas: "Ana Ruiz, the agency's director said that ..." (the
/// closing comma left out, before the quotation or after it: ""...," Ana Ruiz, head of the fire brigade told reporters")
/// and ""...," says a local trader, Ana Ruiz" (the description before the name).
/// </summary>
internal sealed partial class SpeakerResolver
{
    /// <summary>Most tokens an unclosed description may hold ("the FCA's director of enforcement and market oversight").</summary>
    private const int MaxUnclosedAsideTokens = 12;

    // The person opening the sentence, when only "Name, the description" (or "Name, head of ...") stands before the verb's
    // token at end.
    private EntityMention? PersonBeforeUnclosedAside(IReadOnlyList<Token> tokens, int end)
    {
        var comma = -1;
        for (var k = end; k >= 1 && end - k < MaxUnclosedAsideTokens; k--)
        {
            if (tokens[k].IsSymbol(','))
            {
                comma = k;
                break;
            }

            // ("a 10-person delegation": a figure glued to its noun is a word of the description too.)
            var glued = tokens[k].Text is "'s" or "'S" || tokens[k].IsNumber || (tokens[k].IsSymbol('-') && !tokens[k].SpaceBefore);
            if (!(tokens[k].IsWord || glued) || IsAttributionVerb(tokens[k]) || Subordinators.Contains(tokens[k].Text))
            {
                return null;
            }
        }

        // ("Ana Ruiz, head of the county fire brigade said": an office with no article opens the description too.)
        if (comma < 1 || comma + 1 > end || !(tokens[comma + 1].IsArticle || IsOfficeWord(tokens[comma + 1]))
            || !NameForms.IsLowerWord(tokens[end]))
        {
            return null;
        }

        var person = MentionEndingAt(tokens, comma - 1);
        return person is { Kind: EntityKind.Person } && person.Start == tokens[0].Start ? person : null;
    }

    // ""...," Ana Ruiz, head of the city fire brigade told reporters": after the quotation, a description of the speaker
    // whose closing comma was left out. Returns the index of the verb of saying that ends it, or comma when there is
    // none. The description opens with an article, a title or a lower-case word, and holds no comma, no clause of its
    // own ("who", "that") and no other verb of saying; the verb closes the sentence, but for a phrase of where, when or
    // how ("said in a briefing in the capital"), as a reporting clause after a quotation does.
    private static int VerbAfterUnclosedAside(IReadOnlyList<Token> tokens, bool[] insideQuote, int comma)
    {
        const int MaxTokensAfterVerb = 4;
        if (comma + 3 >= tokens.Count || !tokens[comma].IsSymbol(',') || !OpensDescription(tokens[comma + 1]))
        {
            return comma;
        }

        for (var k = comma + 1; k < tokens.Count && k - comma <= MaxUnclosedAsideTokens + 1; k++)
        {
            var glued = !tokens[k].SpaceBefore && (tokens[k].IsSymbol('-') || tokens[k].Text is "'s" or "'S");
            if (insideQuote[k] || !(tokens[k].IsWord || glued) || Subordinators.Contains(tokens[k].Text) || IsPronoun(tokens, k))
            {
                return comma;
            }

            if (k > comma + 2 && IsAttributionVerb(tokens[k]))
            {
                var last = tokens.Count - 1;
                return last - k <= MaxTokensAfterVerb || IsSayingAdjunctTail(tokens, k, last) ? k : comma;
            }
        }

        return comma;
    }

    // "the", "a", "inspector", "Inspector General": a word a description of a person may open with (not a verb of saying).
    private static bool OpensDescription(Token token) =>
        token.IsWord && !IsAttributionVerb(token) && !Subordinators.Contains(token.Text)
        && (token.IsArticle || NameForms.IsLowerWord(token) || Lexicon.TitleWords.Contains(token.Text));

    /// <summary>Most words a description may hold before the name it introduces after a verb ("says a local trader, X").</summary>
    private const int MaxInvertedDescriptionWords = 4;

    // ""...," says South African, Ana Ruiz": a short description and a comma before the name of the person who spoke,
    // the name closing the sentence or the clause.
    private EntityMention? PersonAfterShortDescription(IReadOnlyList<Token> tokens, int start)
    {
        var comma = start;
        while (comma < tokens.Count && comma - start <= MaxInvertedDescriptionWords && tokens[comma].IsWord && !IsAttributionVerb(tokens[comma]))
        {
            comma++;
        }

        if (comma == start || comma + 1 >= tokens.Count || !tokens[comma].IsSymbol(',') || comma - start > MaxInvertedDescriptionWords)
        {
            return null;
        }

        var person = entities.MentionAt(tokens[comma + 1].Start);
        if (person is not { Kind: EntityKind.Person })
        {
            return null;
        }

        var after = IndexAtOrAfter(tokens, person.End);
        return after >= tokens.Count || tokens[after].IsSymbol('.') || tokens[after].IsSymbol(',') ? person : null;
    }
}
