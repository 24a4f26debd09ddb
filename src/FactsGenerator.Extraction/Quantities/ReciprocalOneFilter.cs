using System.Collections.Generic;
using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Text;
using static FactsGenerator.Extraction.Quantities.TokenWindow;

namespace FactsGenerator.Extraction.Quantities;

/// <summary>
/// "moved from one shelter to another", "could not tell one house from another", "in one way or the other", "one bus
/// after the next": "one" set against "another", "the other" or "the next" picks out any single member of a series, it
/// counts nothing. Only the paired idiom is read: "another" or "the other" must close the phrase (or repeat the noun), so a
/// count before a new noun ("gave one dose to another patient") stays.
/// </summary>
internal static class ReciprocalOneFilter
{
    // The words a noun phrase after "one" may take before the preposition that pairs it: "one small rural clinic to another".
    private const int PhraseWords = 3;

    public static bool IsReciprocal(QuantityMention mention)
    {
        var number = mention.Number;
        var tokens = mention.Sentence.Tokens;
        if (mention.Value != 1m || number.First != number.Last || !tokens[number.First].Is("one") || mention.Qualifier != Qualifier.Exact
            || mention.UpperValue is not null || mention.IsAge)
        {
            return false;
        }

        for (var k = number.Last + 1; k <= number.Last + PhraseWords + 1 && IsWordAt(tokens, k); k++)
        {
            if (tokens[k].IsNumber)
            {
                return false;
            }

            if (k > number.Last + 1 && tokens[k].Text.ToLowerInvariant() is "from" or "to" or "or" or "after" or "over")
            {
                return ClosesWithPartner(tokens, k + 1, tokens[k - 1].Text);
            }
        }

        return false;
    }

    // "another" / "the other(s)" / "the next", ending the phrase or followed by the same noun again.
    private static bool ClosesWithPartner(IReadOnlyList<Token> tokens, int at, string noun)
    {
        int after;
        if (IsAt(tokens, at, "another"))
        {
            after = at + 1;
        }
        else if (IsAt(tokens, at, "the") && (IsAt(tokens, at + 1, "other") || IsAt(tokens, at + 1, "others") || IsAt(tokens, at + 1, "next")))
        {
            after = at + 2;
        }
        else
        {
            return false;
        }

        return !IsWordAt(tokens, after) || QuantityLexicon.IsFunctionWord(tokens[after].Text)
            || string.Equals(tokens[after].Text, noun, System.StringComparison.OrdinalIgnoreCase);
    }
}
