using System.Collections.Generic;
using FactsGenerator.Extraction.Text;
using static FactsGenerator.Extraction.Quantities.TokenWindow;

namespace FactsGenerator.Extraction.Quantities;

/// <summary>
/// "the tally climbs to 3.3 million in Brazil", "two million at risk, with 1.75 million in Chad": a bare figure reached
/// by "to", or set off by "with" or "and", and placed by a name is a count of what the sentence is about, though no
/// noun follows it; the place stays in its evidence. A month or weekday after "in" dates the figure ("rose to 40 in
/// May") and a figure after a name is a label ("Route 66 in Texas"), so neither is placed.
/// </summary>
internal static class PlacedCount
{
    /// <summary>The index of the last word of the name that places the bare figure of <paramref name="mention"/>, or null.</summary>
    public static int? NameAfter(IReadOnlyList<Token> tokens, QuantityMention mention)
    {
        var before = mention.Number.First - 1;
        var preposition = mention.Number.Last + 1;
        if (!(IsAt(tokens, before, "to") || IsAt(tokens, before, "with") || (IsAt(tokens, before, "and") && FollowsPlacedFigure(tokens, before)))
            || !IsAt(tokens, preposition, "in"))
        {
            return null;
        }

        var name = IsAt(tokens, preposition + 1, "the") ? preposition + 2 : preposition + 1;
        if (name >= tokens.Count || !tokens[name].IsCapitalized || Entities.Lexicon.IsMonthOrWeekdayName(tokens[name].Text))
        {
            return null;
        }

        var last = name;
        while (last + 1 < tokens.Count && tokens[last + 1].IsCapitalized)
        {
            last++;
        }

        return last;
    }

    // "1.75 million in Chad and 90,000 in Mali": after "and" only the next of a run of bare placed figures is one; after
    // a counted noun ("three delegates in Ohio and one in Utah") the item is the list's (MentionMerger), not a bare count.
    private static bool FollowsPlacedFigure(IReadOnlyList<Token> tokens, int and)
    {
        var k = and - 1;
        while (k > 0 && tokens[k].IsCapitalized)
        {
            k--;
        }

        if (k == and - 1)
        {
            return false;
        }

        if (IsAt(tokens, k, "the"))
        {
            k--;
        }

        return IsAt(tokens, k, "in") && k > 0
            && (tokens[k - 1].IsNumber || tokens[k - 1].Text.ToLowerInvariant() is "million" or "billion" or "thousand" || Numbers.NumberWords.IsCardinalWord(tokens[k - 1].Text));
    }
}
