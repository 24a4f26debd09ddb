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
/// had been declared deceased") is that toll too, whatever the readers made of it.
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
                            if (tollWords.LastIndex(mention.Sentence, told) > mention.Number.Last)
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
    /// Where the last casualty word and the last displacement word of each body sentence stand, each sentence read once.
    /// </summary>
    private sealed class TollWordsBySentence
    {
        private readonly Dictionary<int, (int Casualties, int Displacement)> lastByIndex = new();

        public int LastIndex(Sentence sentence, QuantityCategory category)
        {
            if (!lastByIndex.TryGetValue(sentence.Index, out var last))
            {
                last = (-1, -1);
                var tokens = sentence.Tokens;
                for (var i = 0; i < tokens.Count; i++)
                {
                    if (!tokens[i].IsWord)
                    {
                        continue;
                    }

                    if (QuantityLexicon.TryEvent(tokens[i].Text, out var sense))
                    {
                        if (sense.Category == QuantityCategory.Casualties)
                        {
                            last.Casualties = i;
                        }
                        else if (sense.Category == QuantityCategory.Displacement)
                        {
                            last.Displacement = i;
                        }
                    }
                }

                lastByIndex[sentence.Index] = last;
            }

            return category == QuantityCategory.Casualties ? last.Casualties : last.Displacement;
        }
    }
}
