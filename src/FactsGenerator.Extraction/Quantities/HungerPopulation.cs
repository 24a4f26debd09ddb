using System;
using System.Collections.Generic;

namespace FactsGenerator.Extraction.Quantities;

/// <summary>
/// "4 million people face starvation", "2.7 million people threatened with hunger", "10 million people will need
/// emergency food": people counted by the hunger or famine they live in are a share of a population, not a crowd
/// something happened to. News annotators file them as `population` (5 of 5 famine and drought reports of the
/// tuning set, five publishers). A toll or a flight (died of hunger, fled the famine) is read before and wins.
/// </summary>
internal static class HungerPopulation
{
    // How many tokens after the number the hunger may be named: "people in rural Zimbabwe threatened with hunger".
    private const int Window = 10;

    private static readonly HashSet<string> HungerWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "hungry", "hunger", "starvation", "starving", "famine", "malnourished", "malnutrition",
    };

    // Words that make "food" the want of it: "food aid", "food insecurity", "emergency food".
    private static readonly HashSet<string> FoodNeedWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "aid", "assistance", "insecure", "insecurity", "shortages", "shortage",
    };

    /// <summary>True when hunger, famine or a want of food is named within the window after the number.</summary>
    public static bool IsHungerCount(QuantityMention mention)
    {
        var tokens = mention.Sentence.Tokens;
        var first = mention.Number.Last + 1;
        var last = Math.Min(tokens.Count - 1, mention.Number.Last + Window);
        for (var k = first; k <= last; k++)
        {
            var token = tokens[k];
            if (!token.IsWord)
            {
                continue;
            }

            if (HungerWords.Contains(token.Text))
            {
                return true;
            }

            if (token.Is("food") && ((k + 1 < tokens.Count && FoodNeedWords.Contains(tokens[k + 1].Text)) || (k > 0 && tokens[k - 1].Is("emergency"))))
            {
                return true;
            }
        }

        return false;
    }
}
