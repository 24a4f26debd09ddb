using System.Collections.Generic;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Quantities;

/// <summary>
/// A headline usually repeats a figure of the body, but sometimes states one the body only splits up
/// ("grants eleven people clemency" over "seven pardons and four commutations"): such a figure is kept.
/// </summary>
internal static class HeadlineFigures
{
    /// <summary>Appends the headline's valued mentions whose value no body mention in <paramref name="bodyMentions"/> has.</summary>
    public static void AddThoseOnlyInTheHeadline(AnalyzedText text, List<QuantityMention> bodyMentions)
    {
        var bodyValues = new HashSet<decimal>();
        foreach (var mention in bodyMentions)
        {
            // A body number that counts nothing ("one of the" in passing) repeats no headline figure.
            if (!QuantityExtractor.SaysWhatIsCounted(mention))
            {
                continue;
            }

            if (mention.Value is { } value)
            {
                bodyValues.Add(value);
            }

            if (mention.UpperValue is { } upper)
            {
                bodyValues.Add(upper);
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
            if (mention.Value is { } value && !bodyValues.Contains(value))
            {
                bodyMentions.Add(mention);
            }
        }
    }
}
