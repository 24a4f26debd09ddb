using System;
using System.Collections.Generic;
using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Quantities;

/// <summary>
/// A headline usually repeats a figure of the body, but sometimes states one the body only splits up
/// ("grants eleven people clemency" over "seven pardons and four commutations"): such a figure is kept.
/// A headline toll ("leaves two dead") is repeated only by a body toll of the same value: the body may
/// tell the deaths one by one while its other "two" counts something else. A body count of people of that value
/// with a word of the toll's kind later in its sentence ("18 people were today killed", "six of the 27 patients
/// had been declared deceased") is that toll too, whatever the readers made of it, when the word stands in the count's
/// own clause: "Three firefighters were sent to the blaze that killed a woman", "Of the 18 passengers, some were treated
/// for injuries" and "Ten officers were deployed and helped the injured" tell some other toll, or none.
/// </summary>
internal static class HeadlineFigures
{
    /// <summary>Appends the headline's valued mentions whose value no body mention in <paramref name="bodyMentions"/> has.</summary>
    public static void AddThoseOnlyInTheHeadline(AnalyzedText text, List<QuantityMention> bodyMentions)
    {
        var bodyValues = new HashSet<decimal>();
        var bodyTolls = new HashSet<(decimal, QuantityCategory)>();
        var tollWords = new TollWordsBySentence();
        foreach (var mention in bodyMentions)
        {
            // A body number that counts nothing ("one of the" in passing) repeats no headline figure.
            if (!QuantityExtractor.SaysWhatIsCounted(mention))
            {
                continue;
            }

            foreach (var bodyValue in new[] { mention.Value, mention.UpperValue })
            {
                if (bodyValue is { } value)
                {
                    bodyValues.Add(value);
                    if (TollCategory(mention) is { } category)
                    {
                        bodyTolls.Add((value, category));
                    }
                    else if (UnitCategoryClassifier.CountsPeople(mention))
                    {
                        foreach (var told in new[] { QuantityCategory.Casualties, QuantityCategory.Displacement })
                        {
                            if (tollWords.SaysInSameClause(mention.Sentence, mention.Number.Last, told))
                            {
                                bodyTolls.Add((value, told));
                            }
                        }
                    }
                }
            }
        }

        var headline = new List<QuantityMention>();
        foreach (var sentence in text.Sentences)
        {
            if (sentence.IsHeadline)
            {
                SentenceQuantityReader.Read(sentence, headline);
            }
        }

        foreach (var mention in headline)
        {
            if (mention.Value is not { } value)
            {
                continue;
            }

            var repeated = TollCategory(mention) is { } category ? bodyTolls.Contains((value, category)) : bodyValues.Contains(value);
            if (!repeated)
            {
                bodyMentions.Add(mention);
            }
        }
    }

    private static QuantityCategory? TollCategory(QuantityMention mention) =>
        mention.Event is { Category: QuantityCategory.Casualties or QuantityCategory.Displacement } sense ? sense.Category : null;

    /// <summary>
    /// For each token of a body sentence, whether a casualty word and a displacement word follow it before the clause
    /// ends, each sentence read once (backwards).
    /// </summary>
    private sealed class TollWordsBySentence
    {
        private readonly Dictionary<int, (bool[] Casualties, bool[] Displacement)> byIndex = new();

        public bool SaysInSameClause(Sentence sentence, int after, QuantityCategory category)
        {
            if (!byIndex.TryGetValue(sentence.Index, out var ahead))
            {
                var tokens = sentence.Tokens;
                ahead = (new bool[tokens.Count], new bool[tokens.Count]);
                var casualties = false;
                var displacement = false;
                for (var i = tokens.Count - 1; i >= 0; i--)
                {
                    // ahead[i]: a toll word after token i, with no clause break between.
                    ahead.Casualties[i] = casualties;
                    ahead.Displacement[i] = displacement;
                    if (EndsClause(tokens, i))
                    {
                        casualties = false;
                        displacement = false;
                    }
                    else if (tokens[i].IsWord && !(i > 0 && tokens[i - 1].Is("the")) && QuantityLexicon.TryEvent(tokens[i].Text, out var sense))
                    {
                        // ("helped the injured", "mourned the dead": a group of others named by the toll, no verb of it.)
                        casualties |= sense.Category == QuantityCategory.Casualties;
                        displacement |= sense.Category == QuantityCategory.Displacement;
                    }
                }

                byIndex[sentence.Index] = ahead;
            }

            if (after < 0 || after >= ahead.Casualties.Length)
            {
                return false;
            }

            return category == QuantityCategory.Casualties ? ahead.Casualties[after] : ahead.Displacement[after];
        }

        // A relative word, a semicolon, or a comma before the subject of a new clause: the words after it tell of
        // another clause ("the blaze that killed", "on board, some were treated for injuries"). An aside set off by
        // commas, dashes or brackets ("18 pilgrims, mostly elderly, were killed") and a list of people ("18 pilgrims and
        // the driver were killed") keep the clause.
        private static bool EndsClause(IReadOnlyList<Token> tokens, int i)
        {
            var token = tokens[i];
            if (token.Is("that") || token.Is("which") || token.Is("who") || token.Is("whom") || token.Is("where") || token.IsSymbol(';'))
            {
                return true;
            }

            return token.IsSymbol(',') && i + 1 < tokens.Count && NewSubjects.Contains(tokens[i + 1].Text);
        }

        private static readonly HashSet<string> NewSubjects = new(StringComparer.OrdinalIgnoreCase)
        {
            "some", "others", "many", "most", "several", "all", "none", "they", "he", "she", "it", "we", "police", "officials",
        };
    }
}
