using System.Collections.Generic;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Quotes;

/// <summary>
/// A quotation running over several paragraphs: news style leaves each paragraph but the last without a closing
/// mark and opens the next one with a mark again, and names the speaker only once, usually after the last part.
/// A part left open at the end of its paragraph, with no speaker of its own, is the words of whoever speaks the
/// part that opens the very next paragraph.
/// </summary>
internal static class QuotationOverParagraphs
{
    public static void GiveSpeakers(AnalyzedText text, List<ResolvedQuotation> quotations)
    {
        // Backwards, so the speaker named after the last part reaches every part before it.
        for (var i = quotations.Count - 2; i >= 0; i--)
        {
            var part = quotations[i];
            var next = quotations[i + 1];
            if (part.Speaker is null && next.Speaker is not null && part.Quote.CloseMark < 0
                && next.Sentence.Paragraph.Index == part.Sentence.Paragraph.Index + 1 && next.Quote.OpenMark >= 0 && QuoteExtractor.OpensParagraph(text, next.Sentence, next.Quote))
            {
                part.Speaker = next.Speaker;
            }
        }
    }
}
