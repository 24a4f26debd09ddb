using System;
using System.Collections.Generic;
using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Quantities;

/// <summary>
/// "between 400 and 600 people were aboard", "a boat carrying about 130 people", "300 people made the journey", "30,000
/// people may have crossed", "100,000 people arriving", "a daily average of 194 arrivals": in a report on refugees or
/// migrants, people counted on their journey are the displaced on the move (news annotators file them so in 7 migration
/// and refugee reports of the tuning set, from seven publishers). Outside such a report a ferry's passengers or a
/// crowd arriving stay `other`. Runs after classification, over the kept mentions, and changes only `other` figures.
/// </summary>
internal static class JourneyDisplacement
{
    // How many times a report must name refugees or migrants to be about them: once may be an aside.
    private const int ReportWords = 2;

    // How many words after the number the journey may be told ("600 people had already made the journey").
    private const int Reach = 6;

    // Who may be on the journey: people as such, families, demonyms ("thousands of Syrians"); not officers or aid workers.
    private static readonly HashSet<string> Travellers = new(StringComparer.OrdinalIgnoreCase)
    {
        "people", "persons", "individuals", "families", "men", "women", "children", "adults", "arrivals",

        // The people a boat carries on such a journey: "62 boats carrying 4,484 passengers have been intercepted".
        "passengers",
    };

    // Words of the journey itself after the counted people.
    private static readonly HashSet<string> JourneyWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "aboard", "onboard", "crossed", "crossing", "arrived", "arriving", "entered", "journey", "crossings",

        // Stopped on the way, at sea or at the border: "69 people were intercepted", "45,000 people were apprehended" (as
        // "9,000 migrants were apprehended" is, by its noun, in MigrantDisplacement).
        "intercepted", "apprehended",
    };

    public static void Apply(List<QuantityMention> mentions, AnalyzedText text)
    {
        if (mentions.Count == 0 || !IsMigrationReport(text))
        {
            return;
        }

        foreach (var mention in mentions)
        {
            if (mention.Category == QuantityCategory.Other && !mention.IsAge && mention.UnitKind is UnitKind.None or UnitKind.People or UnitKind.Noun
                && (mention.Head is null || Travellers.Contains(mention.Head) || UnitCategoryClassifier.IsDemonymPlural(mention.Head)) && IsOnTheJourney(mention))
            {
                mention.Category = QuantityCategory.Displacement;
                if (mention.Unit is null or "items")
                {
                    mention.Unit = "people";
                }
            }
        }
    }

    private static bool IsOnTheJourney(QuantityMention mention)
    {
        if (mention.Head is { } head && head.Equals("arrivals", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // "a boat carrying about 130 people": the craft carries them.
        var tokens = mention.Sentence.Tokens;
        for (var k = Math.Min(mention.EvidenceFirst, mention.Number.First - 1); k >= 0 && k >= mention.EvidenceFirst - 1; k--)
        {
            if (tokens[k].Is("carrying") || tokens[k].Is("carried"))
            {
                return true;
            }
        }

        return TokenWindow.AnyWordWithin(tokens, mention.Number.Last + 1, 1, Reach, static token => JourneyWords.Contains(token.Text))
            || IsOnBoard(tokens, mention.Number.Last + 1);
    }

    // "Between 80 and 100 people were on board the dinghy": "on board", written as two words, is "aboard". The reach
    // counts words, as the journey-word window does, so brackets and commas between them do not shorten it.
    private static bool IsOnBoard(IReadOnlyList<Token> tokens, int start)
    {
        var words = 0;
        for (var k = start; k < tokens.Count; k++)
        {
            if (!tokens[k].IsWord && !tokens[k].IsNumber)
            {
                continue;
            }

            if (++words > Reach)
            {
                break;
            }

            if (k > start && tokens[k].Is("board") && tokens[k - 1].Is("on"))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsMigrationReport(AnalyzedText text)
    {
        var seen = 0;
        foreach (var sentence in text.Sentences)
        {
            foreach (var token in sentence.Tokens)
            {
                if (IsReportWord(token) && ++seen >= ReportWords)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsReportWord(Token token) =>
        token.Is("refugee") || token.Is("refugees") || token.Is("migrant") || token.Is("migrants") || token.Is("asylum");
}
