using System.Collections.Generic;
using FactsGenerator.Extraction.Numbers;
using FactsGenerator.Extraction.Text;
using static FactsGenerator.Extraction.Quantities.TokenWindow;

namespace FactsGenerator.Extraction.Quantities;

/// <summary>
/// "sales rose to $4 billion from $3.1 billion a year earlier", "higher than a month ago", "compared with the same
/// quarter a year before": the span names the earlier period a figure is set against, it measures no time that passed.
/// A span after "than", after "from" that follows a figure or a move ("up slightly from a year ago"), after a figure that
/// follows "from" or "than" (restated per share too, "or $1 a share, a year earlier", or named before "of", "compared
/// with a profit of $2.9 billion a year ago"), after "compared with/to" or after "the same period" is such an anchor;
/// "released from prison a week ago" (no figure after "from") keeps its span.
/// </summary>
internal static class ComparisonAnchorFilter
{
    // Tokens a figure between "from" and the span may be written with: "$3.1 billion", "4.5 per cent", "62%", "8 trillion won".
    private const int FigureTokens = 5;

    public static bool IsComparisonAnchor(QuantityMention mention)
    {
        var tokens = mention.Sentence.Tokens;
        var number = mention.Number;
        if (mention.Unit is not ("years" or "months" or "weeks" or "days" or "quarters")
            || !(IsAt(tokens, number.Last + 2, "earlier") || IsAt(tokens, number.Last + 2, "ago") || IsAt(tokens, number.Last + 2, "before")))
        {
            return false;
        }

        var before = number.First - 1;
        if ((IsComparingWord(tokens, before) && (!IsAt(tokens, before, "from") || HasFigureJustBefore(tokens, before) || IsMoveBefore(tokens, before)))
            || (IsAt(tokens, before, "period") || IsAt(tokens, before, "quarter") || IsAt(tokens, before, "time")) && IsAt(tokens, before - 1, "same"))
        {
            return true;
        }

        // "from $3.1 billion a year earlier": only a figure between the comparing word and the span; also a figure
        // restated after ", or" ("from $1.61 billion, or 46 cents, a year earlier"), which doubles the window.
        var sawFigure = false;
        var window = FigureTokens;
        for (var k = before; k >= 0 && k >= before - window; k--)
        {
            if (IsComparingWord(tokens, k))
            {
                return sawFigure;
            }

            var token = tokens[k];
            sawFigure |= token.IsNumber;
            if (IsRestatingMark(tokens, k))
            {
                window = 2 * FigureTokens + 3;
                continue;
            }

            // "or $1 a share", "or 96 cents per share": the price of one share restating a sum.
            if (IsPerShare(tokens, k))
            {
                continue;
            }

            // "compared with a profit of $2.87 billion a year ago": the figure may be named before "of".
            if (token.Is("of"))
            {
                return sawFigure && NamedFigureAfterComparingWord(tokens, k);
            }

            if (!IsFigureToken(token) && !IsDollarPrefix(tokens, k))
            {
                return false;
            }
        }

        return false;
    }

    // Adverbs of degree between a move and "from": "up slightly from", "down sharply from".
    private static readonly HashSet<string> DegreeOfMove = new(System.StringComparer.OrdinalIgnoreCase)
    {
        "slightly", "sharply", "steeply", "marginally", "modestly", "fractionally", "significantly", "substantially", "considerably",
        "dramatically", "markedly", "strongly",
    };

    // "up slightly from a year ago", "down from a year earlier": a move set against the span, its figure said before.
    private static bool IsMoveBefore(IReadOnlyList<Token> tokens, int from)
    {
        var k = from - 1;
        if (IsWordAt(tokens, k) && DegreeOfMove.Contains(tokens[k].Text))
        {
            k--;
        }

        return IsAt(tokens, k, "up") || IsAt(tokens, k, "down");
    }

    private static bool IsPerShare(IReadOnlyList<Token> tokens, int k) =>
        ((tokens[k].Is("share") || tokens[k].Is("shares")) && (IsAt(tokens, k - 1, "a") || IsAt(tokens, k - 1, "per")))
        || (tokens[k].Is("a") && IsAt(tokens, k + 1, "share"));

    // How many words may name the figure between the comparing word and "of" ("with a net profit of").
    private const int NamingWords = 3;

    private static bool NamedFigureAfterComparingWord(IReadOnlyList<Token> tokens, int of)
    {
        for (var k = of - 1; k >= 0 && k >= of - 1 - NamingWords; k--)
        {
            if (IsComparingWord(tokens, k))
            {
                return k < of - 1;
            }

            if (!tokens[k].IsWord)
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsComparingWord(IReadOnlyList<Token> tokens, int index) =>
        IsAt(tokens, index, "from") || (IsAt(tokens, index, "than") && !IsBoundBeforeThan(tokens, index - 1)) || IsAt(tokens, index, "versus") || IsAt(tokens, index, "against")
        || ((IsAt(tokens, index, "with") || IsAt(tokens, index, "to")) && IsAt(tokens, index - 1, "compared"));

    // "up 12 percent from a year earlier": a figure just before "from" is what the span is set against; "From two days ago,
    // I would have taken this" looks back from a moment instead.
    private static bool HasFigureJustBefore(IReadOnlyList<Token> tokens, int from)
    {
        for (var k = from - 1; k >= 0 && k >= from - FigureTokens; k--)
        {
            if (tokens[k].IsNumber)
            {
                return true;
            }
        }

        return false;
    }

    // "more than a year", "less than two weeks ago": "than" after these bounds the span, it compares nothing.
    private static bool IsBoundBeforeThan(IReadOnlyList<Token> tokens, int index) =>
        IsAt(tokens, index, "more") || IsAt(tokens, index, "less") || IsAt(tokens, index, "fewer") || IsAt(tokens, index, "greater")
        || IsAt(tokens, index, "longer") || IsAt(tokens, index, "shorter") || IsAt(tokens, index, "rather");

    // ", or 46 cents,": the commas and the "or" of a figure restated in another unit.
    private static bool IsRestatingMark(IReadOnlyList<Token> tokens, int k) =>
        IsAt(tokens, k, "or") || (IsSymbolAt(tokens, k, ',') && k > 0 && (tokens[k - 1].IsNumber || IsFigureToken(tokens[k - 1]) || IsPerShare(tokens, k - 1)) && !tokens[k - 1].IsSymbol(','));

    // "US$400 million", "C$2 billion": the letters that say which dollar a sign is.
    private static bool IsDollarPrefix(IReadOnlyList<Token> tokens, int k) =>
        tokens[k].IsWord && tokens[k].Text.Length <= 3 && IsSymbolAt(tokens, k + 1, '$') && !tokens[k + 1].SpaceBefore
        && tokens[k].Text.ToUpperInvariant() == tokens[k].Text;

    private static bool IsFigureToken(Token token) =>
        token.IsNumber
        || (token.Kind == TokenKind.Symbol && !token.IsSymbol(',') && !token.IsSymbol('.') && !token.IsSymbol('"'))
        || (token.IsWord && (NumberWords.TryScale(token.Text, out _) || NumberWords.TryScaleSuffix(token.Text, out _)
            || token.Is("per") || token.Is("cent") || token.Is("percent") || QuantityLexicon.GluedCurrency(token) is not null
            || QuantityLexicon.TryCurrencyWord(token.Text, out _) || QuantityLexicon.TrySubunitCurrency(token.Text, out _)));
}
