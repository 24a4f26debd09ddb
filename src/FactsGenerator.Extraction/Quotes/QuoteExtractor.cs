using System.Collections.Generic;
using System.Threading;
using FactsGenerator.Extraction.Entities;
using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Quotes;

/// <summary>
/// Direct quotations with their speakers. A quotation without any attribution is kept only when it reads
/// as speech (several words); short unattributed ones are scare quotes or titles.
/// </summary>
internal static class QuoteExtractor
{
    private const int MinUnattributedWords = 5;

    /// <summary>More quotations than this in one sentence are not attributed (real sentences hold a handful).</summary>
    private const int MaxAttributedQuotationsPerSentence = 32;

    public static List<QuoteFact> Extract(AnalyzedText text, EntitySet entities, CancellationToken cancellationToken)
    {
        var quotes = new List<QuoteFact>();
        var resolver = new SpeakerResolver(text, entities);
        EntityMention? previousSpeaker = null;
        Sentence? previousSentence = null;
        var found = new List<(Quotation Quote, Sentence? Sentence)>();
        var perSentence = new Dictionary<int, int>();
        foreach (var quote in QuotationFinder.Find(text))
        {
            var at = text.SentenceAt(quote.OpenMark >= 0 ? quote.OpenMark : quote.Start);
            found.Add((quote, at));
            if (at is not null)
            {
                perSentence[at.Index] = perSentence.TryGetValue(at.Index, out var count) ? count + 1 : 1;
            }
        }

        foreach (var (quote, sentence) in found)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (sentence is null || sentence.IsHeadline)
            {
                continue;
            }

            var quoted = AnalyzedText.CollapseWhitespace(text.Original, quote.Start, quote.End);
            if (quoted.Length == 0)
            {
                continue;
            }

            // Attribution scans the sentence once per quotation; a sentence with hundreds of quotations is not prose
            // (hostile or broken input), and resolving its speakers would take time quadratic in its length.
            if (perSentence[sentence.Index] > MaxAttributedQuotationsPerSentence)
            {
                continue;
            }

            var speaker = resolver.Resolve(sentence, InsideQuotes(sentence, quote), quote);
            if (speaker is null && quote.CloseMark >= 0 && EndsSentence(text, sentence, quote) && sentence.Index + 1 < text.Sentences.Count)
            {
                var next = text.Sentences[sentence.Index + 1];
                if (next.Paragraph == sentence.Paragraph)
                {
                    speaker = resolver.ResolveFromNextSentence(next);
                }
            }
            // "..." said X. "More." — a quotation standing alone right after an attributed one continues it.
            if (speaker is null && previousSpeaker is not null && previousSentence is not null && StandsAlone(text, sentence, quote)
                && previousSentence.Paragraph == sentence.Paragraph && previousSentence.Index == sentence.Index - 1)
            {
                speaker = previousSpeaker;
            }

            previousSpeaker = speaker;
            previousSentence = sentence;
            if (speaker is null && WordCount(quoted) < MinUnattributedWords)
            {
                continue;
            }

            var kind = speaker is null ? SpeakerKind.None : speaker.Kind == EntityKind.Person ? SpeakerKind.Person : SpeakerKind.Organization;
            quotes.Add(new QuoteFact(quoted, speaker?.Name, kind, text.EvidenceFor(sentence, quote.Start, System.Math.Min(quote.End, sentence.End))));
        }

        return quotes;
    }

    // Tokens inside any quotation of the sentence (straight marks toggle; a single-quote passage is marked by its span).
    private static bool[] InsideQuotes(Sentence sentence, Quotation quote)
    {
        var tokens = sentence.Tokens;
        var mask = new bool[tokens.Count];
        var inside = false;
        var sawDouble = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].IsSymbol('"'))
            {
                sawDouble = true;
                inside = !inside;
                continue;
            }

            mask[i] = inside;
        }

        if (!sawDouble)
        {
            for (var i = 0; i < tokens.Count; i++)
            {
                mask[i] = tokens[i].Start >= quote.Start && tokens[i].End <= quote.End;
            }
        }

        return mask;
    }

    // The sentence is the quotation and nothing else.
    private static bool StandsAlone(AnalyzedText text, Sentence sentence, Quotation quote)
    {
        for (var i = sentence.Start; i < sentence.End; i++)
        {
            if ((i < quote.OpenMark || (quote.CloseMark >= 0 && i > quote.CloseMark)) && char.IsLetterOrDigit(text.Normalized[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool EndsSentence(AnalyzedText text, Sentence sentence, Quotation quote)
    {
        for (var i = quote.CloseMark + 1; i < sentence.End; i++)
        {
            if (!char.IsWhiteSpace(text.Normalized[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static int WordCount(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord)
            {
                count++;
            }

            inWord = letter;
        }

        return count;
    }
}
