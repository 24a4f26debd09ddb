using System.Collections.Generic;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>The "-year-old" of an age adjective ("34-year-old", "Eleven-year-old"), for readers that each decide which numbers may open it.</summary>
internal static class AgeAdjective
{
    /// <summary>Whether the four tokens after <paramref name="number"/> are "-", "year" or "years", "-" and "old".</summary>
    public static bool FollowsNumber(IReadOnlyList<Token> tokens, int number) =>
        number >= 0 && number + 4 < tokens.Count && tokens[number + 1].IsSymbol('-') && (tokens[number + 2].Is("year") || tokens[number + 2].Is("years"))
        && tokens[number + 3].IsSymbol('-') && tokens[number + 4].Is("old");
}
