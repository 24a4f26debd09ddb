using System.Collections.Generic;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Quantities;

/// <summary>
/// "the club had scored the most goals, with 31": a bare figure added after a comma by "with" or "at", ending its
/// clause, counts the plural noun that ends the clause before it, when that noun has no figure of its own.
/// </summary>
internal static class ClauseNounInheritance
{
    // How far before the noun a figure of its own may stand ("scored 12 goals, with 3 ...": the 3 is a part, not a count of goals).
    private const int OwnFigureReach = 3;

    /// <summary>Gives <paramref name="mention"/> the noun of the clause before it, if it is such a bare figure.</summary>
    public static void Inherit(QuantityMention mention)
    {
        if (mention.Head is not null || mention.Event is not null || mention.UnitKind != UnitKind.None || mention.MeasuredNoun is not null
            || mention.IsAge || mention.Value is null || mention.UpperValue is not null)
        {
            return;
        }

        var tokens = mention.Sentence.Tokens;
        var link = mention.EvidenceFirst - 1;
        var noun = link - 2;
        var after = mention.EvidenceLast + 1;
        if (noun < 1 || !(tokens[link].Is("with") || tokens[link].Is("at")) || !tokens[link - 1].IsSymbol(',')
            || (after < tokens.Count && !(tokens[after].IsSymbol('.') || tokens[after].IsSymbol(',') || tokens[after].IsSymbol(';')))
            || !IsPluralNoun(tokens[noun]) || HasOwnFigure(tokens, noun))
        {
            return;
        }

        // A unit ("delegates", "votes") is what the figure is in, as for "60 delegates"; other nouns are what it counts.
        var head = tokens[noun].Text.ToLowerInvariant();
        if (QuantityLexicon.TryMeasureUnit(head, out var unit))
        {
            mention.Unit = unit;
            mention.UnitKind = UnitKind.Measure;
        }
        else
        {
            mention.Head = head;
        }

        mention.CoverEvidence(noun);
    }

    private static bool IsPluralNoun(Token token) =>
        token.IsWord && !QuantityLexicon.IsFunctionWord(token.Text) && NounPhraseReader.IsPlural(token.Text);

    private static bool HasOwnFigure(IReadOnlyList<Token> tokens, int noun)
    {
        for (var k = noun - 1; k >= 0 && k >= noun - OwnFigureReach; k--)
        {
            if (Numbers.NumberReader.TryRead(tokens, k, out _))
            {
                return true;
            }
        }

        return false;
    }
}
