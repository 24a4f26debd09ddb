using System.Collections.Generic;
using FactsGenerator.Extraction.Numbers;
using FactsGenerator.Extraction.Text;
using static FactsGenerator.Extraction.Quantities.TokenWindow;

namespace FactsGenerator.Extraction.Quantities;

/// <summary>
/// "He was 86.", "Smith, a former senator, was 66.", "I am 30 now": a bare whole number closing a clause after
/// "was"/"is"/"am", said of a person, is that person's age.
/// </summary>
internal static class PredicateAgeReader
{
    public static bool IsPredicateAge(IReadOnlyList<Token> tokens, int qualifierStart, QuantityMention mention)
    {
        var number = mention.Number;
        if (!IsBareOrHedged(tokens, qualifierStart, number.First) || number.Form is not (NumberForm.Digits or NumberForm.Words)
            || !mention.HasAgeLikeValue)
        {
            return false;
        }

        var linkingVerb = qualifierStart - 1;
        if (!(IsAt(tokens, linkingVerb, "was") || IsAt(tokens, linkingVerb, "is") || (IsAt(tokens, linkingVerb, "am") && IsAt(tokens, linkingVerb - 1, "I"))))
        {
            return false;
        }

        // "he was 18 and served", "I was 16 when I left", "she was about 57.": a personal pronoun's bare figure
        // is an age wherever the sentence goes on, as long as no counted noun follows the number.
        if (!ClosesSentence(tokens, number.Last + 1))
        {
            var after = number.Last + 1;
            var endsClause = !IsWordAt(tokens, after) || IsAt(tokens, after, "and") || IsAt(tokens, after, "but") || IsAt(tokens, after, "when")
                || IsAt(tokens, after, "so") || IsAt(tokens, after, "now");
            return endsClause && IsPersonalPronoun(tokens, linkingVerb - 1) && !IsSymbolAt(tokens, after, '-') && !IsSymbolAt(tokens, after, '%');
        }

        var holder = linkingVerb - 1;
        if (holder < 0)
        {
            return false;
        }

        var before = tokens[holder];

        // "He was 86", "Chirac was 86", "Hagan, North Carolina's first senator, was 66".
        return before.Is("he") || before.Is("she") || (before.Is("I") && (IsAt(tokens, holder - 1, "when") || IsAt(tokens, linkingVerb, "am"))) || before.IsSymbol(',')
            || (before.IsWord && before.IsCapitalized && holder > 0 && !QuantityLexicon.IsFunctionWord(before.Text));
    }

    // "was 57" or "was about 57": a hedge may sit between the verb and an age, a bound ("more than") may not.
    private static bool IsBareOrHedged(IReadOnlyList<Token> tokens, int qualifierStart, int numberFirst) =>
        qualifierStart == numberFirst
        || (qualifierStart == numberFirst - 1 && (IsAt(tokens, qualifierStart, "about") || IsAt(tokens, qualifierStart, "around")
            || IsAt(tokens, qualifierStart, "nearly") || IsAt(tokens, qualifierStart, "almost") || IsAt(tokens, qualifierStart, "roughly")));

    private static bool IsPersonalPronoun(IReadOnlyList<Token> tokens, int index) =>
        IsAt(tokens, index, "he") || IsAt(tokens, index, "she") || IsAt(tokens, index, "I");

    private static bool ClosesSentence(IReadOnlyList<Token> tokens, int index) =>
        index >= tokens.Count || tokens[index].IsSymbol('.') || tokens[index].IsSymbol(';') || tokens[index].IsSymbol('!');
}
