using System.Collections.Generic;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>
/// "X, Chair, President and Chief Executive Officer of Y,", "X, President and CEO of Y,": company and court releases
/// give a holder of several offices all of them in capitals, set off by commas and closed by "and". They are one role
/// (chair, president and chief executive officer), where before the role stopped at the first office and lost the
/// body after "of". Lower-case offices joined by "and" were already read so ("chairman and chief executive").
/// </summary>
internal static partial class RoleParser
{
    // Most offices before the closing "and" ("Chair, President and Chief Executive Officer" has two).
    private const int MaxSeriesOffices = 4;

    // Most words of one capitalised office in the series ("Chief Executive Officer", "Chief Operating Officer").
    private const int MaxSeriesOfficeWords = 3;

    /// <summary>
    /// After the capitalised office ending at head: more capitalised offices set off by commas or "and" (", and" too),
    /// the last after "and", and then "of", "at", "for" or punctuation. Returns the last office's last index, or head
    /// when no such series follows.
    /// </summary>
    private static int CapitalisedOfficeSeriesEnd(IReadOnlyList<Token> tokens, int head)
    {
        if (!tokens[head].IsWord || !char.IsUpper(tokens[head].Text[0])
            || !(Lexicon.TitleWords.Contains(tokens[head].Text) || Lexicon.RoleHeads.Contains(tokens[head].Text.ToLowerInvariant())))
        {
            return head;
        }

        var end = SeriesEnd(tokens, head, MaxSeriesOffices, CapitalisedOfficeRunEnd,
            (t, next) => next >= t.Count || (t[next].Kind == TokenKind.Symbol && !t[next].IsSymbol('-')) || t[next].Is("of") || t[next].Is("at") || t[next].Is("for"));
        return end < 0 ? head : end;
    }

    // From start, up to three capitalised words that end in a title ("President", "Chief Executive Officer", "CEO")
    // and are followed by no other name word; a word no list of titles or fields knows (a person's name: "Chair, Ana
    // Ruiz and ...") ends the search. Returns the title's index, or -1.
    private static int CapitalisedOfficeRunEnd(IReadOnlyList<Token> tokens, int start)
    {
        for (var k = start; k < tokens.Count && k - start < MaxSeriesOfficeWords && NameChunker.IsNameWord(tokens[k]); k++)
        {
            var title = Lexicon.TitleWords.Contains(tokens[k].Text);
            if (!title && !Lexicon.TitleModifiers.Contains(tokens[k].Text) && !IsCapitalisedFieldWord(tokens[k]))
            {
                return -1;
            }

            if (title && !(k + 1 < tokens.Count && NameChunker.IsNameWord(tokens[k + 1])))
            {
                return k;
            }
        }

        return -1;
    }
}
