using System;
using System.Collections.Generic;
using FactsGenerator.Extraction.Text;
using static FactsGenerator.Extraction.Quantities.TokenWindow;

namespace FactsGenerator.Extraction.Quantities;

/// <summary>
/// "kept the cash rate steady at 4.75 per cent", "raised the cash rate by 25 basis points", "cut the interest rate on
/// loans from 3.75% to 2.25%": an interest rate is the price of money, so its level and its moves are money figures,
/// as the annotators of news about central banks and loans write them. Other rates ("the unemployment rate rose to
/// 4.1%", "a pass rate of 70 percent", "inflation peaked at 9.1%") stay where they are.
/// </summary>
internal static class InterestRateShare
{
    // Words before "rate"/"rates" that make it the price of borrowing ("the cash rate", "its benchmark rate", "the
    // federal funds rate", "mortgage rates").
    private static readonly HashSet<string> RateKinds = new(StringComparer.OrdinalIgnoreCase)
    {
        "interest", "cash", "benchmark", "key", "policy", "lending", "repo", "funds", "mortgage", "borrowing", "deposit", "overnight",
    };

    // Besides the conjunctions that open another clause (QuantityLexicon.IsClauseOpener: "raised rates as inflation hit
    // 5%"), a relative clause or a "with"/"despite" phrase carries another figure: a rate is reached farther back here
    // (14 words) than a financial noun in MoneyShareCategory (7), so these end the search too.
    private static readonly HashSet<string> RelativeOrAddedPhraseOpeners = new(StringComparer.OrdinalIgnoreCase)
    {
        "which", "who", "where", "with", "despite",
    };

    // How far before the figure the rate may be named, past its verb and a count of moves ("raised its benchmark interest
    // rate 11 times to a two-decade high of 5.3%").
    private const int ReachBefore = 14;

    // How far after the figure's unit ("a 25 basis point cut in the cash rate", "a 6% interest rate").
    private const int ReachAfter = 6;

    /// <summary>True when the share (or the basis or percentage points) <paramref name="mention"/> is an interest rate or its move.</summary>
    public static bool NamesInterestRate(QuantityMention mention)
    {
        if (!(mention.UnitKind == UnitKind.Percent || IsPointsOfARate(mention)))
        {
            return false;
        }

        var tokens = mention.Sentence.Tokens;

        // "pays 4% interest": the share counts the interest itself; "a 51% interest in the mine" is a stake.
        if (string.Equals(mention.Head, "interest", StringComparison.OrdinalIgnoreCase))
        {
            return !IsStakeOrAttention(tokens, mention.EvidenceLast);
        }

        for (var k = mention.Number.First - 1; k >= 0 && k >= mention.Number.First - ReachBefore && !EndsClause(tokens[k]); k--)
        {
            if (IsInterestRateAt(tokens, k))
            {
                return true;
            }
        }

        // "4% of the interest" is a part of it, not its level.
        var after = mention.EvidenceLast + 1;
        if (IsAt(tokens, after, "of"))
        {
            return false;
        }

        for (var k = after; k < tokens.Count && k < after + ReachAfter && !EndsClause(tokens[k]); k++)
        {
            if (IsInterestRateAt(tokens, k))
            {
                return true;
            }
        }

        return false;
    }

    // "25 basis points", "half a percentage point": the unit of a rate's move.
    private static bool IsPointsOfARate(QuantityMention mention) =>
        mention.Unit is "points" or "basis points" or "percentage points"
        && (IsAt(mention.Sentence.Tokens, mention.Number.Last + 1, "basis") || IsAt(mention.Sentence.Tokens, mention.Number.Last + 1, "percentage"));

    // "interest" alone ("pays 4% interest"), or "rate"/"rates" after a word of borrowing ("the cash rate"). Not
    // "interest in electric cars" (attention) nor "the key rate of infection" (the main one of something else).
    private static bool IsInterestRateAt(IReadOnlyList<Token> tokens, int k) =>
        (tokens[k].Is("interest") && !IsStakeOrAttention(tokens, k))
        || ((tokens[k].Is("rate") || tokens[k].Is("rates")) && IsWordAt(tokens, k - 1) && RateKinds.Contains(tokens[k - 1].Text)
            && !(tokens[k - 1].Is("key") && IsAt(tokens, k + 1, "of")));

    // "interest in X", "interest of X": a stake in something or attention to it, not the price of money.
    private static bool IsStakeOrAttention(IReadOnlyList<Token> tokens, int interest) =>
        IsAt(tokens, interest + 1, "in") || IsAt(tokens, interest + 1, "of");

    // Punctuation other than a hyphen, the share's signs or a bracket ends the clause, as do the words that open another
    // one; figures do not ("11 times"), since a rate's verb may carry a count of its own.
    private static bool EndsClause(Token token) =>
        (token.Kind == TokenKind.Symbol && !token.IsSymbol('-') && !token.IsSymbol('%') && !token.IsSymbol('[') && !token.IsSymbol(']'))
        || (token.IsWord && (QuantityLexicon.IsClauseOpener(token.Text) || RelativeOrAddedPhraseOpeners.Contains(token.Text)));
}
