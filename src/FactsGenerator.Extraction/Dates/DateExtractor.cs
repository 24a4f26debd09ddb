using System.Collections.Generic;
using System.Threading;
using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Dates;

/// <summary>Dates found in a document, and its publication date when a dateline states it.</summary>
internal sealed class DateExtraction
{
    public DateExtraction(string? published, List<DateFact> dates)
    {
        Published = published;
        Dates = dates;
    }

    public string? Published { get; }

    public List<DateFact> Dates { get; }
}

/// <summary>
/// The document's timeline: every date phrase (see <see cref="DatePhraseScanner"/>) in document order,
/// the headline included, with what happened (<see cref="EventSummary"/>) and its ISO form when it can be
/// resolved (<see cref="DateResolver"/>; weekdays need the publication date, given or from a dateline).
/// </summary>
internal static class DateExtractor
{
    /// <summary>What the dateline's date stands for in the timeline.</summary>
    public const string ReportDate = "date of the report";

    public static DateExtraction Extract(AnalyzedText text, string? published, CancellationToken cancellationToken)
    {
        var dateline = DatelineReader.Read(text);
        var anchor = DateResolver.ParsePublished(published ?? dateline.Published);
        var dates = new List<DateFact>();
        var datelineListed = false;
        foreach (var sentence in text.Sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var tokens = sentence.Tokens;
            foreach (var phrase in DatePhraseScanner.Scan(tokens))
            {
                if (ReferenceEquals(sentence, dateline.Sentence) && phrase.Last <= dateline.Last)
                {
                    // The dateline is a date of the text too ("Tuesday, October 15, 2019" is one date, not two).
                    if (!datelineListed)
                    {
                        var whole = text.EvidenceFor(sentence, tokens[phrase.First].Start, tokens[dateline.Last].End);
                        dates.Add(new DateFact(whole.Text, dateline.Published, ReportDate, whole));
                        datelineListed = true;
                    }

                    continue;
                }

                var evidence = text.EvidenceFor(sentence, tokens[phrase.First].Start, tokens[phrase.Last].End);

                dates.Add(new DateFact(
                    evidence.Text,
                    DateResolver.Resolve(phrase, tokens, anchor),
                    EventSummary.Describe(tokens, phrase.First, phrase.Last),
                    evidence));
            }
        }

        return new DateExtraction(dateline.Published, dates);
    }
}
