using System.Collections.Generic;
using FactsGenerator.Extraction.Numbers;
using FactsGenerator.Extraction.Text;
using static FactsGenerator.Extraction.Quantities.TokenWindow;

namespace FactsGenerator.Extraction.Quantities;

/// <summary>
/// The games of one set in tennis or volleyball ("won the first set 6-3", "beat her 3-6 6-1 7-5"): a line of a score
/// sheet, not a count or a range. A set score is two small figures joined by a hyphen (no side above seven games, or
/// 25 points) after the word "set" or beside another such score. A match result ("won 43-5", "a 6-3 majority") stands
/// alone and stays a score.
/// </summary>
internal static class SetScoreFilter
{
    private const decimal MaxSetGames = 7m;
    private const int SetWordReach = 3;

    public static bool IsSetScore(IReadOnlyList<Token> tokens, NumberMatch number)
    {
        if (!IsSmallScoreAt(tokens, number.First))
        {
            return false;
        }

        return AfterSetWord(tokens, number.First) || IsSmallScoreAt(tokens, NextScoreStart(tokens, number.First + 3))
            || IsSmallScoreAt(tokens, PreviousScoreStart(tokens, number.First - 1));
    }

    // "6-3": digits, a joining hyphen, digits, each side a number of games.
    private static bool IsSmallScoreAt(IReadOnlyList<Token> tokens, int first) =>
        first >= 0 && first + 2 < tokens.Count && IsGames(tokens[first]) && IsJoiningHyphenAt(tokens, first + 1) && IsGames(tokens[first + 2]);

    private static bool IsGames(Token token) =>
        token.IsNumber && decimal.TryParse(token.Text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var games) && games <= MaxSetGames;

    // Scores in a row are set apart by a space or a comma: "3-6 6-1", "6-4, 7-5".
    private static int NextScoreStart(IReadOnlyList<Token> tokens, int k) => IsSymbolAt(tokens, k, ',') ? k + 1 : k;

    private static int PreviousScoreStart(IReadOnlyList<Token> tokens, int k)
    {
        var last = IsSymbolAt(tokens, k, ',') ? k - 1 : k;
        return last - 2;
    }

    // "the first set 6-3", "sets 6-4": the word set just before.
    private static bool AfterSetWord(IReadOnlyList<Token> tokens, int first)
    {
        for (var k = first - 1; k >= 0 && k >= first - SetWordReach; k--)
        {
            if (tokens[k].Is("set") || tokens[k].Is("sets") || tokens[k].Is("tiebreak") || tokens[k].Is("tie-break"))
            {
                return true;
            }
        }

        return false;
    }
}
