using System.Collections.Generic;
using FactsGenerator.Extraction.Numbers;
using FactsGenerator.Extraction.Text;
using static FactsGenerator.Extraction.Quantities.TokenWindow;

namespace FactsGenerator.Extraction.Quantities;

/// <summary>
/// "He was 86.", "Smith, a former senator, was 66.": a bare whole number closing a sentence after "was"/"is",
/// said of a person, is that person's age.
/// </summary>
internal static class PredicateAgeReader
{
    // Human ages run to about this; a larger bare figure is something else.
    private const decimal MaxAge = 120m;

    public static bool IsPredicateAge(IReadOnlyList<Token> tokens, int qualifierStart, QuantityMention mention)
    {
        var number = mention.Number;
        if (qualifierStart != number.First || number.Form is not (NumberForm.Digits or NumberForm.Words) || mention.Value is not { } value
            || value < 1m || value > MaxAge || value != decimal.Truncate(value))
        {
            return false;
        }

        var linkingVerb = qualifierStart - 1;
        if (!(IsAt(tokens, linkingVerb, "was") || IsAt(tokens, linkingVerb, "is")))
        {
            return false;
        }

        // "when he was 18 and": a time clause dates something by a person's age, wherever the sentence goes on.
        if (!ClosesSentence(tokens, number.Last + 1))
        {
            var after = number.Last + 1;
            var endsClause = !IsWordAt(tokens, after) || IsAt(tokens, after, "and") || IsAt(tokens, after, "but");
            return endsClause && IsAt(tokens, linkingVerb - 2, "when") && (IsAt(tokens, linkingVerb - 1, "he") || IsAt(tokens, linkingVerb - 1, "she") || IsAt(tokens, linkingVerb - 1, "I"));
        }

        var holder = linkingVerb - 1;
        if (holder < 0)
        {
            return false;
        }

        var before = tokens[holder];

        // "He was 86", "Chirac was 86", "Hagan, North Carolina's first senator, was 66".
        return before.Is("he") || before.Is("she") || (before.Is("I") && IsAt(tokens, holder - 1, "when")) || before.IsSymbol(',')
            || (before.IsWord && before.IsCapitalized && holder > 0 && !QuantityLexicon.IsFunctionWord(before.Text));
    }

    private static bool ClosesSentence(IReadOnlyList<Token> tokens, int index) =>
        index >= tokens.Count || tokens[index].IsSymbol('.') || tokens[index].IsSymbol(';') || tokens[index].IsSymbol('!');
}
