using System.Collections.Generic;
using FactsGenerator.Extraction.Numbers;
using FactsGenerator.Extraction.Text;
using static FactsGenerator.Extraction.Quantities.TokenWindow;

namespace FactsGenerator.Extraction.Quantities;

/// <summary>
/// "peaked at #4 on the chart", "a world ranking of number 31", "ranked No. 3", "finished in the top 10": a place in a
/// ranking is a figure (unit <c>rank</c>) rather than a label, when a word about ranking stands just before the marker.
/// "flight No. 3" and "page 31" stay labels; "the top three finishers" counts finishers.
/// </summary>
internal static class RankReader
{
    // How far before the marker a ranking word may stand: "a career high of number 12" has two words between them.
    private const int CueWindow = 4;

    private static readonly HashSet<string> RankWords = new(System.StringComparer.OrdinalIgnoreCase)
    {
        "ranked", "ranking", "rankings", "rank", "ranks", "peaked", "peak", "peaking", "debuted", "seeded", "seed", "charted",
    };

    /// <summary>
    /// The first token of "ranked No.", "peaked at #" ... before the number at <paramref name="index"/>, or -1 when the
    /// number is no place in a ranking.
    /// </summary>
    public static int CueBefore(IReadOnlyList<Token> tokens, int index)
    {
        // "Nos. 3 and 4" places several entries at once and is left to the label readers; only the singular "No." is a marker.
        var marker = index - 1;
        if (IsSymbolAt(tokens, marker, '.') && IsAt(tokens, marker - 1, "no"))
        {
            marker--;
        }

        var isMarker = IsAt(tokens, marker, "number") || IsAt(tokens, marker, "no")
            || (IsSymbolAt(tokens, marker, '#') && !tokens[index].SpaceBefore);
        if (!isMarker)
        {
            return -1;
        }

        for (var k = marker - 1; k >= 0 && k >= marker - CueWindow; k--)
        {
            if (!tokens[k].IsWord)
            {
                return -1;
            }

            if (RankWords.Contains(tokens[k].Text) || (tokens[k].Is("high") && IsAt(tokens, k - 1, "career")))
            {
                return tokens[k].Is("high") ? k - 1 : k;
            }
        }

        return -1;
    }

    /// <summary>"in the top 10", "the national top five.": a bound on a place, when no noun after the number says what is counted.</summary>
    public static bool IsTopPlace(IReadOnlyList<Token> tokens, NumberMatch number)
    {
        if (!IsAt(tokens, number.First - 1, "top"))
        {
            return false;
        }

        // "the top 10 most popular songs", "the top three finishers" count songs and finishers.
        // "the top 5% of earners" is a share; only a clause's end or a word that may follow a place leaves a rank.
        var after = number.Last + 1;
        if (after >= tokens.Count)
        {
            return true;
        }

        return tokens[after].IsWord ? PlaceFollowers.Contains(tokens[after].Text)
            : tokens[after].IsSymbol('.') || tokens[after].IsSymbol(',') || tokens[after].IsSymbol(';') || tokens[after].IsSymbol(')') || tokens[after].IsSymbol('!')
              || tokens[after].IsSymbol('?');
    }

    // Words that may follow a place in a ranking: "in the top 10 in the world", "top five of the list", "top 10 this year".
    private static readonly HashSet<string> PlaceFollowers = new(System.StringComparer.OrdinalIgnoreCase)
    {
        "in", "of", "on", "at", "for", "among", "by", "this", "last", "since", "and", "or", "but", "again",
    };
}
