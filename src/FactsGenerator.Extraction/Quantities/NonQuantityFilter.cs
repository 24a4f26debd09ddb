using System.Collections.Generic;
using FactsGenerator.Extraction.Numbers;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Quantities;

/// <summary>
/// Numbers that count nothing: years, calendar dates, clock times, ordinals and decades ("21st", "1970s"),
/// labels and names ("G-7", "Boeing 737", "flight 302", "Group of Seven"), and pronoun uses of "one".
/// </summary>
internal static class NonQuantityFilter
{
    // Nouns after "one" that make an idiom or a pronoun rather than a count ("one way", "at one point").
    private static readonly HashSet<string> IdiomaticAfterOne = new(System.StringComparer.OrdinalIgnoreCase)
    {
        "way", "point", "side", "hand", "thing", "time", "reason", "another", "example", "instance", "day", "more", "last", "such",
        "other", "own", "too", "big", "major", "stage", "moment", "option", "factor", "exception", "problem", "question", "issue",
    };

    public static bool IsNotAQuantity(IReadOnlyList<Token> tokens, NumberMatch number)
    {
        var first = tokens[number.First];
        return number.Form switch
        {
            NumberForm.Digits => IsDigitsNonQuantity(tokens, number),
            NumberForm.Words => IsWordsNonQuantity(tokens, number, first),
            _ => IsCapitalizedInsideSentence(tokens, number.First),
        };
    }

    /// <summary>A four-digit whole number in the range of years, written without a separator.</summary>
    public static bool LooksLikeYear(Token token) =>
        token.IsNumber && token.Text.Length == 4 && token.Text.IndexOf('.') < 0 && token.Text.IndexOf(',') < 0
        && NumberReader.TryParseDigits(token.Text, out var v) && v >= 1000m && v <= 2199m;

    private static bool IsDigitsNonQuantity(IReadOnlyList<Token> tokens, NumberMatch number)
    {
        var index = number.First;
        var token = tokens[index];
        var next = index + 1 < tokens.Count ? tokens[index + 1] : default;
        var hasNext = index + 1 < tokens.Count;
        var previous = index > 0 ? tokens[index - 1] : default;
        var hasPrevious = index > 0;

        // Ordinals and decades: "21st", "2nd", "1970s".
        if (hasNext && next.IsWord && !next.SpaceBefore && next.Text.ToLowerInvariant() is "st" or "nd" or "rd" or "th" or "s" or "'s")
        {
            return true;
        }

        // Clock times and version numbers: "3:00", "5.2.1", "10:30".
        if (hasNext && !next.SpaceBefore && (next.IsSymbol(':') || next.IsSymbol('.')) && index + 2 < tokens.Count && tokens[index + 2].IsNumber && !tokens[index + 2].SpaceBefore)
        {
            return true;
        }

        if (hasPrevious && !token.SpaceBefore && (previous.IsSymbol(':') || previous.IsSymbol('.') || previous.IsSymbol('/') || previous.IsSymbol('#')))
        {
            return true;
        }

        if (hasNext && next.IsWord && QuantityLexicon.IsClockWord(next.Text) && (!next.Is("local") || (index + 2 < tokens.Count && tokens[index + 2].Is("time"))))
        {
            return true;
        }

        // Dates: "21 September", "September 21", "Sept. 4".
        if (hasNext && next.IsCapitalized && QuantityLexicon.IsMonth(next.Text))
        {
            return true;
        }

        if (hasPrevious && IsMonthBefore(tokens, index))
        {
            return true;
        }

        if (number.Last == number.First && LooksLikeYear(token) && !CountsSomethingAfter(tokens, index))
        {
            return true;
        }

        // Names and labels: "G-7", "Covid-19", "Boeing 737", "flight 302".
        if (hasPrevious && previous.IsSymbol('-') && !token.SpaceBefore && index >= 2 && tokens[index - 2].IsWord && !previous.SpaceBefore)
        {
            return !IsRangeOrScore(tokens, index);
        }

        if (hasPrevious && previous.IsWord && (QuantityLexicon.IsLabelWord(previous.Text) || IsNameWord(tokens, index - 1)))
        {
            return true;
        }

        // Slashes and dotted codes: "24/7", "9/11".
        return hasNext && !next.SpaceBefore && next.IsSymbol('/') && index + 2 < tokens.Count && tokens[index + 2].IsNumber;
    }

    private static bool IsRangeOrScore(IReadOnlyList<Token> tokens, int index) => index >= 2 && tokens[index - 2].IsNumber;

    private static bool IsMonthBefore(IReadOnlyList<Token> tokens, int index)
    {
        var previous = tokens[index - 1];
        if (previous.IsCapitalized && QuantityLexicon.IsMonth(previous.Text))
        {
            return true;
        }

        // "Sept. 4"
        return previous.IsSymbol('.') && index >= 2 && tokens[index - 2].IsCapitalized && QuantityLexicon.IsMonth(tokens[index - 2].Text);
    }

    // "1500 people" is a count even without a separator; "in 1500" is a year.
    private static bool CountsSomethingAfter(IReadOnlyList<Token> tokens, int index)
    {
        if (index + 1 >= tokens.Count)
        {
            return false;
        }

        var next = tokens[index + 1];
        if (next.IsSymbol('%'))
        {
            return true;
        }

        return next.IsWord && !next.IsCapitalized && (QuantityLexicon.IsPeopleNoun(next.Text) || QuantityLexicon.TryMeasureUnit(next.Text, out _)
            || QuantityLexicon.TryCurrencyWord(next.Text, out _) || next.Is("percent"))
            && !(index > 0 && (tokens[index - 1].Is("in") || tokens[index - 1].Is("since")));
    }

    // A capitalised word that is not a sentence-opening function word names a product, team or body.
    private static bool IsNameWord(IReadOnlyList<Token> tokens, int index)
    {
        var word = tokens[index];
        if (!word.IsCapitalized || QuantityLexicon.IsFunctionWord(word.Text) || QuantityLexicon.IsMonth(word.Text) || QualifierReader.IsQualifierWord(word.Text))
        {
            return false;
        }

        // "Magnitude 5.2" and "Between 36 and 40" open sentences too.
        return !word.Is("magnitude") && !word.Is("between") && !word.Is("from") && !word.Is("aged") && !NumberWords.IsVagueCount(word.Text)
            && !QuantityLexicon.TryEvent(word.Text, out _) && !char.IsDigit(word.Text[word.Text.Length - 1]) && !IsVerbLike(word.Text);
    }

    private static bool IsVerbLike(string word) => word.EndsWith("ed", System.StringComparison.OrdinalIgnoreCase);

    private static bool IsWordsNonQuantity(IReadOnlyList<Token> tokens, NumberMatch number, Token first)
    {
        if (IsCapitalizedInsideSentence(tokens, number.First))
        {
            return true;
        }

        if (number.First == number.Last && first.Is("one"))
        {
            return IsPronounOne(tokens, number.First);
        }

        return false;
    }

    // "Group of Seven", "the Big Four": a capitalised number word that does not open the sentence or a quotation.
    private static bool IsCapitalizedInsideSentence(IReadOnlyList<Token> tokens, int index)
    {
        if (!tokens[index].IsCapitalized || index == 0)
        {
            return false;
        }

        var previous = tokens[index - 1];
        return !(previous.IsSymbol('"') || previous.IsSymbol('(') || previous.IsSymbol(':') || previous.IsSymbol('-') || previous.IsSymbol('\'')
            || previous.IsSymbol('!') || previous.IsSymbol('?') || previous.IsSymbol('.') || previous.IsSymbol(';'));
    }

    // "one was pronounced dead", "one died": a single victim counted without a noun.
    private static bool IsFollowedByEvent(IReadOnlyList<Token> tokens, int index)
    {
        for (var k = index + 1; k < tokens.Count && k <= index + 4; k++)
        {
            if (!tokens[k].IsWord)
            {
                return false;
            }

            if (QuantityLexicon.TryEvent(tokens[k].Text, out var sense) && sense.Category != Model.QuantityCategory.Other)
            {
                return k == index + 1 || tokens[index + 1].Text.ToLowerInvariant() is "was" or "is" or "has" or "had" or "person" or "man" or "woman" or "other";
            }
        }

        return false;
    }

    private static bool IsPronounOne(IReadOnlyList<Token> tokens, int index)
    {
        if (index > 0 && tokens[index - 1].IsWord && tokens[index - 1].Text.ToLowerInvariant() is "no" or "the" or "any" or "every" or "each" or "this" or "that" or "which" or "someone" or "anyone")
        {
            return true;
        }

        if (index + 1 >= tokens.Count)
        {
            return true;
        }

        var next = tokens[index + 1];
        if (next.IsSymbol('-') && !next.SpaceBefore)
        {
            // "one-day", "one-time": the hyphen reader decides; "one-off" idioms are not counts.
            return index + 2 >= tokens.Count || !(QuantityLexicon.TryTimeUnit(tokens[index + 2].Text, out _) || QuantityLexicon.TryMeasureUnit(tokens[index + 2].Text, out _));
        }

        if (IsFollowedByEvent(tokens, index))
        {
            return false;
        }

        if (!next.IsWord || next.IsCapitalized || QuantityLexicon.IsFunctionWord(next.Text) || IdiomaticAfterOne.Contains(next.Text))
        {
            // "one day" counts after a qualifier or "for" ("for one day"); elsewhere it is an idiom.
            return !(next.Is("day") && index > 0 && (tokens[index - 1].Is("for") || tokens[index - 1].Is("only") || tokens[index - 1].Is("just")));
        }

        return false;
    }
}
