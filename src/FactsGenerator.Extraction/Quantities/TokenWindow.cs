using System;
using System.Collections.Generic;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Quantities;

/// <summary>Bounds-safe questions about the tokens of one sentence, so the readers never index past either end.</summary>
internal static class TokenWindow
{
    public static bool IsWordAt(IReadOnlyList<Token> tokens, int index) => index >= 0 && index < tokens.Count && tokens[index].IsWord;

    public static bool IsAt(IReadOnlyList<Token> tokens, int index, string word) => index >= 0 && index < tokens.Count && tokens[index].Is(word);

    public static bool IsSymbolAt(IReadOnlyList<Token> tokens, int index, char symbol) => index >= 0 && index < tokens.Count && tokens[index].IsSymbol(symbol);

    /// <summary>A hyphen glued to both neighbours ("44-day"), as opposed to a dash between clauses.</summary>
    public static bool IsJoiningHyphenAt(IReadOnlyList<Token> tokens, int index) =>
        IsSymbolAt(tokens, index, '-') && !tokens[index].SpaceBefore && index + 1 < tokens.Count && !tokens[index + 1].SpaceBefore;

    /// <summary>
    /// Whether one of the <paramref name="words"/> words nearest <paramref name="start"/> in the direction of
    /// <paramref name="step"/> (1 ahead, -1 back; numbers count as words, punctuation does not) is a word that passes
    /// <paramref name="test"/>: "within eight words" as the conventions write it.
    /// </summary>
    public static bool AnyWordWithin(IReadOnlyList<Token> tokens, int start, int step, int words, System.Func<Token, bool> test)
    {
        var seen = 0;
        for (var k = start; k >= 0 && k < tokens.Count; k += step)
        {
            if (!tokens[k].IsWord && !tokens[k].IsNumber)
            {
                continue;
            }

            if (++seen > words)
            {
                break;
            }

            if (tokens[k].IsWord && test(tokens[k]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The texts of tokens <paramref name="first"/> to <paramref name="last"/> (both included), one space apart.</summary>
    public static string Join(IReadOnlyList<Token> tokens, int first, int last)
    {
        var parts = new string[last - first + 1];
        for (var k = first; k <= last; k++)
        {
            parts[k - first] = tokens[k].Text;
        }

        return string.Join(" ", parts);
    }

    /// <summary>A finite form of "be" ("is", "are", "was", "were"): "among the dead were", "the killed are".</summary>
    public static bool IsFiniteCopulaAt(IReadOnlyList<Token> tokens, int index) =>
        IsAt(tokens, index, "is") || IsAt(tokens, index, "are") || IsAt(tokens, index, "was") || IsAt(tokens, index, "were");

    /// <summary>Any form of "be" that links a subject to what it is: the finite ones, and "be" or "been" after an auxiliary.</summary>
    public static bool IsCopulaAt(IReadOnlyList<Token> tokens, int index) =>
        IsFiniteCopulaAt(tokens, index) || IsAt(tokens, index, "be") || IsAt(tokens, index, "been");

    public static bool EndsWith(Token token, string suffix) =>
        token.IsWord && token.Text.Length > suffix.Length + 2 && token.Text.EndsWith(suffix, StringComparison.OrdinalIgnoreCase);

    /// <summary>Past forms ("gathered", "lost") that tie a count to what happened; good enough for naming.</summary>
    public static bool IsPastVerb(Token token) =>
        token.IsWord && !token.IsCapitalized && (EndsWith(token, "ed") || IrregularPast.Contains(token.Text));

    private static readonly HashSet<string> IrregularPast = new(StringComparer.OrdinalIgnoreCase)
    {
        "won", "lost", "took", "taken", "left", "hit", "cut", "spent", "paid", "sold", "bought", "built", "made", "found", "held",
        "brought", "caught", "sent", "seen", "saw", "gave", "given", "got", "gotten", "fell", "fallen", "rose", "risen", "grew",
        "grown", "drew", "drawn", "struck", "met", "fought", "threw", "thrown", "shot", "stole", "stolen", "hurt", "set", "kept",
        "led", "told", "won", "beat", "beaten", "sank", "sunk", "freed", "died", "fled", "bled", "shed", "withdrew", "withdrawn", "flew", "flown", "knew", "known", "blew",
        "began", "begun", "swam", "sang", "rang", "wrote", "written", "rode", "spoke", "spoken", "chose", "froze", "frozen", "woke",
        "wore", "worn", "tore", "torn", "swore", "sworn", "bought", "felt", "dealt", "meant", "lent", "bent", "understood", "sat",
        "fed", "heard", "did", "done", "became", "shook", "forgave", "hung", "stuck", "sprang", "arose", "drove", "driven", "shone",
        "slept", "wept", "fought", "sought", "quit", "paid", "laid", "slain", "stood", "broke",
        "broken", "swept", "chosen", "elected", "bore", "borne", "sought", "taught", "thought", "dug", "spread",
    };
}
