using FactsGenerator.Extraction.Entities;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Quotes;

/// <summary>A quotation kept for the output, with the speaker found for it so far (null when unknown).</summary>
internal sealed class ResolvedQuotation
{
    public ResolvedQuotation(Quotation quote, Sentence sentence, string text, int wordCount, EntityMention? speaker)
    {
        Quote = quote;
        Sentence = sentence;
        Text = text;
        WordCount = wordCount;
        Speaker = speaker;
    }

    public Quotation Quote { get; }

    public Sentence Sentence { get; }

    /// <summary>The quoted words with whitespace runs collapsed.</summary>
    public string Text { get; }

    public int WordCount { get; }

    public EntityMention? Speaker { get; set; }
}
