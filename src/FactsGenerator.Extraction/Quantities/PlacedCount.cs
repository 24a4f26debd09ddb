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

        return ModifiesANoun(tokens, last + 1) ? null : last;
    }

    /// <summary>
    /// "rose to 41 in the Harlow Times poll", "to 7 in the FIFA rankings": a plain word right after the name is the noun
    /// the name modifies, so the figure is a rank or a score in it, not a count placed by the name. A verb form after
    /// the place ("with 1.2 million in Niger facing hunger") or a function word keeps the place.
    /// </summary>
    private static bool ModifiesANoun(IReadOnlyList<Token> tokens, int next)
    {
        if (next >= tokens.Count || !tokens[next].IsWord || tokens[next].IsCapitalized || QuantityLexicon.IsFunctionWord(tokens[next].Text))
        {
            return false;
        }

        var word = tokens[next].Text;
        return !(word.EndsWith("ing", System.StringComparison.Ordinal) || word.EndsWith("ed", System.StringComparison.Ordinal));
    }

    /// <summary>
    /// "Temperatures fell to 12 in Norvik", "the price rose to 85 in Lisbon": a figure a level of a measure is raised or
    /// lowered to is that level, not a count of items. A part set off by "with" may still take the unit of the figure
    /// before it ("fell to 4.1 percent, with 3.2 in the North").
    /// </summary>
    public static bool IsLevelReached(IReadOnlyList<Token> tokens, QuantityMention mention) =>
        IsAt(tokens, mention.Number.First - 1, "to") && mention.Subject is { } subject && LevelSubjects.Contains(subject);

    private static readonly HashSet<string> LevelSubjects = new(System.StringComparer.OrdinalIgnoreCase)
    {
        "temperature", "temperatures", "price", "prices", "rate", "rates", "level", "levels", "index", "share", "shares",
        "stock", "stocks", "yield", "yields", "score", "scores", "rating", "ratings", "ranking", "rankings", "rank",
        "reading", "readings", "speed", "speeds", "average", "inflation", "unemployment", "mercury",
    };

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

        if (!IsAt(tokens, k, "in") || k == 0 || !IsFigureWord(tokens[k - 1]))
        {
            return false;
        }

        // The figure before must be a placed one itself, reached by "to" or set off by "with": after a spaced dash
        // ("300 million euros - 100 million in Spain and 200 million in Italy") the run is a breakdown of money or of
        // anything else, which the list reads (MentionMerger), not a run of counts.
        var opener = k - 1;
        while (opener > 0 && opener > k - 4 && IsFigureWord(tokens[opener]))
        {
            opener--;
        }

        return IsAt(tokens, opener, "to") || IsAt(tokens, opener, "with");
    }

    // A figure in digits or in words; the cardinal words take in the scales ("million", "billion", "thousand").
    private static bool IsFigureWord(Token token) =>
        token.IsNumber || Numbers.NumberWords.IsCardinalWord(token.Text);
}
