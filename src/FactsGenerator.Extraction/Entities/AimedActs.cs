using System.Collections.Generic;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>Acts aimed at someone before "at" or "on" ("shouted at", "threw stones at", "called on"): the name after the
/// preposition is the person aimed at, even when it ends as a street does ("Mark Close", "Ann Grove"). Shared by the
/// street rule and the given-name-only rule so both read these the same way.</summary>
internal static class AimedActs
{
    // "shouted at", "pointed a gun at", "spat on".
    private static readonly HashSet<string> Verbs = Lexicon.Set(
        "shouted yelled screamed swore cursed looked stared glared glanced gazed pointed aimed laughed smiled grinned winked waved " +
        "lunged lashed spat jeered sneered snapped barked hurled threw thrown swung");

    private static readonly HashSet<string> CallWords = Lexicon.Set("call calls called calling");

    // True when one of Verbs stands before the preposition at `at`, with at most three lower-case words between ("had
    // thrown stones at", "pointed a knife at").
    public static bool PrecedePreposition(IReadOnlyList<Token> tokens, int at)
    {
        // ("called on Doris Close to resign": one calls on a person; "called at Morgan Close" visits the street.)
        if (tokens[at].Is("on") && at >= 1 && CallWords.Contains(tokens[at - 1].Text))
        {
            return true;
        }

        const int MaxWordsBetween = 3;
        for (var k = at - 1; k >= 0 && k >= at - 1 - MaxWordsBetween && NameForms.IsLowerWord(tokens[k]); k--)
        {
            if (Verbs.Contains(tokens[k].Text))
            {
                return true;
            }
        }

        return false;
    }
}
