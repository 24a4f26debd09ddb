using System.Collections.Generic;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>Modifiers of an apposed office that are no lower-case word: "X, a Dubai-based analyst", "X, the 800m gold
/// medallist", "X, chief UK economist at Y", "X, an archaeogenetics PhD student". Without them the apposition was
/// read as no office at all.</summary>
internal static partial class RoleParser
{
    // Longest acronym read as a modifier inside the office ("UK", "PhD"); longer runs of capitals are bodies' names.
    private const int MaxInnerAcronymLength = 4;

    private static readonly HashSet<string> AgeUnits = new(System.StringComparer.OrdinalIgnoreCase)
    {
        "year", "years", "month", "months", "week", "weeks", "day", "days",
    };

    /// <summary>"Dubai-based", "London-based": where someone works from opens the apposition; it is no part of the
    /// office. Returns the index after the compound, or -1.</summary>
    internal static int BasedCompoundEnd(IReadOnlyList<Token> tokens, int p) =>
        p + 2 < tokens.Count && tokens[p].IsWord && IsGluedHyphen(tokens, p + 1) && tokens[p + 2].Is("based") ? p + 3 : -1;

    /// <summary>The index after a modifier of the office at p that is no lower-case word, or -1: a figure with its
    /// unit glued to it opening the office ("800m", "100-metre"), or, after a first word of the office, a country's
    /// code or a short acronym ("chief UK economist", "archaeogenetics PhD student").</summary>
    internal static int InnerModifierEnd(IReadOnlyList<Token> tokens, int p, int roleStart)
    {
        var token = tokens[p];
        if (p == roleStart && token.IsNumber && p + 1 < tokens.Count && !tokens[p + 1].SpaceBefore)
        {
            // ("the 100-metre champion": the hyphen joins the unit.)
            var unit = IsGluedHyphen(tokens, p + 1) ? p + 2 : p + 1;
            // ("a 40-year-old man": an age, read elsewhere, is no part of the office.)
            return unit < tokens.Count && NameForms.IsLowerWord(tokens[unit]) && !IsRoleNoun(tokens[unit]) && !IsGluedHyphen(tokens, unit + 1)
                && !AgeUnits.Contains(tokens[unit].Text) ? unit + 1 : -1;
        }

        if (p > roleStart && token.IsWord && token.Text.Length >= 2 && token.Text.Length <= MaxInnerAcronymLength && char.IsUpper(token.Text[0])
            && CapitalCount(token.Text) >= 2 && p + 1 < tokens.Count && NameForms.IsLowerWord(tokens[p + 1]))
        {
            return p + 1;
        }

        return -1;
    }

    private static int CapitalCount(string word)
    {
        var count = 0;
        foreach (var c in word)
        {
            if (char.IsUpper(c))
            {
                count++;
            }
        }

        return count;
    }
}
