using System.Collections.Generic;
using FactsGenerator.Extraction.Numbers;
using FactsGenerator.Extraction.Text;
using static FactsGenerator.Extraction.Quantities.TokenWindow;

namespace FactsGenerator.Extraction.Quantities;

/// <summary>
/// "the 737 MAX", "the contract for the 737 marks a first", "the 707 involved": Boeing's jetliners are known by numbers
/// of the form 7x7, which name a model, not a count. Such a number is a model after "the" or "Boeing" or before a
/// model word ("MAX", "Dreamliner", "jet", "freighter") or a variant ("777-8"); before people ("the 747 passengers"), or
/// after "the" before another plural noun ("the 707 homes"), it still counts.
/// </summary>
internal static class AircraftModel
{
    private static readonly HashSet<string> ModelWords = new(System.StringComparer.OrdinalIgnoreCase)
    {
        "max", "dreamliner", "dreamliners", "jet", "jets", "jetliner", "jetliners", "airliner", "airliners", "aircraft", "plane", "planes",
        "freighter", "freighters", "fleet", "family", "program", "programme", "model", "models", "variant", "variants",
    };

    public static bool IsModelNumber(IReadOnlyList<Token> tokens, NumberMatch number)
    {
        if (number.First != number.Last || number.Form != NumberForm.Digits || !IsSevenXSeven(tokens[number.First].Text))
        {
            return false;
        }

        var after = number.Last + 1;
        if (IsWordAt(tokens, after) && ModelWords.Contains(tokens[after].Text))
        {
            return true;
        }

        // "777-8", "737-10": a variant joined by a hyphen.
        if (IsSymbolAt(tokens, after, '-') && !tokens[after].SpaceBefore && after + 1 < tokens.Count && tokens[after + 1].IsNumber && !tokens[after + 1].SpaceBefore)
        {
            return true;
        }

        if (IsAt(tokens, number.First - 1, "Boeing"))
        {
            return !(IsWordAt(tokens, after) && QuantityLexicon.IsPeopleNoun(tokens[after].Text));
        }

        // After "the", a plural noun makes the number a count ("the 747 passengers", "the 707 homes in the district");
        // a verb in -s looks like one, but takes its object at once ("the 737 marks the first", "the 707 was a freighter").
        return IsAt(tokens, number.First - 1, "the") && !IsPluralNounAt(tokens, after);
    }

    private static bool IsPluralNounAt(IReadOnlyList<Token> tokens, int k)
    {
        if (!IsWordAt(tokens, k))
        {
            return false;
        }

        var word = tokens[k].Text;
        return QuantityLexicon.IsPeopleNoun(word)
            || (!tokens[k].IsCapitalized && word.Length > 3 && word.EndsWith("s", System.StringComparison.Ordinal) && !word.EndsWith("ss", System.StringComparison.Ordinal)
                && !(k + 1 < tokens.Count && (tokens[k + 1].IsArticle || tokens[k + 1].IsNumber)));
    }

    // 707, 717, ... 787.
    private static bool IsSevenXSeven(string text) =>
        text.Length == 3 && text[0] == '7' && text[2] == '7' && text[1] >= '0' && text[1] <= '8';
}
