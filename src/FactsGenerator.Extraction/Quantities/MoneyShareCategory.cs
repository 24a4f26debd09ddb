using System;
using System.Collections.Generic;
using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Quantities;

/// <summary>
/// "Total sales rose 7.1%", "a 45 per cent drop in quarterly profit", "earned $93.9 million, up 58%", "fell $1.87, or 7.5
/// per cent": a share by which a firm's sales, profit or earnings moved is a money figure, as the sums around it are; a
/// share price's move alone ("shares fell 6.5 per cent") is not, as news annotators file it with other shares; a part of a sum ("0.5% of grocery turnover") is not. Runs after classification, over the kept mentions in text order.
/// </summary>
internal static class MoneyShareCategory
{
    // Nouns of a business's money: what it sells or earns. Not "shares" or "stock": gold files a share price's move as
    // `other` (6 of 8 annotated articles from different publishers); beside a sum it is still money (IsChangeOfTheSum).
    private static readonly HashSet<string> FinancialNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "sales", "revenue", "revenues", "profit", "profits", "earnings", "income", "turnover",
        "dividend", "dividends",

        // What a household or a public body pays or is paid: "a 3 per cent tax increase", "a 40 per cent pay cut", "a 2
        // percent reduction in funds to departments", "spending rose 4 percent" (a move of "prices" is inflation, no sum).
        "tax", "taxes", "pay", "wage", "wages", "salary", "salaries", "fare", "fares", "rent", "rents", "tariff", "tariffs",
        "fee", "fees", "funding", "funds", "spending",

        // What a body plans to spend or pays out, and what a thing sells for: "the budget rose 12%", "costs fell by 5
        // percent", "the price of a ticket rose 8%". The plural "prices" is inflation, and a share price ("the share
        // price fell 4%") moves as shares do: neither is a sum's change (see IsSharePrice).
        "budget", "budgets", "cost", "costs", "expenditure", "expenditures", "outlays", "price",
    };

    // Words of a move up or down: the share is the size of a change, not a part of a whole.
    private static readonly HashSet<string> ChangeWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "rose", "rise", "rises", "risen", "rising", "fell", "fall", "falls", "fallen", "falling", "drop", "drops", "dropped",
        "decline", "declines", "declined", "jump", "jumps", "jumped", "gain", "gains", "gained", "increase", "increases",
        "increased", "decrease", "decreased", "slump", "slumped", "slid", "slipped", "climb", "climbed", "surge", "surged",
        "plunge", "plunged", "grew", "growth", "up", "down", "lost", "shed", "soared", "tumbled", "sank", "eased", "edged",
        "advanced", "dipped", "dip", "slide", "tumble", "cut", "cuts", "hike", "hikes", "zoomed", "rallied", "spiked",
        "crashed", "plummeted", "slashed", "raise", "raises", "reduction", "reductions",

    };

    // Nouns of what workers are paid: a bare share later in a sentence about a pay share is another figure of that pay
    // ("a 19% pay raise over the contract with 10% upon ratification", "seeking 3.5 percent salary increases, and the
    // district is offering 2 percent").
    private static readonly HashSet<string> PayNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "pay", "wage", "wages", "salary", "salaries",
    };

    // How far before and after the figure the financial noun may stand ("sales in the United States fell 1.5%").
    private const int Reach = 7;

    public static void Apply(List<QuantityMention> mentions)
    {
        Sentence? sentence = null;
        var sumBefore = false;
        var payShareBefore = false;
        for (var i = 0; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            if (!ReferenceEquals(mention.Sentence, sentence))
            {
                sentence = mention.Sentence;
                sumBefore = false;
                payShareBefore = false;
            }

            if (mention.UnitKind == UnitKind.Percent && mention.Category == QuantityCategory.Other
                && (NamesFinancialNoun(mention) || (sumBefore && IsChangeOfTheSum(mention)) || LeadsToASum(mentions, i)
                    || NamesPayNoun(mention, offer: true) || (payShareBefore && IsBareShare(mention))))
            {
                mention.Category = QuantityCategory.Money;
            }

            if (mention.UnitKind == UnitKind.Percent && mention.Category == QuantityCategory.Money && NamesPayNoun(mention, offer: false))
            {
                payShareBefore = true;
            }

            if (mention.UnitKind == UnitKind.Currency)
            {
                sumBefore = true;
            }
        }
    }

    private static bool NamesFinancialNoun(QuantityMention mention)
    {
        var tokens = mention.Sentence.Tokens;
        var financial = IsFinancial(mention.Subject) || IsFinancial(mention.Head) || IsFinancial(mention.MeasuredNoun);
        var change = mention.Verb is { } verb && ChangeWords.Contains(verb);
        for (var k = mention.Number.First - 1; k >= 0 && k >= mention.Number.First - Reach && !EndsClause(tokens[k]); k--)
        {
            Note(tokens, k, ref financial, ref change);
        }

        // Past the share's own unit ("per cent"), which says nothing of what moved; "0.5% of grocery turnover" is a part of
        // a sum, not its change.
        var after = AfterShareUnit(tokens, mention.Number.Last + 1);
        if (after < tokens.Count && tokens[after].Is("of"))
        {
            return false;
        }

        for (var k = after; k < tokens.Count && k < after + Reach && !EndsClause(tokens[k]); k++)
        {
            Note(tokens, k, ref financial, ref change);
        }

        return financial && change;
    }

    // "a 19% pay raise", "3.5 percent annual salary increases": the pay noun within two words after the share's unit. With
    // offer, the pay noun is followed by "offer" ("a 2% pay offer"): what an employer puts on the table is the change it
    // would make to pay.
    private static bool NamesPayNoun(QuantityMention mention, bool offer)
    {
        var tokens = mention.Sentence.Tokens;
        var after = AfterShareUnit(tokens, mention.Number.Last + 1);
        for (var k = after; k < tokens.Count && k <= after + 2 && tokens[k].IsWord; k++)
        {
            if (PayNouns.Contains(tokens[k].Text))
            {
                return !offer || (k + 1 < tokens.Count && (tokens[k + 1].Is("offer") || tokens[k + 1].Is("offers")));
            }
        }

        return false;
    }

    // "with 10% upon ratification", "is offering 2 percent": a share with no noun or verb of its own and no "of" after it;
    // "40% of staff" says what it is a share of, and "unemployment reached 7%" what reached it.
    private static bool IsBareShare(QuantityMention mention)
    {
        var tokens = mention.Sentence.Tokens;
        var after = AfterShareUnit(tokens, mention.Number.Last + 1);
        return mention.Head is null && mention.MeasuredNoun is null && mention.Verb is null
            && !(after < tokens.Count && tokens[after].Is("of"));
    }

    private static int AfterShareUnit(IReadOnlyList<Token> tokens, int after)
    {
        while (after < tokens.Count && (tokens[after].Is("per") || tokens[after].Is("cent") || tokens[after].Is("percent") || tokens[after].IsSymbol('%')))
        {
            after++;
        }

        return after;
    }

    private static void Note(IReadOnlyList<Token> tokens, int k, ref bool financial, ref bool change)
    {
        var token = tokens[k];
        if (token.IsWord)
        {
            financial |= FinancialNouns.Contains(token.Text) && !IsSharePrice(tokens, k) && !IsModifierOfAnotherNoun(tokens, k);
            change |= ChangeWords.Contains(token.Text);
        }
    }

    // "the share price", "its stock price": the price of a company's shares, whose move is filed with other shares.
    private static bool IsSharePrice(IReadOnlyList<Token> tokens, int k) =>
        tokens[k].Is("price") && k > 0 && (tokens[k - 1].Is("share") || tokens[k - 1].Is("stock"));

    // "in the budget year", "the budget committee", "budget airlines", "the cost of living": "budget" or "cost" naming
    // a time, a body or a kind of thing, or the living standard inflation measures, is no sum that moved.
    private static bool IsModifierOfAnotherNoun(IReadOnlyList<Token> tokens, int k) =>
        (tokens[k].Is("budget") || tokens[k].Is("cost")) && k + 1 < tokens.Count && tokens[k + 1].IsWord
        && (BudgetModified.Contains(tokens[k + 1].Text) || (tokens[k + 1].Is("of") && k + 2 < tokens.Count && tokens[k + 2].Is("living")));

    private static readonly HashSet<string> BudgetModified = new(StringComparer.OrdinalIgnoreCase)
    {
        "year", "years", "period", "session", "day", "speech", "debate", "debates", "committee", "committees", "office", "talks",
        "vote", "negotiations", "process", "hearing", "hearings", "airline", "airlines", "carrier", "carriers", "hotel", "hotels",
    };

    // "price", "cost" and "budget" need the words around them (IsSharePrice, IsModifierOfAnotherNoun), which the scan of
    // the clause's tokens sees; as a bare subject or head they are left to it.
    private static bool IsFinancial(string? noun) =>
        noun is not null && FinancialNouns.Contains(noun) && !(noun.Equals("price", StringComparison.OrdinalIgnoreCase)
            || noun.Equals("cost", StringComparison.OrdinalIgnoreCase) || noun.Equals("budget", StringComparison.OrdinalIgnoreCase));

    // A comma, a colon, a quotation mark, another figure or a conjunction ends the clause ("a 4% drop in jobs while sales
    // rose": the sales belong to the other clause).
    private static bool EndsClause(Token token) =>
        token.IsNumber || (token.Kind == TokenKind.Symbol && !token.IsSymbol('-') && !token.IsSymbol('%') && !token.IsSymbol('$'))
        || (token.IsWord && QuantityLexicon.IsClauseOpener(token.Text));

    // ", up 58%", ", or 7.5 per cent", ", down by 3%": a share set after a sum of the same sentence is its change.
    private static bool IsChangeOfTheSum(QuantityMention mention)
    {
        var tokens = mention.Sentence.Tokens;
        var k = mention.Number.First - 1;
        if (k >= 0 && tokens[k].Is("by"))
        {
            k--;
        }

        var after = AfterShareUnit(tokens, mention.Number.Last + 1);
        return k >= 1 && (tokens[k].Is("up") || tokens[k].Is("down") || tokens[k].Is("or")) && tokens[k - 1].IsSymbol(',')
            && !(after < tokens.Count && tokens[after].Is("of"));
    }

    /// <summary>
    /// "climbed 1.08 per cent to finish at Rs 2,643", "a 96 per cent jump from $1.5 billion", "a 2 per cent, or $35, increase":
    /// a share of change followed by "to" or "from" and a sum, or restated as a sum after ", or", is the change of that sum.
    /// </summary>
    private static bool LeadsToASum(List<QuantityMention> mentions, int index)
    {
        var mention = mentions[index];
        var tokens = mention.Sentence.Tokens;
        var k = AfterShareUnit(tokens, mention.Number.Last + 1);
        var changed = mention.Verb is { } verb && ChangeWords.Contains(verb);
        if (k < tokens.Count && tokens[k].IsWord && ChangeWords.Contains(tokens[k].Text))
        {
            changed = true;
            k++;
        }

        int sumFrom;
        if (k + 1 < tokens.Count && tokens[k].IsSymbol(',') && tokens[k + 1].Is("or"))
        {
            sumFrom = k + 2;
        }
        else if (changed && k < tokens.Count && (tokens[k].Is("to") || tokens[k].Is("from")))
        {
            // "to settle at", "to finish at": a verb of closing and "at" may stand before the sum.
            sumFrom = k + 1;
            if (sumFrom + 1 < tokens.Count && tokens[sumFrom].IsWord && tokens[sumFrom + 1].Is("at"))
            {
                sumFrom += 2;
            }
        }
        else
        {
            return false;
        }

        // (Mentions come in text order, so the sum is among the ones after the share in its sentence.)
        for (var next = index + 1; next < mentions.Count && ReferenceEquals(mentions[next].Sentence, mention.Sentence); next++)
        {
            var other = mentions[next];
            if (other.UnitKind == UnitKind.Currency && other.Number.First >= sumFrom && other.Number.First <= sumFrom + 1)
            {
                return true;
            }
        }

        return false;
    }
}
