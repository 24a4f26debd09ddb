using System;
using System.Collections.Generic;
using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Numbers;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Quantities;

/// <summary>
/// Reads how exact a figure is from the words around it: "more than", "at least", "an estimated", "up to",
/// "fewer than" before the number, "or more", "or so", "-plus" after it.
/// </summary>
internal static class QualifierReader
{
    // Longest phrases first so "no more than" wins over "more than".
    private static readonly (string[] Words, Qualifier Qualifier)[] LeftPhrases = Build(
        ("in excess of", Qualifier.MoreThan), ("upwards of", Qualifier.MoreThan), ("no fewer than", Qualifier.AtLeast),
        ("no less than", Qualifier.AtLeast), ("not less than", Qualifier.AtLeast), ("a minimum of", Qualifier.AtLeast),
        ("no more than", Qualifier.UpTo), ("not more than", Qualifier.UpTo), ("a maximum of", Qualifier.UpTo),
        ("as many as", Qualifier.UpTo), ("as much as", Qualifier.UpTo), ("as long as", Qualifier.UpTo), ("as high as", Qualifier.UpTo), ("just under", Qualifier.FewerThan),
        ("just below", Qualifier.FewerThan), ("just over", Qualifier.MoreThan), ("well over", Qualifier.MoreThan),
        ("a little over", Qualifier.MoreThan), ("slightly over", Qualifier.MoreThan), ("a little under", Qualifier.FewerThan),
        ("slightly under", Qualifier.FewerThan),
        ("more than", Qualifier.MoreThan), ("greater than", Qualifier.MoreThan), ("at least", Qualifier.AtLeast),
        ("at most", Qualifier.UpTo), ("up to", Qualifier.UpTo), ("fewer than", Qualifier.FewerThan),
        ("less than", Qualifier.FewerThan), ("an estimated", Qualifier.About), ("close to", Qualifier.About),
        ("going on", Qualifier.About), ("something like", Qualifier.About),
        ("over", Qualifier.MoreThan), ("above", Qualifier.MoreThan), ("exceeding", Qualifier.MoreThan),
        ("exceeded", Qualifier.MoreThan), ("exceeds", Qualifier.MoreThan), ("exceed", Qualifier.MoreThan),
        ("topped", Qualifier.MoreThan), ("surpassed", Qualifier.MoreThan), ("surpassing", Qualifier.MoreThan),
        ("surpasses", Qualifier.MoreThan), ("surpass", Qualifier.MoreThan), ("under", Qualifier.FewerThan), ("below", Qualifier.FewerThan),
        ("within", Qualifier.UpTo),
        ("about", Qualifier.About), ("around", Qualifier.About), ("roughly", Qualifier.About),
        ("approximately", Qualifier.About), ("approx", Qualifier.About), ("some", Qualifier.About),
        ("estimated", Qualifier.About), ("nearly", Qualifier.About), ("almost", Qualifier.About), ("circa", Qualifier.About),
        ("approaching", Qualifier.About), ("near", Qualifier.About), ("like", Qualifier.About),
        // A speaker's guess hedges the figure as "about" does: "maybe eight", "perhaps 40", "kind of 50 years ago".
        ("maybe", Qualifier.About), ("perhaps", Qualifier.About), ("probably", Qualifier.About), ("possibly", Qualifier.About),
        ("kind of", Qualifier.About), ("sort of", Qualifier.About));

    private static readonly HashSet<string> QualifierWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "over", "above", "under", "below", "about", "around", "roughly", "approximately", "some", "nearly", "almost", "estimated",
        "more", "fewer", "less", "at", "up", "as", "no", "not", "just", "well", "close", "upwards", "circa", "exceeding", "an", "near", "like", "within",
        "maybe", "perhaps", "probably", "possibly", "exactly",
    };

    /// <summary>
    /// "probably 15 to 20 seconds": a speaker's guess hedges the statement, not the figures; a range after it keeps its bounds,
    /// where "around 15 to 20" makes both ends estimates.
    /// </summary>
    public static bool IsGuessWord(Token token) => token.IsWord && token.Text.ToLowerInvariant() is "maybe" or "perhaps" or "probably" or "possibly";

    /// <summary>True for words that can open a qualifier ("Nearly", "About" at the start of a sentence).</summary>
    public static bool IsQualifierWord(string word) => QualifierWords.Contains(word);

    /// <summary>The qualifier written just before token <paramref name="index"/>, and where it starts.</summary>
    public static (Qualifier Qualifier, int Start) ReadLeft(IReadOnlyList<Token> tokens, int index)
    {
        // "about another 250", "more than another 40": the qualifier bounds the added figure across "another".
        if (index > 1 && tokens[index - 1].Is("another") && ReadLeftOf(tokens, index - 1) is { Qualifier: not Qualifier.Exact } acrossAnother)
        {
            return acrossAnother;
        }

        // So does "an estimated additional $49 million", "about an extra 300" (across its article too).
        if (index > 1 && (tokens[index - 1].Is("additional") || tokens[index - 1].Is("extra")))
        {
            if (ReadLeftOf(tokens, index - 1) is { Qualifier: not Qualifier.Exact } acrossAdded)
            {
                return acrossAdded;
            }

            if (index > 2 && (tokens[index - 2].Is("an") || tokens[index - 2].Is("a"))
                && ReadLeftOf(tokens, index - 2) is { Qualifier: not Qualifier.Exact } acrossArticle)
            {
                return acrossArticle;
            }
        }

        // "~40 m", "≈ 400 km": the signs for "approximately" written before a figure, common in technical text.
        if (index > 0 && (tokens[index - 1].IsSymbol('~') || tokens[index - 1].IsSymbol('\u2248')))
        {
            return (Qualifier.About, index - 1);
        }

        // "a total of, say, 6900": a speaker's "say" set off by commas offers a round guess.
        if (index > 1 && tokens[index - 1].IsSymbol(',') && tokens[index - 2].Is("say") && index > 2 && tokens[index - 3].IsSymbol(','))
        {
            return (Qualifier.About, index - 2);
        }

        return ReadLeftOf(tokens, index);
    }

    private static (Qualifier Qualifier, int Start) ReadLeftOf(IReadOnlyList<Token> tokens, int index)
    {
        foreach (var (words, qualifier) in LeftPhrases)
        {
            var start = index - words.Length;
            if (start < 0)
            {
                continue;
            }

            var matches = true;
            for (var k = 0; k < words.Length && matches; k++)
            {
                matches = tokens[start + k].Is(words[k]);
            }

            if (matches && words[0] == "like" && start > 0 && IsLikeWithoutHedge(tokens[start - 1]))
            {
                matches = false;
            }

            // "the kind of 50-seat hall", "what sort of 10 percent": after a determiner "kind" is a noun, not a hedge.
            if (matches && words.Length == 2 && words[1] == "of" && words[0] is "kind" or "sort" && start > 0 && IsDeterminerOfKind(tokens[start - 1]))
            {
                matches = false;
            }

            if (matches)
            {
                // "at least about two million": a bound written before a hedge is the stronger claim. Only a
                // bound of two words or more: a lone "over" is as often a particle ("took over about a third").
                if (qualifier == Qualifier.About && ReadLeft(tokens, start) is { Qualifier: not (Qualifier.Exact or Qualifier.About) } bound && bound.Start <= start - 2)
                {
                    return bound;
                }

                return (qualifier, start);
            }
        }

        return (Qualifier.Exact, index);
    }

    // In speech, "like" before a number hedges it ("like five times"), but after these words it compares ("looks like
    // 11 teams", "just like 2019"), or wants ("would like 20 tickets").
    private static readonly HashSet<string> LikeWithoutHedge = new(StringComparer.OrdinalIgnoreCase)
    {
        "look", "looks", "looked", "looking", "seem", "seems", "seemed", "seeming", "sound", "sounds", "sounded", "sounding",
        "feel", "feels", "felt", "feeling", "just", "much", "more", "less", "things", "anything", "nothing", "would", "'d",
    };

    private static bool IsLikeWithoutHedge(Token token) => token.IsWord && LikeWithoutHedge.Contains(token.Text);

    private static bool IsDeterminerOfKind(Token token) =>
        token.IsWord && token.Text.ToLowerInvariant() is "the" or "a" or "this" or "that" or "what" or "which" or "any" or "some" or "every" or "one" or "same";

    // How far back "about 10 million cases of measles and" may reach for the estimate it shares.
    private const int SharedEstimateWindow = 6;

    /// <summary>
    /// True when the figure at <paramref name="index"/> is the second of two joined by "and" and the first is an
    /// estimate: "about 10 million cases and 140 thousand deaths" hedges both figures, as one estimate.
    /// </summary>
    public static bool SharesEarlierEstimate(IReadOnlyList<Token> tokens, int index)
    {
        // "approximately US$8000 or €7000": a sum restated in another currency shares its hedge too.
        if (index < 2 || !(tokens[index - 1].Is("and") || (tokens[index - 1].Is("or") && StartsWithCurrencySign(tokens, index))))
        {
            return false;
        }

        for (var k = index - 2; k >= 0 && k >= index - 1 - SharedEstimateWindow; k--)
        {
            var token = tokens[k];
            if (!token.IsWord && !token.IsNumber)
            {
                return false;
            }

            if (token.IsNumber || NumberWords.IsCardinalWord(token.Text))
            {
                var first = k;
                while (first > 0 && (tokens[first - 1].IsNumber || NumberWords.IsCardinalWord(tokens[first - 1].Text)))
                {
                    first--;
                }

                // "about $10 million and": the earlier sum's sign stands between its number and the hedge.
                return ReadLeft(tokens, BeforeCurrencySign(tokens, first)).Qualifier == Qualifier.About;
            }
        }

        return false;
    }

    private static bool IsCurrencySign(Token token) => token.Kind == TokenKind.Symbol && QuantityLexicon.CurrencyOfSign(token.Text) is not null;

    // "€7000", "US$8000": the figure opens with a sign, perhaps after a glued country prefix.
    private static bool StartsWithCurrencySign(IReadOnlyList<Token> tokens, int index) =>
        IsCurrencySign(tokens[index]) || QuantityLexicon.GluedCurrency(tokens[index]) is not null || (index + 1 < tokens.Count && tokens[index].IsWord && IsCurrencySign(tokens[index + 1]) && !tokens[index + 1].SpaceBefore);

    // Where "US$8000" starts, given where its number starts.
    private static int BeforeCurrencySign(IReadOnlyList<Token> tokens, int numberFirst)
    {
        var start = numberFirst;
        if (start > 0 && IsCurrencySign(tokens[start - 1]))
        {
            start--;
            if (start > 0 && tokens[start - 1].IsWord && !tokens[start].SpaceBefore)
            {
                start--;
            }
        }

        return start;
    }

    /// <summary>A qualifier written after the counted phrase ending at <paramref name="after"/> - 1: "or more", "or so", "-plus".</summary>
    public static (Qualifier Qualifier, int Last) ReadRight(IReadOnlyList<Token> tokens, int after)
    {
        if (after + 1 < tokens.Count && tokens[after].Is("or"))
        {
            var next = tokens[after + 1];
            if (next.Is("more") || next.Is("above") || next.Is("over"))
            {
                return (Qualifier.AtLeast, after + 1);
            }

            if (next.Is("so"))
            {
                return (Qualifier.About, after + 1);
            }

            if (next.Is("fewer") || next.Is("less"))
            {
                return (Qualifier.UpTo, after + 1);
            }
        }

        return (Qualifier.Exact, after - 1);
    }

    /// <summary>
    /// The qualifier of a figure hedged or bounded on both sides: a bound after it ("like two metres or less") is a
    /// stronger claim than a hedge before it; otherwise what is written before wins.
    /// </summary>
    public static Qualifier WithTrailing(Qualifier before, Qualifier trailing) =>
        before == Qualifier.Exact || (before == Qualifier.About && trailing is not (Qualifier.Exact or Qualifier.About)) ? trailing : before;

    /// <summary>"100-plus" or "100+" directly after the number.</summary>
    public static int ReadPlusSuffix(IReadOnlyList<Token> tokens, int numberLast)
    {
        var k = numberLast + 1;
        if (k < tokens.Count && tokens[k].IsSymbol('+') && !tokens[k].SpaceBefore)
        {
            return k;
        }

        if (k + 1 < tokens.Count && tokens[k].IsSymbol('-') && !tokens[k].SpaceBefore && tokens[k + 1].Is("plus") && !tokens[k + 1].SpaceBefore)
        {
            return k + 1;
        }

        return -1;
    }

    private static (string[] Words, Qualifier Qualifier)[] Build(params (string Phrase, Qualifier Qualifier)[] phrases)
    {
        var result = new (string[], Qualifier)[phrases.Length];
        for (var i = 0; i < phrases.Length; i++)
        {
            result[i] = (phrases[i].Phrase.Split(' '), phrases[i].Qualifier);
        }

        return result;
    }
}
