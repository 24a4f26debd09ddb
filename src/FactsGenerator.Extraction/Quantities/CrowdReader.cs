using System;
using System.Collections.Generic;
using FactsGenerator.Extraction.Numbers;
using FactsGenerator.Extraction.Text;
using static FactsGenerator.Extraction.Quantities.TokenWindow;

namespace FactsGenerator.Extraction.Quantities;

/// <summary>
/// "attended by thousands", "donated blood by the hundreds", "Hundreds were arrested", "as thousands gathered": a large
/// vague count that stands alone, with no noun after it, as the agent of a passive or the subject of a verb counts people.
/// </summary>
internal static class CrowdReader
{
    private static readonly HashSet<string> CrowdCounts = new(StringComparer.OrdinalIgnoreCase)
    {
        "dozens", "hundreds", "thousands", "millions", "scores",
    };

    /// <summary>Whether <paramref name="word"/> is a large vague count on its own ("dozens", "hundreds", "scores").</summary>
    internal static bool IsCrowdCount(string word) => CrowdCounts.Contains(word);

    // Words after which a clause, and so its subject, starts.
    private static readonly HashSet<string> ClauseOpeners = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "as", "while", "when", "after", "with", "where", "but", "because", "since", "that", "said", "says", "say",
    };

    private static readonly HashSet<string> Auxiliaries = new(StringComparer.OrdinalIgnoreCase)
    {
        "were", "are", "have", "had", "will", "would", "could", "can", "may", "might", "should", "must", "remain", "remained",
        "gathered", "took", "came", "went", "joined", "turned",
    };

    /// <summary>
    /// When the vague count of <paramref name="mention"/>, which names nothing counted, counts people: the first token of
    /// its evidence ("attended" of "attended by thousands"); otherwise -1.
    /// </summary>
    public static int ReadPeople(IReadOnlyList<Token> tokens, QuantityMention mention)
    {
        var number = mention.Number;
        if (!number.IsVague || mention.Head is not null || mention.Event is not null || mention.UnitKind != UnitKind.None || !CrowdCounts.Contains(tokens[number.Last].Text))
        {
            return -1;
        }

        // "in the thousands" and "millions in aid" say how many of something else; "thousands more were" is still a crowd.
        var after = IsAt(tokens, number.Last + 1, "more") ? number.Last + 2 : number.Last + 1;
        if (IsAt(tokens, after, "of") || IsAt(tokens, after, "in"))
        {
            return -1;
        }

        var first = mention.EvidenceFirst;
        var by = IsAt(tokens, first - 1, "the") ? first - 2 : first - 1;
        if (IsAt(tokens, by, "by"))
        {
            return IsPastVerb(tokens, by - 1) ? by - 1 : IsPastVerb(tokens, by - 2) ? by - 2 : -1;
        }

        if (!IsWordAt(tokens, after) || tokens[after].IsCapitalized)
        {
            return -1;
        }

        // "Thousands march in the capital": at the start of a sentence any verb will do.
        if (first == 0 && !QuantityLexicon.IsFunctionWord(tokens[after].Text) && !EndsWith(tokens[after], "ly"))
        {
            return first;
        }

        var opensClause = first == 0 || tokens[first - 1].IsSymbol(',') || tokens[first - 1].IsSymbol('"')
            || (IsWordAt(tokens, first - 1) && ClauseOpeners.Contains(tokens[first - 1].Text));
        return opensClause && (Auxiliaries.Contains(tokens[after].Text) || TokenWindow.IsPastVerb(tokens[after])) ? first : -1;
    }

    private static readonly HashSet<string> GatheringNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "crowd", "crowds", "audience", "audiences", "gathering", "congregation", "rally", "protest", "march",
    };

    /// <summary>
    /// "a crowd of a hundred thousand", "an audience of 2,000": a number with nothing counted after a gathering counts people;
    /// returns the first token of the evidence ("crowd"), or -1.
    /// </summary>
    public static int ReadCrowdOf(IReadOnlyList<Token> tokens, int qualifierStart, QuantityMention mention)
    {
        if (mention.Head is not null || mention.Event is not null || mention.UnitKind != UnitKind.None || !IsAt(tokens, qualifierStart - 1, "of")
            || !IsWordAt(tokens, qualifierStart - 2) || !GatheringNouns.Contains(tokens[qualifierStart - 2].Text))
        {
            return -1;
        }

        return qualifierStart - 2;
    }

    private static bool IsPastVerb(IReadOnlyList<Token> tokens, int index) => index >= 0 && index < tokens.Count && TokenWindow.IsPastVerb(tokens[index]);
}
